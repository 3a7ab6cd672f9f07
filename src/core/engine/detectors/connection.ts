import type { ItemFinding } from '../../model/findings';
import type { DetectorContext } from '../context';
import { platformsIn, textNodes } from '../context';
import { evidenceList, finding, quoted } from '../evidence';
import { hasRole, isClickable, verticalGap } from '../structure';
import type { IndexedNode } from '../snapshot-index';
import { filterSteps, type Steps } from '../steps';

const MAX_CONTROL_WORDS = 4;
const MAX_STATE_WORDS = 5;
/** A date printed on the same row as "Last synced" belongs to it. */
const SAME_ROW = 24;

export function* viewLive(context: DetectorContext): Steps<ItemFinding> {
  const { phrases, patterns } = context.lexicon;
  for (const frame of context.index.snapshot.frames) {
    const platforms = platformsIn(context, frame.id);
    if (platforms.length === 0) continue;
    const { meter } = context;
    const texts = yield* filterSteps(meter, context.index.byFrame.get(frame.id) ?? [], (node) => node.words > 0);
    const dated = yield* filterSteps(meter, texts, (node) => patterns.date.test(node.node.text ?? ''));
    const syncLines = yield* filterSteps(meter, texts,
      (node) => phrases.syncWording.test(node.text)
        && (patterns.date.test(node.node.text ?? '') || dated.some((date) => verticalGap(date, node) <= SAME_ROW)),
    );
    if (syncLines.length > 0) {
      return finding('connection.view-live', 'found',
        `"${frame.name}" lists connections with sync details, e.g. ${quoted(platforms[0]!.node)}: ${quoted(syncLines[0]!)}.`,
        evidenceList([platforms[0]!.node, ...syncLines]));
    }
  }
  return finding('connection.view-live', 'missing', 'No view lists the live connections with their sync dates.');
}

function shortControls(context: DetectorContext, matches: (node: IndexedNode) => boolean): Steps<IndexedNode[]> {
  return filterSteps(context.meter, textNodes(context), (node) => node.words <= MAX_CONTROL_WORDS && matches(node));
}

export function* deleteConnection(context: DetectorContext): Steps<ItemFinding> {
  const controls = yield* shortControls(context, (node) => context.lexicon.phrases.deleteControl.test(node.text));
  if (controls.length === 0) return finding('connection.delete', 'missing', 'No control to disconnect or revoke a connection was found.');
  return finding('connection.delete', 'found', `A connection can be removed: ${quoted(controls[0]!)}.`, evidenceList(controls));
}

export function* refresh(context: DetectorContext): Steps<ItemFinding> {
  const { index, lexicon, meter } = context;
  const labelled = yield* shortControls(context, (node) => lexicon.phrases.refreshControl.test(node.text));
  const icons = yield* filterSteps(meter, index.nodes, (node) => node.words === 0 && hasRole(node, 'refreshIcon') && isClickable(index, node));
  const controls = [...labelled, ...icons];
  if (controls.length === 0) return finding('connection.refresh', 'missing', 'No refresh or sync-now control was found.');
  return finding('connection.refresh', 'found', `Data can be refreshed on demand: ${quoted(controls[0]!)}.`, evidenceList(controls));
}

export function* syncingIndicator(context: DetectorContext): Steps<ItemFinding> {
  const { lexicon, meter } = context;
  const indicators = yield* filterSteps(meter, context.index.nodes, (node) =>
    node.words > 0 ? node.words <= MAX_STATE_WORDS && lexicon.phrases.syncing.test(node.text) : hasRole(node, 'spinner'));
  if (indicators.length === 0) return finding('connection.syncing-indicator', 'missing', 'No spinner or "Syncing…" state was found.');
  return finding('connection.syncing-indicator', 'found', `Syncing is shown: ${quoted(indicators[0]!)}.`, evidenceList(indicators));
}
