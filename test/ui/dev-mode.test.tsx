// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/core/protocol/channel';
import { FRAMES, allCoreSignedOff, scanResult, selectionOf, verdict } from './helpers/fixtures';
import { renderPanel, screen, waitFor } from './helpers/panel';

describe('Dev Mode', () => {
  it('shows engineers the stored review of the selected frames, read-only', async () => {
    const panel = renderPanel({
      state: { editorType: 'dev', selection: selectionOf(FRAMES, 'page') },
      handlers: { scan: () => scanResult({ verdicts: [verdict('funnel.cta-visible', 'needs-work', 'Make the button primary'), verdict('funnel.greeting-email', 'pass')] }) },
    });
    const view = await screen.findByTestId('dev-mode');
    expect(panel.callsOf('scan')).toHaveLength(1);
    expect(within(view).getByTestId('not-ready').textContent).toContain('Not ready: 1 core item needs work, 23 not reviewed yet');
    const item = screen.getByTestId('item-funnel.cta-visible');
    expect(item.textContent).toContain('Needs work');
    expect(item.textContent).toContain('Make the button primary');
    expect(screen.getByTestId('item-funnel.greeting-email').textContent).toContain('Pass');
    expect(screen.getByTestId('item-funnel.prefill').textContent).toContain('Bonus');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    // The review cannot be edited here; the only field is the hand-off's file link.
    expect(screen.queryAllByRole('textbox').map((field) => field.id)).toEqual(['file-link-input']);
    expect(screen.queryByRole('navigation', { name: 'Review steps' })).toBeNull();
    expect(screen.getByTestId('save-state').textContent).toBe('Read-only in Dev Mode');
    fireEvent.click(within(screen.getByTestId('item-funnel.greeting-email')).getByRole('button', { name: /Show/ }));
    await waitFor(() => expect(panel.callsOf('show-nodes')).toEqual([{ nodeIds: ['2:1'] }]));
  });

  it('publishes the review as annotations and reports the outcome', async () => {
    let fail = false;
    const panel = renderPanel({
      state: { editorType: 'dev', selection: selectionOf(FRAMES) },
      handlers: {
        scan: () => scanResult({ verdicts: allCoreSignedOff() }),
        'publish-annotations': () => {
          if (fail) throw new ProtocolError('internal', 'Annotations are locked.');
          return { written: 24, annotations: { ok: true } };
        },
      },
    });
    await screen.findByTestId('dev-mode');
    expect(screen.getByTestId('ready').textContent).toContain('Ready for engineers');
    fireEvent.click(screen.getByRole('button', { name: 'Publish annotations' }));
    expect(await screen.findByText('Published 24 annotations.')).toBeTruthy();
    fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Publish annotations' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Couldn’t publish annotations: Annotations are locked.');
    expect(panel.callsOf('publish-annotations')).toHaveLength(2);
  });

  it('keeps the whole review when "Show" selects evidence on the canvas', async () => {
    const panel = renderPanel({ state: { editorType: 'dev', selection: selectionOf(FRAMES, 'page') } });
    await screen.findByTestId('dev-mode');
    expect(panel.callsOf('scan')).toHaveLength(1);
    fireEvent.click(within(screen.getByTestId('item-funnel.greeting-email')).getByRole('button', { name: /Show/ }));
    await waitFor(() => expect(panel.callsOf('show-nodes')).toHaveLength(1));
    // The sandbox reports the selection Show made: one of the reviewed frames.
    panel.server.emit('selection-changed', selectionOf(FRAMES.slice(0, 1)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(panel.callsOf('scan')).toHaveLength(1);
    // A selection the engineer makes afterwards is followed again.
    panel.server.emit('selection-changed', selectionOf(FRAMES.slice(1, 2)));
    await waitFor(() => expect(panel.callsOf('scan')).toHaveLength(2));
  });

  it('follows the engineer’s selection', async () => {
    const panel = renderPanel({ state: { editorType: 'dev', selection: selectionOf([], 'page') } });
    expect(screen.getByRole('heading', { name: 'Select reviewed frames' })).toBeTruthy();
    panel.server.emit('selection-changed', selectionOf(FRAMES.slice(0, 2)));
    await screen.findByTestId('dev-mode');
    expect(panel.callsOf('scan')).toHaveLength(1);
    expect(screen.getByText(/Not reviewed yet/)).toBeTruthy();
  });
});
