import { render } from 'preact';
import { createClient } from '../src/core/protocol/channel';
import { App } from './App';
import { createFigmaTransport } from './bridge/figma-transport';
import { readInitialState } from './bridge/initial-state';
import { markOnce } from './perf';
import './styles/theme.css';
import './styles/app.css';

markOnce('afr:boot');

const client = createClient(createFigmaTransport(window));
const root = document.getElementById('app');
// <App> registers its listeners as it first renders, then sends READY from its mount effect.
if (root) render(<App client={client} initialState={readInitialState(window)} />, root);
