import type { AreaId, ItemId } from '../checklist/types';

/** A reviewer's verdict on an item. `unreviewed` is the absence of a verdict. */
export type ItemStatus = 'pass' | 'needs-work' | 'not-applicable' | 'unreviewed';

export const ITEM_STATUSES: readonly ItemStatus[] = ['pass', 'needs-work', 'not-applicable', 'unreviewed'];

/** Namespace of every shared plugin data entry this product writes (also what the CLI reads from REST). */
export const PLUGIN_DATA_NAMESPACE = 'authflowreview';

/** Current schema version of stored records. */
export const RECORD_VERSION = 2;

/** Earlier changes kept per item record. */
export const HISTORY_LIMIT = 10;

/** Figma's limit on one shared plugin data entry, in bytes. */
export const PLUGIN_DATA_ENTRY_LIMIT = 100 * 1024;

/** Longest note kept, in characters: keeps every stored entry far below Figma's 100 kB limit. */
export const MAX_NOTE_LENGTH = 4000;

export interface StatusChange {
  status: ItemStatus;
  by: string | null;
  at: string;
}

/** Stored on a frame under key `item:<itemId>`: the verdict on one item, anchored on the frame that shows it. */
export interface ItemRecord {
  schemaVersion: number;
  itemId: ItemId;
  /** The node id the record was written on: differs from the holder's id when a frame was duplicated. */
  frameId: string;
  status: ItemStatus;
  note: string;
  by: string | null;
  /** ISO timestamp of the last change. */
  at: string;
  /** Earlier changes, newest first, bounded. */
  history: StatusChange[];
}

/** Stored on a frame under key `frame`: the frame was part of a review, and how it looked then. */
export interface FrameRecord {
  schemaVersion: number;
  reviewId: string;
  frameId: string;
  /** Fingerprint of the frame's snapshot when it was last reviewed (see fingerprint.ts). */
  fingerprint: string;
  reviewedAt: string;
  reviewedBy: string | null;
}

/** Stored on the document root under key `review`: the review's scope and flow order. */
export interface DocumentRecord {
  schemaVersion: number;
  reviewId: string;
  /** Frames in the review, in flow order. */
  frameIds: string[];
  startFrameId: string | null;
  connectFrameId: string | null;
  updatedAt: string;
  updatedBy: string | null;
  /** Nodes that carry this review's annotations, so a later save can find and remove ours. */
  annotatedNodeIds?: string[];
  /** Our annotation category per checklist area, found by id so a renamed one is not created again. */
  annotationCategoryIds?: Partial<Record<AreaId, string>>;
}

/** The shared plugin data of one node in our namespace, as both adapters can read it. */
export interface StoredNodeData {
  nodeId: string;
  /** key → raw stored string. */
  entries: Record<string, string>;
}

export type StoredProblemKind = 'corrupt' | 'invalid' | 'newer-version';

/** A stored entry that could not be used. Its raw value is kept verbatim and never overwritten. */
export interface StoredProblem {
  nodeId: string;
  key: string;
  kind: StoredProblemKind;
  message: string;
  raw: string;
}

export interface StoredVerdict {
  record: ItemRecord;
  /** The node the record lives on. */
  holderId: string;
}

export interface StoredFrame {
  record: FrameRecord;
  holderId: string;
  /** True when the record was written on another node: the frame is a duplicate carrying a copied review. */
  copied: boolean;
}

/** Everything stored about a review, gathered from a set of nodes. */
export interface StoredReview {
  document: DocumentRecord | null;
  /** Newest verdict per item across the nodes read (copied records excluded). */
  verdicts: Partial<Record<ItemId, StoredVerdict>>;
  /** Item records copied onto a duplicated frame: offered to the reviewer, never merged. */
  copiedVerdicts: StoredVerdict[];
  /** Frame records by holder node id. */
  frames: Record<string, StoredFrame>;
  problems: StoredProblem[];
  /** True when some entry has a newer schema than this build understands: show, never write. */
  readOnly: boolean;
}
