import type { ExistingReviewSummary, InitialState, SelectionInfo } from '../../src/core/protocol/messages';
import { NO_FILE_LINK } from '../../src/core/figma-link/stored-file-key';
import { fileLinkOf } from './file-link';
import { INITIAL_STATE_GLOBAL } from '../../src/core/protocol/initial-state';

export interface BootState {
  state: InitialState;
  /** False when the host injected nothing (e.g. an old sandbox): the selection is then unknown until a scan. */
  injected: boolean;
}

export const DEFAULT_PREFS = { width: 360, height: 560 };

const EMPTY_SELECTION: SelectionInfo = { source: 'page', pageName: '', frames: [], ignoredCount: 0 };

function isSelection(value: unknown): value is SelectionInfo {
  if (value === null || typeof value !== 'object') return false;
  const s = value as Partial<SelectionInfo>;
  return (s.source === 'selection' || s.source === 'page') && Array.isArray(s.frames) && typeof s.pageName === 'string';
}

function existingReviewOf(value: unknown): ExistingReviewSummary | null {
  if (value === null || typeof value !== 'object') return null;
  const r = value as Partial<ExistingReviewSummary>;
  const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!count(r.reviewed) || !count(r.needsWork) || !count(r.total) || r.reviewed > r.total || r.needsWork > r.reviewed) return null;
  return { reviewed: r.reviewed, needsWork: r.needsWork, total: r.total };
}

/** Read what the sandbox injected into ui.html; anything malformed falls back to a safe default. */
export function readInitialState(win: Window = window): BootState {
  const raw = (win as unknown as Record<string, unknown>)[INITIAL_STATE_GLOBAL];
  const fallback: InitialState = {
    editorType: 'figma',
    selection: EMPTY_SELECTION,
    prefs: DEFAULT_PREFS,
    user: null,
    appVersion: '',
    existingReview: null,
    fileLink: NO_FILE_LINK,
  };
  if (raw === null || typeof raw !== 'object') return { state: fallback, injected: false };
  const s = raw as Partial<InitialState>;
  if (!isSelection(s.selection)) return { state: fallback, injected: false };
  return {
    state: {
      editorType: typeof s.editorType === 'string' ? s.editorType : 'figma',
      selection: { ...s.selection, ignoredCount: typeof s.selection.ignoredCount === 'number' ? s.selection.ignoredCount : 0 },
      prefs:
        s.prefs && typeof s.prefs.width === 'number' && typeof s.prefs.height === 'number' ? s.prefs : DEFAULT_PREFS,
      user: s.user && typeof s.user.name === 'string' ? { name: s.user.name } : null,
      appVersion: typeof s.appVersion === 'string' ? s.appVersion : '',
      existingReview: existingReviewOf(s.existingReview),
      fileLink: fileLinkOf(s.fileLink),
    },
    injected: true,
  };
}
