/**
 * `?panels=2`: two reviewers on one document, side by side. The second reviewer's plugin
 * runs the same sandbox code in a hidden frame of its own (the plugin reads `figma` as a
 * global, so each instance needs its own global scope) against a second session of the
 * in-memory figma: writes by one panel reach the other as remote changes, as in a shared file.
 */
import type { FakeFigma } from '../fake-figma';
import { startPlugin } from '../src/sandbox/plugin';
import type { Theme } from './options';
import { connectPanel, loadPanelHtml } from './panel-frame';

/** Set by the host page on the hidden frame before it loads host.js there. */
const SECOND_SANDBOX = '__afrSecondSandbox';

type Starter = (start: () => Promise<unknown>) => void;

export function panelCount(search: string): 1 | 2 {
  return new URLSearchParams(search).get('panels') === '2' ? 2 : 1;
}

/** Inside the hidden frame: start the second reviewer's plugin and nothing else. */
export function runAsSecondSandbox(): boolean {
  const starter = (window as unknown as Record<string, unknown>)[SECOND_SANDBOX] as Starter | undefined;
  if (typeof starter !== 'function') return false;
  starter(() => startPlugin());
  return true;
}

export interface SecondPanelOptions {
  /** The document's own instance (the first reviewer's). */
  doc: FakeFigma;
  /** The panel's HTML template as figma.showUI gets it (`__html__`). */
  html: string;
  theme: Theme;
  onTraffic: () => void;
}

export async function openSecondPanel({ doc, html, theme, onTraffic }: SecondPanelOptions): Promise<FakeFigma> {
  const session = doc.session({ editorType: doc.editorType, user: { id: 'second', name: 'Second reviewer' } });
  const realm = document.createElement('iframe');
  realm.hidden = true;
  realm.title = 'Second reviewer’s plugin sandbox';
  document.body.append(realm);
  const win = realm.contentWindow as (Window & Record<string, unknown>) | null;
  const realmDocument = realm.contentDocument;
  if (!win || !realmDocument) throw new Error('The second reviewer’s sandbox frame did not open.');
  win.figma = session.api;
  win.__html__ = html;
  let fail: (error: Error) => void = () => undefined;
  const started = new Promise<void>((resolve, reject) => {
    fail = reject;
    const starter: Starter = (start) => {
      start().then(() => resolve(), reject);
    };
    win[SECOND_SANDBOX] = starter;
  });
  const script = realmDocument.createElement('script');
  script.src = new URL('host.js', location.href).href;
  script.onerror = () => fail(new Error('Could not load the sandbox code for the second reviewer.'));
  realmDocument.head.append(script);
  await started;
  if (session.ui.html === null) throw new Error('The second reviewer’s plugin did not open its panel.');

  const first = document.getElementById('plugin');
  const frame = document.createElement('iframe');
  frame.id = 'plugin-2';
  frame.title = 'Auth Flow Review — second reviewer';
  frame.className = first?.className ?? '';
  frame.setAttribute('style', 'display:block;width:360px;height:560px;border:0;border-radius:8px;margin-top:16px;background:#ffffff;box-shadow:0 2px 14px rgba(0,0,0,0.18),0 0 0 1px rgba(0,0,0,0.08)');
  if (first?.parentElement) first.parentElement.append(frame);
  else document.body.append(frame);
  const panel = connectPanel(frame, session, onTraffic, theme);
  panel.syncSize();
  loadPanelHtml(frame, session.ui.html, theme);
  return session;
}
