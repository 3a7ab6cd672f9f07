/** Connection management (docs/checklist.md, area 5). */
import type { DetectorContext } from '../context';
import { asksToConnect, listsPlatforms, platformNamesIn, textsIn } from '../context';
import { framesOpenedFrom } from '../flow-reach';
import { detector, enoughForEvidence, frameName, quoted } from '../evidence';
import { hasRole, isClickable, sameRow, underHeader } from '../structure';
import type { IndexedNode } from '../snapshot-index';
import { filterSteps } from '../steps';
import { onPlatformRow } from './platform';

const MAX_CONTROL_WORDS = 4;
const MAX_STATE_WORDS = 10;
/** A date printed on the same row as "Last synced" belongs to it. */
const SAME_ROW = 24;
const MAX_HEADER_WORDS = 3;
const MAX_REFRESH_WORDS = 6;

export const viewLive = detector('connection.view-live', function* (context, verdict) {
  const { patterns } = context.lexicon;
  for (const frame of context.scopeFrames) {
    const platforms = platformNamesIn(context, frame.id);
    if (platforms.length === 0) continue;
    const { meter } = context;
    const texts = textsIn(context, frame.id);
    const dated = yield* filterSteps(meter, texts, (node) => patterns.date.test(node.raw));
    const syncLines = yield* filterSteps(meter, texts,
      (node) => patterns.syncWording.test(node.raw)
        && (patterns.date.test(node.raw) || dated.some((date) => sameRow(date, node, SAME_ROW))),
    );
    if (syncLines.length > 0) {
      return verdict.found(`${frameName(frame.name)} lists connections with sync details, e.g. ${quoted(platforms[0]!)}: ${quoted(syncLines[0]!)}.`, [platforms[0]!, ...syncLines]);
    }
    // A table says it once: a "Last synced" column header over the dates of each row.
    const headers = yield* filterSteps(meter, texts, (node) => node.words <= MAX_HEADER_WORDS && patterns.syncWording.test(node.raw) && !patterns.date.test(node.raw));
    for (const header of headers) {
      const cell = dated.find((date) => underHeader(header, date) && platforms.some((name) => sameRow(name, date, SAME_ROW)));
      if (cell) {
        return verdict.found(`${frameName(frame.name)} lists connections in a table with a ${quoted(header)} column, e.g. ${quoted(platforms[0]!)}: ${quoted(cell)}.`, [platforms[0]!, header, cell]);
      }
    }
  }
  return verdict.missing('No view lists the live connections with their sync dates.');
});

function shortTexts(context: DetectorContext, matches: (node: IndexedNode) => boolean) {
  return filterSteps(context.meter, context.texts, (node) => node.words <= MAX_CONTROL_WORDS && matches(node), enoughForEvidence());
}

/** A status line ("Connected", "Syncing") on the same row: the row is a connection. */
function onConnectionRow(context: DetectorContext, node: IndexedNode): boolean {
  if (onPlatformRow(context, node)) return true;
  return textsIn(context, node.frame.id).some((other) => other !== node && other.words <= MAX_CONTROL_WORDS
    && context.lexicon.patterns.connectionStatus.test(other.raw) && sameRow(other, node, 32));
}

/** A row that names something connected that is not the customer's software ("Spotify", "Apple Watch"). */
function onOtherKindOfRow(context: DetectorContext, node: IndexedNode): boolean {
  const { phrases } = context.lexicon;
  return textsIn(context, node.frame.id).some((other) => other !== node && other.words <= MAX_CONTROL_WORDS
    && phrases.notConnectable.test(other.text) && !context.lexicon.anyPlatform.test(other.text) && sameRow(other, node, 32));
}

export const deleteConnection = detector('connection.delete', function* (context, verdict) {
  const { phrases } = context.lexicon;
  // "Delete account" closes the customer's account; a bare "Remove" counts only on a connection's row;
  // "Disconnect" beside Spotify unlinks a music account, not the customer's books.
  const controls = yield* shortTexts(context, (node) => !phrases.notConnectionDelete.test(node.text)
    && (phrases.deleteControl.test(node.text) || (phrases.rowDelete.isWhole(node.text) && onConnectionRow(context, node)))
    && !onOtherKindOfRow(context, node));
  if (controls.length === 0) return verdict.missing('No control to disconnect or revoke a connection was found.');
  return verdict.found(`A connection can be removed: ${quoted(controls[0]!)}.`, controls);
});

export const refresh = detector('connection.refresh', function* (context, verdict) {
  const { index, lexicon, meter } = context;
  // "Sync now" is the whole label; "Re-check for new pay runs" starts with what it does.
  // "Syncing…" reads as "sync" once stemmed: a state in progress is not the control that starts one.
  const labelled = yield* filterSteps(meter, context.texts, (node) => !lexicon.patterns.syncing.test(node.raw)
    && ((node.words <= MAX_CONTROL_WORDS && lexicon.phrases.refreshControl.isWhole(node.text))
    || (node.words <= MAX_REFRESH_WORDS && lexicon.phrases.refreshStart.startsWith(node.text))) && listsPlatforms(context, node.frame.id), enoughForEvidence());
  if (labelled.length > 0) return verdict.found(`Data can be refreshed on demand: ${quoted(labelled[0]!)}.`, labelled);
  const icons = yield* filterSteps(meter, index.nodes, (node) => node.words === 0 && context.scope.has(node.frame.id)
    && hasRole(lexicon, node, 'refreshIcon') && isClickable(lexicon, index, node) && onPlatformRow(context, node));
  if (icons.length > 0) return verdict.manual(`An icon named ${quoted(icons[0]!)} sits on a connection's row without a label: check it refreshes the data.`, icons);
  return verdict.missing('No refresh or sync-now control was found beside the connections.');
});

const ELLIPSIS = /(?:…|\.\.\.)/;


export const syncingIndicator = detector('connection.syncing-indicator', function* (context, verdict) {
  const { lexicon, meter } = context;
  // "Thrive will stop importing from Gusto" warns what disconnecting does; it shows no sync.
  // A state with an ellipsis ("Importing pay history…") on a screen that connecting opens is a sync in progress.
  const opened = framesOpenedFrom(context, (frameId) => asksToConnect(context, frameId));
  const texts = [...context.texts];
  for (const frameId of opened) if (!context.scope.has(frameId)) texts.push(...textsIn(context, frameId));
  const worded = yield* filterSteps(meter, texts, (node) => node.words <= MAX_STATE_WORDS
    && lexicon.patterns.syncing.test(node.raw.split(lexicon.patterns.negatedDirection).join(' '))
    && (listsPlatforms(context, node.frame.id) || lexicon.phrases.connectObject.test(node.text) || lexicon.phrases.dataCategory.test(node.text)
      || (ELLIPSIS.test(node.raw) && opened.has(node.frame.id))), enoughForEvidence());
  if (worded.length > 0) return verdict.found(`Syncing is shown: ${quoted(worded[0]!)}.`, worded);
  const spinners = yield* filterSteps(meter, context.index.nodes, (node) => node.words === 0 && context.scope.has(node.frame.id)
    && hasRole(lexicon, node, 'spinner') && onPlatformRow(context, node));
  if (spinners.length > 0) return verdict.manual(`A layer named ${quoted(spinners[0]!)} sits on a connection's row without words: check it shows syncing.`, spinners);
  return verdict.missing('No "Syncing…" state was shown beside a connection.');
});

export const CONNECTION_DETECTORS = [viewLive, deleteConnection, refresh, syncingIndicator];
