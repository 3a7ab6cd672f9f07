// @vitest-environment happy-dom
import { within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE_GLOBAL } from '../../src/core/protocol/initial-state';
import { readInitialState } from '../../ui/bridge/initial-state';
import { FRAMES, allCoreSignedOff, initialState, scanResult, selectionOf } from './helpers/fixtures';
import { renderPanel, screen } from './helpers/panel';

describe('start screen', () => {
  it('says a review exists and how far it got', () => {
    renderPanel({ state: { selection: selectionOf(FRAMES, 'page'), existingReview: { reviewed: 12, needsWork: 3, total: 29 } } });
    expect(screen.getByTestId('existing-review').textContent).toBe('Resume: 12 of 29 items reviewed, 3 need work.');
  });

  it('says nothing about a review when the document holds none', () => {
    renderPanel({ state: { selection: selectionOf(FRAMES, 'page'), existingReview: null } });
    expect(screen.queryByTestId('existing-review')).toBeNull();
  });

  it('reads a malformed summary from the host as no summary', () => {
    const host = (existingReview: unknown) =>
      readInitialState({ [INITIAL_STATE_GLOBAL]: { ...initialState(), existingReview } } as unknown as Window).state.existingReview;
    expect(host({ reviewed: 12, needsWork: 3, total: 29 })).toEqual({ reviewed: 12, needsWork: 3, total: 29 });
    for (const bad of [{ reviewed: 40, needsWork: 1, total: 29 }, { reviewed: 2, needsWork: 3, total: 29 }, { reviewed: -1, needsWork: 0, total: 29 }, 'yes', undefined]) {
      expect(host(bad)).toBeNull();
    }
  });
});

describe('Dev Mode hand-off', () => {
  it('offers no publish on an unreviewed file', async () => {
    renderPanel({ state: { editorType: 'dev', selection: selectionOf(FRAMES, 'page') }, handlers: { scan: () => scanResult({ verdicts: [] }) } });
    await screen.findByTestId('dev-mode');
    expect(screen.getByTestId('not-reviewed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish annotations' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy Markdown' })).toBeNull();
  });

  it('offers Copy and Download of the hand-off, and publish as a secondary action when there is something to publish', async () => {
    renderPanel({ state: { editorType: 'dev', selection: selectionOf(FRAMES, 'page') }, handlers: { scan: () => scanResult({ verdicts: allCoreSignedOff() }) } });
    const view = await screen.findByTestId('dev-mode');
    const publish = within(view).getByRole('button', { name: 'Publish annotations' });
    expect(publish.className).toContain('button--secondary');
    for (const name of ['Copy Markdown', 'Download .md', 'Copy JSON', 'Download .json']) expect(within(view).getByRole('button', { name })).toBeTruthy();
  });
});
