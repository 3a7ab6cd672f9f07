// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getItem } from '../../src/core/checklist';
import type { AuditReport } from '../../src/core/report/types';
import { allCoreSignedOff, scanResult, verdict } from './helpers/fixtures';
import { openStep, renderLoadedPanel, screen, waitFor } from './helpers/panel';

afterEach(() => {
  vi.restoreAllMocks();
});

const withNeedsWork = () =>
  scanResult({
    verdicts: [
      verdict('funnel.greeting-email', 'needs-work', 'Make connecting step 2 of the list', '1:2'),
      verdict('funnel.cta-visible', 'pass'),
      verdict('privacy.statistics', 'not-applicable'),
      verdict('platform.search', 'needs-work', ''),
    ],
  });

/** Capture what a download would save: the file name and the blob's text. */
function captureDownloads() {
  const files: { name: string; text: Promise<string>; type: string }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href) ?? blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ name: this.download, text: blob.text(), type: blob.type });
  });
  return files;
}

describe('summary and handoff', () => {
  it('counts verdicts per area and lists every needs-work item with its note and a Show link', async () => {
    const panel = await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep('Summary');
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    const rows = within(screen.getByTestId('summary-counts')).getAllByRole('row');
    expect(rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent))).toEqual([
      ['Area', 'Pass', 'Needs work', 'N/A', 'Not reviewed'],
      ['The funnel', '1', '1', '0', '3'],
      ['The value exchange', '0', '0', '0', '4'],
      ['Privacy, trust and support', '0', '0', '1', '8'],
      ['Platform selection', '0', '1', '0', '6'],
      ['Connection management', '0', '0', '0', '4'],
    ]);
    const list = screen.getByTestId('needs-work');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain(getItem('funnel.greeting-email').title);
    expect(items[0]?.textContent).toContain('Make connecting step 2 of the list');
    expect(items[1]?.textContent).toContain(getItem('platform.search').title);
    expect(items[1]?.textContent).toContain('No note.');
    fireEvent.click(within(items[0]!).getByRole('button', { name: /Show/ }));
    await waitFor(() => expect(panel.callsOf('show-nodes')).toEqual([{ nodeIds: ['2:1'] }]));
    // Needs work is judged, not open: the title tells the two apart and agrees with the table.
    expect(screen.getByTestId('not-ready').textContent).toContain('Not ready: 2 core items need work, 21 not reviewed yet');
  });

  it('says the review is ready for engineers when every core item passes or does not apply', async () => {
    await renderLoadedPanel({ handlers: { scan: () => scanResult({ verdicts: allCoreSignedOff() }) } });
    await openStep('Summary');
    expect((await screen.findByTestId('ready')).textContent).toContain('Ready for engineers');
    expect(screen.queryByTestId('not-ready')).toBeNull();
    expect(screen.getByText('Nothing is marked as needing work.')).toBeTruthy();
  });

  it('turns not-ready as soon as a core item is marked needs work', async () => {
    await renderLoadedPanel({ handlers: { scan: () => scanResult({ verdicts: allCoreSignedOff() }) } });
    await openStep(/^4\. Platform selection/);
    fireEvent.click(within(await screen.findByTestId('item-platform.search')).getByRole('radio', { name: 'Needs work' }));
    await openStep('Summary');
    expect((await screen.findByTestId('not-ready')).textContent).toContain('Not ready: 1 core item needs work');
  });

  it('downloads Markdown and JSON built from the current verdicts (JSON in the CLI report schema)', async () => {
    const files = captureDownloads();
    await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep(/^1\. The funnel/);
    const note = within(await screen.findByTestId('item-funnel.social-proof')).getByRole('textbox');
    fireEvent.input(note, { target: { value: 'Add a customer quote' } });
    await openStep('Summary');
    fireEvent.click(await screen.findByTestId('export-markdown'));
    fireEvent.click(screen.getByTestId('export-json'));
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['auth-flow-review-onboarding.md', 'text/markdown;charset=utf-8'],
      ['auth-flow-review-onboarding.json', 'application/json;charset=utf-8'],
    ]);
    const markdown = await files[0]!.text;
    expect(markdown).toContain('Make connecting step 2 of the list');
    expect(markdown).toContain('Add a customer quote');
    const report = JSON.parse(await files[1]!.text) as AuditReport;
    expect(report.schemaVersion).toBe(1);
    expect(report.file.name).toBe('Onboarding');
    expect(report.frames.map((f) => f.name)).toEqual(['Sign up', 'Welcome email', 'Connect accounts', 'Pricing']);
    expect(report.flow).toEqual({ startFrameId: '1:1', connectFrameId: '1:3', stepsToConnect: 2, deadEnds: ['1:4'] });
    expect(report.items).toHaveLength(29);
    expect(report.items.find((i) => i.id === 'funnel.greeting-email')).toEqual({
      id: 'funnel.greeting-email',
      area: 'funnel',
      detection: 'found',
      reason: 'The welcome email has a numbered setup list with a connect button.',
      evidence: [{ id: '2:1', frame: '1:2', text: 'Connect your accounting' }],
      frames: [{ id: '1:2', name: 'Welcome email' }],
      status: 'needs-work',
      note: 'Make connecting step 2 of the list',
    });
    expect(report.items.find((i) => i.id === 'funnel.social-proof')?.note).toBe('Add a customer quote');
    expect(report.items.find((i) => i.id === 'connection.refresh')?.status).toBe('unreviewed');
    expect(report.summary.needsWork).toBe(2);
    expect(report.summary.readyForEngineers).toBe(false);
    expect(screen.getByTestId('export-status').textContent).toBe('JSON downloaded.');
  });

  it('copies Markdown through the Clipboard API', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const panel = await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep('Summary');
    fireEvent.click(await screen.findByTestId('copy-markdown'));
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toBe('Markdown copied to the clipboard.'));
    expect(String(writeText.mock.calls[0]?.[0 as never])).toContain('Make connecting step 2 of the list');
    await waitFor(() => expect(panel.callsOf('notify')).toEqual([{ message: 'Markdown copied to the clipboard.' }]));
  });

  it('falls back to a hidden textarea when the iframe blocks the Clipboard API', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('Blocked by permissions policy', 'NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let copied = '';
    const execCommand = vi.fn((command: string) => {
      copied = command === 'copy' ? (document.querySelector<HTMLTextAreaElement>('textarea[aria-hidden]')?.value ?? '') : '';
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep('Summary');
    fireEvent.click(await screen.findByTestId('copy-json'));
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toBe('JSON copied to the clipboard.'));
    expect((JSON.parse(copied) as AuditReport).items).toHaveLength(29);
    expect(document.querySelectorAll('textarea[aria-hidden]')).toHaveLength(0);
  });

  it('tells the designer to download when copying is impossible', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await renderLoadedPanel();
    await openStep('Summary');
    fireEvent.click(await screen.findByTestId('copy-markdown'));
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toBe('Couldn’t copy Markdown: download it, or select it in the preview.'));
    // The preview opens so the text can still be selected by hand.
    expect((screen.getByTestId('markdown-preview') as HTMLTextAreaElement).value).toContain('# Auth flow review: Onboarding');
  });

  it('previews the Markdown, live with the verdicts', async () => {
    await renderLoadedPanel({ handlers: { scan: withNeedsWork } });
    await openStep('Summary');
    const toggle = await screen.findByRole('button', { name: 'Preview the Markdown' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const preview = screen.getByRole('textbox', { name: 'Markdown report' }) as HTMLTextAreaElement;
    expect(preview.readOnly).toBe(true);
    expect(preview.value).toContain('Make connecting step 2 of the list');
    expect(preview.value).toContain(getItem('platform.search').title);
  });
});
