// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getItem } from '../../src/core/checklist';
import { ProtocolError } from '../../src/core/protocol/channel';
import { INITIAL_STATE_GLOBAL } from '../../src/core/protocol/initial-state';
import type { FileLinkInfo } from '../../src/core/protocol/messages';
import type { AuditReport } from '../../src/core/report/types';
import { readInitialState } from '../../ui/bridge/initial-state';
import { FRAMES, initialState, scanResult, selectionOf, verdict } from './helpers/fixtures';
import { openStep, renderLoadedPanel, renderPanel, screen, waitFor } from './helpers/panel';

const withNeedsWork = () =>
  scanResult({
    verdicts: [verdict('funnel.greeting-email', 'needs-work', 'Make connecting step 2 of the list', '1:2'), verdict('platform.search', 'needs-work', '', '1:3')],
  });

const saved = (fileKey: string | null): FileLinkInfo => ({ fileKey, problem: null, newer: false });

function field(): HTMLInputElement {
  return screen.getByRole('textbox', { name: /Figma file link/ }) as HTMLInputElement;
}

function typeAndSave(text: string): void {
  fireEvent.input(field(), { target: { value: text } });
  fireEvent.click(screen.getByTestId('file-link-save'));
}

function markdownPreview(): string {
  const toggle = screen.queryByRole('button', { name: 'Preview the Markdown' });
  if (toggle) fireEvent.click(toggle);
  return (screen.getByRole('textbox', { name: 'Markdown report' }) as HTMLTextAreaElement).value;
}

describe('the file link in the hand-off', () => {
  it('is an optional, labelled field with a hint; without it the hand-off has no links', async () => {
    await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep('Summary');
    const input = field();
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-describedby')).toBe('file-link-hint');
    expect(document.getElementById('file-link-hint')?.textContent).toContain('Only the file’s key is kept');
    expect(markdownPreview()).not.toContain('https://www.figma.com/design/');
  });

  it('refuses text that is not a Figma file link, inline and without asking the sandbox', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep('Summary');
    for (const [text, message] of [
      ['my file', 'Paste the file’s link'],
      ['https://example.com/design/AbC123/x', 'Not a Figma link. Paste the file’s link'],
      ['https://www.figma.com/files/recent', 'Not a Figma file link: https://www.figma.com/files/recent is not a link to a Figma file'],
    ] as const) {
      typeAndSave(text);
      const error = await screen.findByRole('alert');
      expect(error.textContent).toContain(message);
      expect(field().getAttribute('aria-invalid')).toBe('true');
      expect(field().getAttribute('aria-describedby')).toBe('file-link-hint file-link-message');
      expect(document.activeElement).toBe(field());
    }
    expect(panel.callsOf('set-file-link')).toEqual([]);
    // Typing again clears the message.
    fireEvent.input(field(), { target: { value: 'https://www.figma.com/design/' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves a pasted link and the Markdown and JSON exports then link each needs-work item to its frame', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep('Summary');
    typeAndSave('  https://www.figma.com/design/AbC123xyz/Onboarding?node-id=1-2&t=SeCrEt-0  ');
    await waitFor(() => expect(screen.getByTestId('file-link-status').textContent).toBe('Saved: the hand-off links each item to its frame.'));
    expect(panel.callsOf('set-file-link')).toEqual([{ link: 'https://www.figma.com/design/AbC123xyz/Onboarding?node-id=1-2&t=SeCrEt-0' }]);
    // The field shows what is kept: the file's own link, no query.
    expect(field().value).toBe('https://www.figma.com/design/AbC123xyz/');

    const markdown = markdownPreview();
    expect(markdown).toContain('Design: [Onboarding](https://www.figma.com/design/AbC123xyz/)');
    const needsWork = markdown.slice(markdown.indexOf('## Needs work'), markdown.indexOf('## Checklist'));
    const line = needsWork.split('\n').find((l) => l.includes(getItem('funnel.greeting-email').title)) ?? '';
    expect(line).toContain('[Welcome email](https://www.figma.com/design/AbC123xyz/?node-id=1-2)');
    // An item without evidence links to the frame its verdict is stored on, as the CLI does.
    const search = needsWork.split('\n').find((l) => l.includes(getItem('platform.search').title)) ?? '';
    expect(search).toContain('[Connect accounts](https://www.figma.com/design/AbC123xyz/?node-id=1-3)');
    expect(markdown).not.toContain('SeCrEt');

    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (text: string) => ((copied = text), Promise.resolve()) }, configurable: true });
    fireEvent.click(screen.getByTestId('copy-json'));
    await waitFor(() => expect(copied).not.toBe(''));
    const report = JSON.parse(copied) as AuditReport;
    expect(report.file).toEqual({ name: 'Onboarding', key: 'AbC123xyz', url: 'https://www.figma.com/design/AbC123xyz/' });
    expect(report.frames.map((f) => f.url)).toEqual(FRAMES.map((f) => `https://www.figma.com/design/AbC123xyz/?node-id=${f.id.replace(':', '-')}`));
    expect(report.items.find((i) => i.id === 'funnel.greeting-email')?.evidence[0]?.url).toBe('https://www.figma.com/design/AbC123xyz/?node-id=2-1');
  });

  it('knows the saved key from the start and from each scan, and removes it on request', async () => {
    const panel = await renderLoadedPanel({
      state: { fileLink: saved('Start1') },
      handlers: { scan: () => ({ ...withNeedsWork(), fileLink: saved('FromScan2') }) },
    });
    await openStep('Summary');
    expect(field().value).toBe('https://www.figma.com/design/FromScan2/');
    expect(markdownPreview()).toContain('https://www.figma.com/design/FromScan2/?node-id=1-2');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the file link' }));
    await waitFor(() => expect(screen.getByTestId('file-link-status').textContent).toBe('Removed: the hand-off has no links.'));
    expect(panel.callsOf('set-file-link')).toEqual([{ link: '' }]);
    expect(field().value).toBe('');
    expect(markdownPreview()).not.toContain('https://www.figma.com/design/');
  });

  it('shows an unreadable stored link, keeps it, and replaces it only through the Replace button', async () => {
    const problem = 'The file link saved in this document is not readable JSON; it is kept as it is.';
    const panel = await renderLoadedPanel({
      handlers: {
        scan: () => ({ ...withNeedsWork(), fileLink: { fileKey: null, problem, newer: false } }),
        'set-file-link': () => saved('NeW1'),
      },
    });
    await openStep('Summary');
    expect(screen.getByTestId('file-link-problem').textContent).toBe(`${problem} Save a link to replace it.`);
    expect(field().getAttribute('aria-describedby')).toBe('file-link-hint file-link-message');
    expect(panel.callsOf('set-file-link')).toEqual([]);
    typeAndSave('https://www.figma.com/proto/NeW1/Flow');
    expect(screen.getByTestId('file-link-save').textContent).toBe('Replace');
    await waitFor(() => expect(panel.callsOf('set-file-link')).toEqual([{ link: 'https://www.figma.com/proto/NeW1/Flow', replace: true }]));
    await waitFor(() => expect(screen.queryByTestId('file-link-problem')).toBeNull());
  });

  it('cannot change a link a newer version saved, and shows why', async () => {
    const problem = 'The file link saved in this document was written by a newer version of the plugin (schema 3); update the plugin to change it.';
    await renderLoadedPanel({ handlers: { scan: () => ({ ...withNeedsWork(), fileLink: { fileKey: null, problem, newer: true } }) } });
    await openStep('Summary');
    expect(field().disabled).toBe(true);
    expect((screen.getByTestId('file-link-save') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('file-link-problem').textContent).toBe(problem);
  });

  it('says when the sandbox could not save it', async () => {
    await renderLoadedPanel({
      handlers: {
        scan: withNeedsWork,
        'set-file-link': () => {
          throw new ProtocolError('storage-failed', 'Could not save the file link: document is locked');
        },
      },
    });
    await openStep('Summary');
    typeAndSave('https://www.figma.com/design/AbC123xyz/Onboarding');
    expect((await screen.findByRole('alert')).textContent).toBe('Couldn’t save the file link: Could not save the file link: document is locked');
    expect(markdownPreview()).not.toContain('https://www.figma.com/design/');
  });

  it('is offered in Dev Mode’s hand-off too', async () => {
    const panel = renderPanel({ state: { editorType: 'dev', selection: selectionOf(FRAMES, 'page') }, handlers: { scan: withNeedsWork } });
    const view = await screen.findByTestId('dev-mode');
    await within(view).findByRole('button', { name: 'Copy Markdown' });
    const input = await within(view).findByRole('textbox', { name: /Figma file link/ });
    fireEvent.input(input, { target: { value: 'figma.com/design/DeV42/x' } });
    fireEvent.submit(within(view).getByTestId('file-link'));
    await waitFor(() => expect(panel.callsOf('set-file-link')).toEqual([{ link: 'figma.com/design/DeV42/x' }]));
    expect(markdownPreview()).toContain('https://www.figma.com/design/DeV42/?node-id=1-2');
  });

  it('reads a malformed file link from the host as none saved', () => {
    const host = (fileLink: unknown) => readInitialState({ [INITIAL_STATE_GLOBAL]: { ...initialState(), fileLink } } as unknown as Window).state.fileLink;
    expect(host(saved('AbC1'))).toEqual(saved('AbC1'));
    expect(host({ fileKey: 'a/b', problem: null })).toEqual(saved(null));
    expect(host(undefined)).toEqual(saved(null));
    expect(host('AbC1')).toEqual(saved(null));
  });
});
