import { ITEM_IDS, type AreaId, type ItemId } from '../../../src/core/checklist/types';
import type { ItemFinding } from '../../../src/core/model/findings';
import { NO_FILE_LINK } from '../../../src/core/figma-link/stored-file-key';
import type { FrameInfo, InitialState, ItemVerdictDTO, ScanResult, SelectionInfo } from '../../../src/core/protocol/messages';

export const FRAMES: FrameInfo[] = [
  { id: '1:1', name: 'Sign up', type: 'FRAME' },
  { id: '1:2', name: 'Welcome email', type: 'FRAME' },
  { id: '1:3', name: 'Connect accounts', type: 'FRAME' },
  { id: '1:4', name: 'Pricing', type: 'FRAME' },
];

export function selectionOf(frames: FrameInfo[], source: SelectionInfo['source'] = 'selection'): SelectionInfo {
  return { source, pageName: 'Onboarding', frames, ignoredCount: 0 };
}

export function initialState(overrides: Partial<InitialState> = {}): InitialState {
  return {
    editorType: 'figma',
    selection: selectionOf([], 'page'),
    prefs: { width: 360, height: 560 },
    user: { name: 'Ada' },
    appVersion: '0.1.0',
    existingReview: null,
    fileLink: NO_FILE_LINK,
    ...overrides,
  };
}

const areaOf = (id: ItemId): AreaId => id.split('.')[0] as AreaId;

/** Findings for all 29 items: a few distinctive ones, the rest left to the reviewer. */
export function findings(): ItemFinding[] {
  return ITEM_IDS.map((itemId): ItemFinding => {
    if (itemId === 'funnel.greeting-email') {
      return {
        itemId,
        area: 'funnel',
        detection: 'found',
        evidence: [{ nodeId: '2:1', frameId: '1:2', label: 'Connect your accounting' }],
        reason: 'The welcome email has a numbered setup list with a connect button.',
      };
    }
    if (itemId === 'funnel.prefill') {
      return { itemId, area: 'funnel', detection: 'missing', evidence: [], reason: 'No setup form shows prefilled company data.' };
    }
    if (itemId === 'privacy.trust-language') {
      return {
        itemId,
        area: 'privacy',
        detection: 'found',
        evidence: [{ nodeId: '3:7', frameId: '1:3', label: 'Securely connect' }],
        reason: 'Reassuring wording near the connect button.',
      };
    }
    return { itemId, area: areaOf(itemId), detection: 'manual', evidence: [], reason: 'A mockup cannot show this: judge it yourself.' };
  });
}

export function verdict(itemId: ItemId, status: ItemVerdictDTO['status'], note = '', frameId: string | null = '1:1'): ItemVerdictDTO {
  return { itemId, status, note, by: 'Ada', at: '2026-11-20T10:00:00.000Z', frameId };
}

export function scanResult(overrides: Partial<ScanResult> = {}): ScanResult {
  const verdicts = overrides.verdicts ?? [];
  return {
    // What the sandbox would annotate: every judged item.
    publishable: verdicts.filter((v) => v.status !== 'unreviewed').length,
    scope: selectionOf(FRAMES),
    frames: FRAMES,
    nodeCount: 120,
    findings: {
      items: findings(),
      flow: {
        startFrameId: '1:1',
        connectFrameId: '1:3',
        stepsToConnect: 2,
        pathToConnect: ['1:1', '1:2', '1:3'],
        order: ['1:1', '1:2', '1:3', '1:4'],
        deadEnds: ['1:4'],
        hasLinks: true,
      },
    },
    verdicts: [],
    frameStates: FRAMES.map((f) => ({ frameId: f.id, changedSinceReview: false, reviewedAt: null, copiedFrom: null })),
    problems: [],
    readOnly: false,
    fileLink: NO_FILE_LINK,
    ...overrides,
  };
}

/** Every core item pass or not-applicable: the review is ready for engineers. */
export function allCoreSignedOff(): ItemVerdictDTO[] {
  return ITEM_IDS.filter((id) => !['funnel.prefill', 'value.progress-meter', 'privacy.mutual-nda', 'connection.syncing-indicator'].includes(id)).map((id) =>
    verdict(id, id === 'privacy.statistics' ? 'not-applicable' : 'pass'),
  );
}
