import { render } from 'preact';

function App() {
  return <p>Auth Flow Review</p>;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
