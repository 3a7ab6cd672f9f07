import type { FlowFacts, ItemFinding } from '../model/findings';
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
  flow: FlowFacts;
  /** Paces the passes over nodes and texts: they yield after each chunk of work. */
  meter: WorkMeter;
}

/**
 * Detectors that scan nodes or texts are generators, so a long scan can yield; those that
 * only read what the context already holds return their finding at once.
 */
export type Detector = (context: DetectorContext) => ItemFinding | Steps<ItemFinding>;

/** Text nodes (with at least one word) in document order. */
export function textNodes(context: DetectorContext): IndexedNode[] {
  return context.index.texts;
}

export function platformsIn(context: DetectorContext, frameId: string): PlatformMention[] {
  return context.platformsByFrame.get(frameId) ?? [];
}
