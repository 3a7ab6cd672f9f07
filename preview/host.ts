/**
 * The browser preview: the REAL sandbox code (startPlugin) runs in this page against the
 * in-memory fake of `figma`, loaded with a bundled sample file; the REAL dist/ui.html runs
 * in an iframe bridged exactly like Figma's plugin iframe. A small canvas on the left stands
 * in for Figma's: click frames to select them, and see what the plugin selects.
 */
import { fakeFigmaFromRest, installFakeFigma } from '../fake-figma';
import { startPlugin } from '../src/sandbox/plugin';
import { mountCanvas } from './canvas';
import type { PreviewOptions, Theme } from './options';
import { readOptions, urlWith } from './options';
import { connectPanel, loadPanelHtml } from './panel-frame';
import { SAMPLES } from './samples';
import { openSecondPanel, panelCount, runAsSecondSandbox } from './two-panels';
import { createReviewSaver, legacyStorageKey, restoreReview, storageKey } from './saved-review';

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The preview page is missing #${id}`);
  return found as T;
}

function showNote(text: string, tone: 'info' | 'error' = 'info'): void {
  const note = byId('host-note');
  note.textContent = text;
  note.dataset.tone = tone;
  note.hidden = false;
}

function setupHeader(options: PreviewOptions, onTheme: (theme: Theme) => void, onReset: () => void): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-option]')) {
    const [key, value] = (link.dataset.option ?? '').split('=') as [keyof PreviewOptions, string];
    link.href = urlWith(options, { [key]: value });
    if (options[key] === value) link.setAttribute('aria-current', 'true');
  }
  const toggle = byId<HTMLButtonElement>('theme-toggle');
  let theme = options.theme;
  const label = (): void => {
    toggle.setAttribute('aria-pressed', String(theme === 'dark'));
    document.documentElement.dataset.theme = theme;
  };
  label();
  toggle.addEventListener('click', () => {
    theme = theme === 'dark' ? 'light' : 'dark';
    label();
    // Keep the choice on reload without reloading now (the review stays as it is).
    history.replaceState(null, '', urlWith({ ...options, theme }, {}));
    onTheme(theme);
  });
  // Forgetting the saved review cannot be undone: ask first (Escape or Cancel keeps it).
  const dialog = byId<HTMLDialogElement>('reset-dialog');
  byId<HTMLButtonElement>('reset-review').addEventListener('click', () => {
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'reset') onReset();
  });
}

async function main(): Promise<void> {
  const options = readOptions(location.search);
  const sample = SAMPLES[options.sample];
  const fake = fakeFigmaFromRest(sample.file, {
    editorType: options.mode,
    user: { id: 'preview', name: 'Preview reviewer' },
  });
  // Design and Dev Mode are two views of one document, as in Figma: one saved review per sample.
  const key = storageKey(options.sample);
  const problem = restoreReview(fake, key, localStorage, legacyStorageKey(options.sample, 'figma'));
  if (problem) showNote(problem);

  // Tests (and the curious) can tell when the page has written the review back.
  const saver = createReviewSaver(fake, key, { onPendingChange: (pending) => (document.body.dataset.savedReview = pending ? 'pending' : 'saved') });
  const iframe = byId<HTMLIFrameElement>('plugin');
  const canvas = mountCanvas(byId('canvas'), byId('canvas-status'), fake);
  const panel = connectPanel(
    iframe,
    fake,
    () => {
      saver.schedule();
      canvas.refresh();
    },
    options.theme,
  );
  // Selection clicks on the canvas change the fake without any panel traffic.
  fake.on('selectionchange', () => canvas.refresh());
  window.addEventListener('pagehide', () => saver.flush());

  setupHeader(
    options,
    (theme) => panel.setTheme(theme),
    () => {
      saver.clear();
      location.reload();
    },
  );
  byId('sample-name').textContent = `${sample.label} · “${sample.file.name ?? 'Untitled'}”${options.mode === 'dev' ? ' · Dev Mode' : ''}`;

  const response = await fetch('ui.html', { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load ui.html (${response.status}): run "node build.mjs" first.`);
  const html = await response.text();
  installFakeFigma(fake, html);
  await startPlugin();
  if (fake.ui.html === null) throw new Error('The plugin did not open its panel.');
  panel.syncSize();
  loadPanelHtml(iframe, fake.ui.html, options.theme);
  canvas.refresh();
  if (panelCount(location.search) === 2) {
    const onTraffic = (): void => {
      saver.schedule();
      canvas.refresh();
    };
    await openSecondPanel({ doc: fake, html, theme: options.theme, onTraffic });
  }
}

// In the hidden frame of a second reviewer (?panels=2) this same script only runs that plugin.
if (!runAsSecondSandbox()) main().catch((error: unknown) => {
  console.error(error);
  showNote(`The preview could not start: ${error instanceof Error ? error.message : String(error)}`, 'error');
});
