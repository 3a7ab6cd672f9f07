/**
 * The plugin iframe, bridged to the fake sandbox the way Figma does it: the panel posts
 * `{ pluginMessage }` to its parent, and receives `{ pluginMessage }` from it.
 */
import type { FakeFigma } from '../fake-figma';
import type { Theme } from './options';

export interface PanelFrame {
  setTheme(theme: Theme): void;
  /** Follow figma.ui.resize (the fake records the size; check after each message). */
  syncSize(): void;
}

export function connectPanel(iframe: HTMLIFrameElement, fake: FakeFigma, onTraffic: () => void, initialTheme: Theme): PanelFrame {
  let theme = initialTheme;
  const applyTheme = (): void => {
    const root = iframe.contentDocument?.documentElement;
    if (!root) return;
    // The panel's theme.css keys its fallback colours on these classes, as Figma sets them.
    root.classList.toggle('figma-dark', theme === 'dark');
    root.classList.toggle('figma-light', theme === 'light');
  };
  let size = '';
  const syncSize = (): void => {
    const s = fake.ui.size;
    const next = s ? `${s.width}x${s.height}` : '';
    if (!s || next === size) return;
    size = next;
    iframe.style.width = `${s.width}px`;
    iframe.style.height = `${s.height}px`;
  };

  fake.ui.onPostToUi((message) => {
    iframe.contentWindow?.postMessage({ pluginMessage: message }, '*');
    syncSize();
    onTraffic();
  });
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow) return;
    const data: unknown = event.data;
    if (data === null || typeof data !== 'object' || !('pluginMessage' in data)) return;
    fake.ui.sendToPlugin((data as { pluginMessage: unknown }).pluginMessage);
    onTraffic();
  });
  // Apply the theme before the panel's first paint where possible, and again on every load.
  iframe.addEventListener('load', applyTheme);

  return {
    setTheme(next) {
      theme = next;
      applyTheme();
    },
    syncSize,
  };
}

/** Show what figma.showUI received: srcdoc keeps the iframe same-origin, like Figma's plugin iframe. */
export function loadPanelHtml(iframe: HTMLIFrameElement, html: string, theme: Theme): void {
  // The class is written into the document itself so the first paint already has the right theme.
  const themed = html.replace(/<html([^>]*)>/i, (_m, attrs: string) => `<html${attrs} class="figma-${theme}">`);
  iframe.srcdoc = themed;
}
