import type { InitialState } from './messages';

/** Global the panel reads its first state from, so its first render needs no round trip. */
export const INITIAL_STATE_GLOBAL = '__AFR_INITIAL__';
const PLACEHOLDER = '<!--AFR_INITIAL_STATE-->';

/** Put the initial state into the panel's HTML (the sandbox does this before showUI). */
export function injectInitialState(html: string, state: InitialState): string {
  // Escape "<" so no string in the state can close the script element.
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return html.replace(PLACEHOLDER, () => `<script>window.${INITIAL_STATE_GLOBAL}=${json};</script>`);
}
