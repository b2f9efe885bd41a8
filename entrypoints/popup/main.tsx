import { render } from 'preact';

function App() {
  return <main>PlanLens popup</main>;
}

render(<App />, document.getElementById('app')!);
