import type { ItemId } from '../checklist/types';
import type { FlowFacts, ItemFinding } from '../model/findings';
import type { Snapshot, SnapshotFrame } from '../model/snapshot';
import type { PlatformMention } from './platform-mentions';
import type { IndexedNode, SnapshotIndex } from './snapshot-index';
import type { Steps, WorkMeter } from './steps';
import type { LexiconMatchers } from './text/lexicon-matchers';

/** What every detector may read: computed once per run. */
export interface DetectorContext {
  index: SnapshotIndex;
  lexicon: LexiconMatchers;
  /** Connect CTAs by frame id. */
  ctas: Map<string, IndexedNode[]>;
  /** Known platform names in text, in document order. */
  platforms: PlatformMention[];
  /** The same mentions grouped by frame id: detectors ask per frame, and must not rescan. */
  platformsByFrame: Map<string, PlatformMention[]>;
  /** Names beside logos (platform cards the lexicon may not know), by frame id. */
  logoLabels: Map<string, IndexedNode[]>;
  flow: FlowFacts;
  /**
   * The frames of the connect flow, where evidence counts: frames about connecting (connect
   * CTAs, platform names, connection copy) and the frames on the prototype path from the start
   * to the connect prompt. The rest of a file (a settings page, a paywall, another feature) is
   * not evidence for the onboarding, whatever its words.
   */
  scope: Set<string>;
  /** Frames in scope, in canvas order. */
  scopeFrames: SnapshotFrame[];
  /** Texts (split into parts) of the frames in scope, in document order. */
  texts: IndexedNode[];
  /** Paces the passes over nodes and texts: they yield after each chunk of work. */
  meter: WorkMeter;
}

/**
 * Detectors that scan nodes or texts are generators, so a long scan can yield; those that
 * only read what the context already holds return their finding at once.
 */
export type DetectorRun = (context: DetectorContext) => ItemFinding | Steps<ItemFinding>;

/** One checklist item's detector: it declares its item id once. */
export interface Detector {
  id: ItemId;
  run: DetectorRun;
}

/** A hand-made case for a detector (see the *.cases.ts files beside the detectors). */
export interface DetectorCase {
  /** What the mockup shows, in a few words. */
  name: string;
  snapshot: () => Snapshot;
  expect: ItemFinding['detection'];
}

/** Texts (with at least one word) of the frames in scope, in document order. */
export function textNodes(context: DetectorContext): IndexedNode[] {
  return context.texts;
}

/** A frame's texts, split into parts. */
export function textsIn(context: DetectorContext, frameId: string): IndexedNode[] {
  return context.index.textsByFrame.get(frameId) ?? [];
}

export function platformsIn(context: DetectorContext, frameId: string): PlatformMention[] {
  return context.platformsByFrame.get(frameId) ?? [];
}

/** The frame lists platforms: known names, or at least two names beside logos. */
export function listsPlatforms(context: DetectorContext, frameId: string): boolean {
  return platformsIn(context, frameId).length > 0 || (context.logoLabels.get(frameId)?.length ?? 0) >= 2;
}

/** Platform names on a frame: known ones first, then names beside logos. */
export function platformNamesIn(context: DetectorContext, frameId: string): IndexedNode[] {
  return [...platformsIn(context, frameId).map((mention) => mention.node), ...(context.logoLabels.get(frameId) ?? [])];
}
