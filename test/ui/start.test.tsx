// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/core/protocol/channel';
import type { ScanResult } from '../../src/core/protocol/messages';
import { FRAMES, scanResult, selectionOf } from './helpers/fixtures';
import { deferred, renderPanel, screen, waitFor } from './helpers/panel';

describe('start view', () => {
  it('explains how to select the onboarding frames when nothing can be reviewed', () => {
    renderPanel({ state: { selection: selectionOf([], 'page') } });
    expect(screen.getByRole('heading', { name: 'Select your onboarding frames' })).toBeTruthy();
    expect(screen.getByText(/Shift-click them or drag across them/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Review/ })).toBeNull();
  });

  it('lists the page frames with a count when nothing is selected, and waits for the designer', async () => {
    const panel = renderPanel({ state: { selection: selectionOf(FRAMES.slice(0, 3), 'page') } });
    expect(screen.getByTestId('selection-count').textContent).toBe('Nothing selected: 3 frames on “Onboarding”');
    const list = screen.getByTestId('frame-list');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent?.replace('#', ''))).toEqual(['Sign up', 'Welcome email', 'Connect accounts']);
    await new Promise((r) => setTimeout(r, 20));
    expect(panel.callsOf('scan')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Review 3 frames' }));
    await screen.findByRole('heading', { name: 'Overview' });
    expect(panel.callsOf('scan')).toHaveLength(1);
  });

  it('reviews a selection made before opening the plugin straight away', async () => {
    const panel = renderPanel({ state: { selection: selectionOf(FRAMES) } });
    await screen.findByRole('heading', { name: 'Overview' });
    expect(screen.queryByRole('button', { name: 'Review 4 frames' })).toBeNull();
    expect(panel.callsOf('scan')).toHaveLength(1);
  });

  it('follows selection changes before a review is loaded', async () => {
    const panel = renderPanel({ state: { selection: selectionOf([], 'page') } });
    panel.server.emit('selection-changed', selectionOf(FRAMES.slice(0, 2)));
    expect((await screen.findByTestId('selection-count')).textContent).toBe('2 frames selected');
    expect(screen.getByRole('button', { name: 'Review 2 frames' })).toBeTruthy();
  });

  it('mentions selected layers that are left out', () => {
    renderPanel({ state: { selection: { ...selectionOf(FRAMES.slice(0, 1), 'page'), ignoredCount: 2 } } });
    expect(screen.getByText('2 selected layers are not in a frame and will be left out.')).toBeTruthy();
  });

  it('still offers a review when the host injected no initial state', async () => {
    const panel = renderPanel({ injected: false });
    fireEvent.click(screen.getByRole('button', { name: 'Review the selection' }));
    await screen.findByRole('heading', { name: 'Overview' });
    expect(panel.callsOf('scan')).toHaveLength(1);
    expect(screen.getByRole('banner').textContent).toContain('4 frames · Onboarding');
  });

  it('shows scan progress and cancels the scan', async () => {
    const gate = deferred<ScanResult>();
    const panel = renderPanel({
      state: { selection: selectionOf(FRAMES) },
      handlers: {
        scan: (_params, ctx) => {
          ctx.emit('scan-progress', { scannedNodes: 1500, doneFrames: 1, totalFrames: 4 });
          return gate.promise;
        },
        'cancel-scan': () => {
          gate.reject(new ProtocolError('cancelled', 'Scan cancelled.'));
          return { cancelled: true };
        },
      },
    });
    const bar = await screen.findByRole('progressbar', { name: 'Scan progress' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('1'));
    expect(bar.getAttribute('aria-valuemax')).toBe('4');
    expect(screen.getByTestId('scan-progress-text').textContent).toBe('1 of 4 frames · 1,500 layers');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('button', { name: 'Review 4 frames' });
    expect(panel.callsOf('cancel-scan')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failed scan as a readable banner with a retry, never a blank panel', async () => {
    let attempts = 0;
    renderPanel({
      state: { selection: selectionOf(FRAMES) },
      handlers: {
        scan: () => {
          attempts += 1;
          if (attempts === 1) throw new ProtocolError('internal', 'The page could not be loaded.');
          return scanResult();
        },
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Couldn’t read the frames');
    expect(alert.textContent).toContain('The page could not be loaded.');
    expect(screen.getByTestId('frame-list')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Overview' });
  });

  it('keeps the loaded review on screen when a rescan fails, with the reason and a retry', async () => {
    let attempts = 0;
    const panel = renderPanel({
      state: { selection: selectionOf(FRAMES) },
      handlers: {
        scan: () => {
          attempts += 1;
          if (attempts === 2) throw new ProtocolError('busy', 'Another scan is running.');
          return scanResult();
        },
      },
    });
    await screen.findByRole('heading', { name: 'Overview' });
    fireEvent.click(screen.getByRole('button', { name: 'Rescan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Couldn’t rescan');
    expect(alert.textContent).toContain('Another scan is running.');
    expect(screen.getByTestId('frame-strip')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(panel.callsOf('scan')).toHaveLength(3));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByTestId('frame-strip')).toBeTruthy();
  });
});
