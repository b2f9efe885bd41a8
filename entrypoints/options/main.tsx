import { render } from 'preact';

function App() {
  return <main>PlanLens options</main>;
}

render(<App />, document.getElementById('app')!);
