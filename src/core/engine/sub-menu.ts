/**
 * A connect prompt hidden in a sub-menu: the prototype reaches the connect screen only from a
 * screen of its own that is a list of short entries and little else (an overflow "More" sheet,
 * Account › Payment settings). Read from the design, since such menus keep Figma's automatic
 * names ("Frame 6") as often as they are named "Menu".
 */
import type { DetectorContext } from './context';
import { textsIn } from './context';
import { isOrUnder, type IndexedNode } from './snapshot-index';
import { looksLikeButton } from './structure';

const ENTRY_WORDS = 4;
/** How many layers up a row's link may sit from its label. */
const ENTRY_DEPTH = 3;
const MIN_ENTRIES = 3;
/** Entries of one list start at the same x, give or take. */
const COLUMN_TOLERANCE = 4;
/** A screen with a sentence this long explains something: it is not a menu. */
const MAX_MENU_COPY_WORDS = 12;

/** The entry that opens `target` from `menu`, when `menu` reads as a list of entries; else null. */
function entryIn(context: DetectorContext, menu: string, target: string): IndexedNode | null {
  if (context.ctas.has(menu)) return null;
  const texts = textsIn(context, menu);
  if (texts.some((text) => text.words > MAX_MENU_COPY_WORDS)) return null;
  const sources = new Set(context.index.snapshot.links
    .filter((link) => link.sourceFrameId === menu && link.destinationFrameId === target)
    .map((link) => link.sourceNodeId));
  // An entry is a row of a list; a button ("Next", filled or not) moves a form or a wizard on.
  const labels = texts.filter((text) => text.words <= ENTRY_WORDS && !looksLikeButton(context.index, text)
    && !context.lexicon.phrases.forwardAction.isWhole(text.text)
    && isOrUnder(context.index, text, ENTRY_DEPTH, (nodeId) => sources.has(nodeId)));
  for (const label of labels) {
    const column = texts.filter((text) => text.words <= ENTRY_WORDS && Math.abs(text.node.x - label.node.x) <= COLUMN_TOLERANCE);
    if (column.length >= MIN_ENTRIES) return label;
  }
  return null;
}

/** The sub-menu entry the connect screen is opened from on the flow's path, or null when it is in plain sight. */
export function subMenuEntry(context: DetectorContext): IndexedNode | null {
  const path = context.flow.pathToConnect;
  if (path.length < 2) return null;
  return entryIn(context, path[path.length - 2]!, path[path.length - 1]!);
}
