import { render } from 'preact';

function App() {
  return <main>PlanLens sidepanel</main>;
}

render(<App />, document.getElementById('app')!);
