/**
 * Every message that crosses the bridge between the plugin sandbox and the panel.
 * Requests go panel → sandbox and get exactly one reply (a result or a typed error);
 * events go sandbox → panel. Only plain data crosses: never nodes.
 */
import * as v from 'valibot';
import type { AreaId, ItemId } from '../checklist/types';
import { ITEM_IDS } from '../checklist/types';
import type { FileLinkInfo } from '../figma-link/stored-file-key';
import type { ReviewFindings } from '../model/findings';
import type { ItemStatus, StoredProblem } from '../review/types';

export type EditorType = 'figma' | 'dev' | 'figjam' | 'slides' | 'buzz';

/** A frame as the panel sees it. */
export interface FrameInfo {
  id: string;
  name: string;
  /** Node type of the frame (FRAME, COMPONENT, INSTANCE …). */
  type: string;
}

/** What the review covers: the selection, or the page's frames when nothing is selected. */
export interface SelectionInfo {
  source: 'selection' | 'page';
  pageName: string;
  frames: FrameInfo[];
  /** Selected layers that are not frames and sit in no frame (left out of the review). */
  ignoredCount: number;
}

export interface UiPrefs {
  width: number;
  height: number;
}

export interface InitialState {
  editorType: EditorType;
  selection: SelectionInfo;
  prefs: UiPrefs;
  user: { name: string } | null;
  appVersion: string;
  /** What the document's stored review holds, read cheaply at start; null when there is none. */
  existingReview: ExistingReviewSummary | null;
  /** The file's key saved in the document, so the hand-off links back to the design. */
  fileLink: FileLinkInfo;
}

export interface ExistingReviewSummary {
  reviewed: number;
  needsWork: number;
  total: number;
}

/** The reviewer's verdict on an item, as the panel shows and edits it. */
export interface ItemVerdictDTO {
  itemId: ItemId;
  status: ItemStatus;
  note: string;
  by: string | null;
  at: string | null;
  /** Frame the verdict is stored on. */
  frameId: string | null;
}

export interface FrameReviewState {
  frameId: string;
  /** Reviewed before, and edited since (its fingerprint changed). */
  changedSinceReview: boolean;
  reviewedAt: string | null;
  /** The frame carries a review copied from another frame (a duplicate). */
  copiedFrom: string | null;
}

export interface AnnotationOutcome {
  ok: boolean;
  /** Why writing annotations failed; the review itself is saved regardless. */
  message?: string;
}

export interface ScanResult {
  scope: SelectionInfo;
  /** Frames in flow order. */
  frames: FrameInfo[];
  nodeCount: number;
  findings: ReviewFindings;
  verdicts: ItemVerdictDTO[];
  frameStates: FrameReviewState[];
  /** Stored entries that could not be read; kept untouched. */
  problems: StoredProblem[];
  /** Stored data is from a newer version of the plugin: shown, not editable. */
  readOnly: boolean;
  /** Verdicts that would produce annotations (publish has nothing to do when 0). */
  publishable: number;
  /** The file's key saved in the document (read again with every scan). */
  fileLink: FileLinkInfo;
}

export interface SaveResult {
  verdict: ItemVerdictDTO;
  savedAt: string;
  annotations: AnnotationOutcome;
}

export interface ShowResult {
  shown: string[];
  missing: string[];
}

export interface PublishResult {
  written: number;
  annotations: AnnotationOutcome;
}

export interface ResetResult {
  clearedItems: number;
  clearedFrames: number;
  annotations: AnnotationOutcome;
}

/** One verdict that changed outside this panel. */
export interface ReviewChange {
  itemId: ItemId;
  status: ItemStatus;
  by: string | null;
}

/** Request name → params and result. */
export interface RequestMap {
  /** Inspect the current selection (or page) and load its stored review. Emits `scan-progress`. */
  scan: { params: Record<string, never>; result: ScanResult };
  /** Stop a running scan; the scan request then fails with `cancelled`. */
  'cancel-scan': { params: Record<string, never>; result: { cancelled: boolean } };
  /** Record a verdict (and note) on an item; saved at once as one undo step. `unreviewed` clears it. */
  'set-verdict': { params: { itemId: ItemId; status: ItemStatus; note: string }; result: SaveResult };
  /** Select and zoom to nodes on the canvas. */
  'show-nodes': { params: { nodeIds: string[] }; result: ShowResult };
  /** (Re)write the review's annotations on the frames. */
  'publish-annotations': { params: Record<string, never>; result: PublishResult };
  /** Adopt a review copied onto a duplicated frame as this frame's own, or drop the copy. */
  'resolve-copy': { params: { frameId: string; action: 'adopt' | 'discard' }; result: { frameId: string } };
  /** Remove our stored records, relaunch buttons and annotations (others' kept): one undo step. */
  'reset-review': { params: Record<string, never>; result: ResetResult };
  /** Resize the panel and remember the size. */
  resize: { params: UiPrefs; result: UiPrefs };
  /** Show a short native toast. */
  notify: { params: { message: string }; result: Record<string, never> };
  /**
   * Save the file's key, taken from a pasted Figma file link, in the document; an empty link
   * clears it. `replace` is the reviewer's explicit choice to replace an unreadable entry.
   */
  'set-file-link': { params: { link: string; replace?: boolean }; result: FileLinkInfo };
}

export type RequestName = keyof RequestMap;
export type ParamsOf<M extends RequestName> = RequestMap[M]['params'];
export type ResultOf<M extends RequestName> = RequestMap[M]['result'];

/** Event name → payload. */
export interface EventMap {
  'selection-changed': SelectionInfo;
  'scan-progress': { scannedNodes: number; doneFrames: number; totalFrames: number };
  /** Something outside the panel changed the stored review (undo, another user). */
  'review-stale': { reason: string };
  /** The stored review changed outside this panel (another reviewer's save or reset, undo). */
  'review-changed': { verdicts: ItemVerdictDTO[]; frameStates: FrameReviewState[]; changes: ReviewChange[]; remote: boolean };
  /** Reviewed frames whose design changed since review (debounced while the plugin is open). */
  'frames-changed': { frameStates: FrameReviewState[] };
}

export type EventName = keyof EventMap;

export type ErrorCode =
  | 'bad-request'
  | 'unknown-method'
  | 'cancelled'
  | 'busy'
  | 'not-found'
  | 'read-only'
  | 'storage-failed'
  | 'timeout'
  | 'internal';

export interface ProtocolErrorData {
  code: ErrorCode;
  message: string;
}

// ---- wire envelopes -------------------------------------------------------

export interface RequestEnvelope {
  kind: 'request';
  id: number;
  /** Checked by the server (not the envelope parser), so a bad method still gets its typed reply. */
  method: unknown;
  params: unknown;
}
export type ReplyEnvelope =
  | { kind: 'reply'; id: number; ok: true; result: unknown }
  | { kind: 'reply'; id: number; ok: false; error: ProtocolErrorData };
export interface EventEnvelope {
  kind: 'event';
  name: string;
  payload: unknown;
}
/** Sent once by the panel when its handlers exist; the sandbox holds events until then. */
export interface ReadyEnvelope {
  kind: 'ready';
}
export type Envelope = RequestEnvelope | ReplyEnvelope | EventEnvelope | ReadyEnvelope;

// ---- runtime validation of what arrives ----------------------------------

const Empty = v.looseObject({});
const ItemIdSchema = v.picklist(ITEM_IDS);
const StatusSchema = v.picklist(['pass', 'needs-work', 'not-applicable', 'unreviewed'] as const);
const Dimension = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10000));

/** Validators for request params: anything else is answered with `bad-request`. */
export const paramSchemas: { [M in RequestName]: v.GenericSchema<unknown, ParamsOf<M>> } = {
  scan: Empty as unknown as v.GenericSchema<unknown, Record<string, never>>,
  'cancel-scan': Empty as unknown as v.GenericSchema<unknown, Record<string, never>>,
  'set-verdict': v.object({
    itemId: ItemIdSchema,
    status: StatusSchema,
    note: v.pipe(v.string(), v.maxLength(100000)),
  }),
  'show-nodes': v.object({ nodeIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500)) }),
  'publish-annotations': Empty as unknown as v.GenericSchema<unknown, Record<string, never>>,
  'reset-review': Empty as unknown as v.GenericSchema<unknown, Record<string, never>>,
  'resolve-copy': v.object({ frameId: v.pipe(v.string(), v.minLength(1)), action: v.picklist(['adopt', 'discard'] as const) }),
  resize: v.object({ width: Dimension, height: Dimension }),
  notify: v.object({ message: v.pipe(v.string(), v.maxLength(500)) }),
  'set-file-link': v.object({ link: v.pipe(v.string(), v.maxLength(2000)), replace: v.optional(v.boolean()) }),
};

export const REQUEST_NAMES = Object.keys(paramSchemas) as RequestName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(paramSchemas, name);
}

const EnvelopeSchema = v.variant('kind', [
  // Any method: a request with an id is always answered, an unknown method with `unknown-method`.
  v.object({ kind: v.literal('request'), id: v.pipe(v.number(), v.integer()), method: v.unknown(), params: v.unknown() }),
  v.object({ kind: v.literal('reply'), id: v.pipe(v.number(), v.integer()), ok: v.literal(true), result: v.unknown() }),
  v.object({
    kind: v.literal('reply'),
    id: v.pipe(v.number(), v.integer()),
    ok: v.literal(false),
    error: v.object({ code: v.string(), message: v.string() }),
  }),
  v.object({ kind: v.literal('event'), name: v.string(), payload: v.unknown() }),
  v.object({ kind: v.literal('ready') }),
]);

/** Parse anything that arrives on the bridge; null when it is not one of ours. */
export function parseEnvelope(raw: unknown): Envelope | null {
  const result = v.safeParse(EnvelopeSchema, raw);
  return result.success ? (result.output as Envelope) : null;
}

export type { AreaId, FileLinkInfo, ItemId, ItemStatus };
