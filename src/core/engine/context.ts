import type { ItemId } from '../checklist/types';
import type { FlowFacts, ItemFinding } from '../model/findings';
import type { Snapshot, SnapshotFrame } from '../model/snapshot';
import type { PlatformMention } from './platform-mentions';
import type { IndexedNode, SnapshotIndex } from './snapshot-index';
import { someSteps, type Steps, type WorkMeter } from './steps';
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

/** The screen asks to connect or lists platforms: where connecting happens. */
export function asksToConnect(context: DetectorContext, frameId: string): boolean {
  return context.ctas.has(frameId) || listsPlatforms(context, frameId);
}

/** Words a platform's name may come with on a card or row ("QuickBooks Online · Connected"). */
const MAX_PLATFORM_LABEL_WORDS = 6;

/**
 * The frame lists platforms: a known name as a label of its own, or at least two names beside
 * logos. A brand named in passing in a sentence ("Take gifts by card and PayPal") lists nothing.
 */
export function listsPlatforms(context: DetectorContext, frameId: string): boolean {
  return platformsIn(context, frameId).some((mention) => mention.node.words <= MAX_PLATFORM_LABEL_WORDS)
    || (context.logoLabels.get(frameId)?.length ?? 0) >= 2;
}

const platformNamesCache = new WeakMap<DetectorContext, Map<string, readonly IndexedNode[]>>();

/**
 * Platform names on a frame: known ones first, then names beside logos. Built once per frame
 * and shared: detectors ask it per node (is this on a platform's row?), and a fresh list per
 * question made those passes cost a frame's worth of work per node.
 */
export function platformNamesIn(context: DetectorContext, frameId: string): readonly IndexedNode[] {
  let byFrame = platformNamesCache.get(context);
  if (!byFrame) {
    byFrame = new Map();
    platformNamesCache.set(context, byFrame);
  }
  let names = byFrame.get(frameId);
  if (names === undefined) {
    names = [...platformsIn(context, frameId).map((mention) => mention.node), ...(context.logoLabels.get(frameId) ?? [])];
    byFrame.set(frameId, names);
  }
  return names;
}

/** A platform name and the vertical centre of its box. */
interface RowEntry {
  centre: number;
  node: IndexedNode;
}

const platformRowsCache = new WeakMap<DetectorContext, Map<string, RowEntry[]>>();

function centreOf(node: IndexedNode): number {
  return node.node.y + node.node.height / 2;
}

/**
 * Whether a platform name other than `node` sits within `tolerance` px of its row (vertical
 * centres, as sameRow measures). The frame's names are sorted by centre once, so each question
 * looks at the few names near the row instead of every name on the frame.
 */
export function platformNameOnRow(context: DetectorContext, node: IndexedNode, tolerance: number): boolean {
  let byFrame = platformRowsCache.get(context);
  if (!byFrame) {
    byFrame = new Map();
    platformRowsCache.set(context, byFrame);
  }
  let rows = byFrame.get(node.frame.id);
  if (rows === undefined) {
    rows = platformNamesIn(context, node.frame.id).map((name) => ({ centre: centreOf(name), node: name }));
    rows.sort((a, b) => a.centre - b.centre);
    byFrame.set(node.frame.id, rows);
  }
  const centre = centreOf(node);
  // A pixel of slack around the search: the exact test below decides.
  const low = centre - tolerance - 1;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.centre < low) lo = mid + 1;
    else hi = mid;
  }
  for (let at = lo; at < rows.length && rows[at]!.centre <= centre + tolerance + 1; at++) {
    const name = rows[at]!.node;
    if (name.node.id !== node.node.id && Math.abs(centreOf(name) - centre) <= tolerance) return true;
  }
  return false;
}

/** A frame drawn as an email: named so, or carrying an email's markers ("Unsubscribe", "View in browser"). */
export function* readsAsEmail(context: DetectorContext, frameId: string): Steps<boolean> {
  const { phrases } = context.lexicon;
  if (phrases.emailFrame.test(context.index.frameNames.get(frameId) ?? ' ')) return true;
  return yield* someSteps(context.meter, textsIn(context, frameId), (node) => phrases.emailMarkers.test(node.text));
}
