/** The value exchange: why connecting pays off (docs/checklist.md, area 2). */
import { drawsAppNavigation } from '../app-navigation';
import { readsAsConnectLabel } from '../connect-cta';
import { asksToConnect, listsPlatforms, readsAsEmail, textsIn, type DetectorContext } from '../context';
import { framesOpenedFrom } from '../flow-reach';
import { detector, enoughForEvidence, frameName, quoted } from '../evidence';
import { hasRole, looksLikeButton } from '../structure';
import { isOrUnder, textsOfFrame, type IndexedNode } from '../snapshot-index';
import { filterSteps, someSteps } from '../steps';
import { normaliseText } from '../text/normalise';

const MAX_LINK_WORDS = 12;
/** How many layers up a call to action's link may sit from its label. */
const CTA_DEPTH = 3;

/**
 * Where the customer decides to connect: each screen with a connect call to action, then the
 * screens their calls to action open to explain the ask before going on ("Why link", with one "Get started"
 * button): the explainer's main button is the next step.
 */
function decisionPoints(context: DetectorContext): Array<[string, IndexedNode[]]> {
  const points: Array<[string, IndexedNode[]]> = [...context.ctas];
  const seen = new Set<string>(context.ctas.keys());
  for (const link of context.index.snapshot.links) {
    const target = link.destinationFrameId;
    const ctas = context.ctas.get(link.sourceFrameId);
    if (!ctas || seen.has(target) || !ctas.some((cta) => isOrUnder(context.index, cta, CTA_DEPTH, (nodeId) => nodeId === link.sourceNodeId))) continue;
    seen.add(target);
    const button = textsIn(context, target).find((node) => looksLikeButton(context.index, node));
    if (button) points.push([target, [button]]);
  }
  return points;
}

const SENTENCE_END = /[.!?]\s+(?=\S)/;

/**
 * The first value line and data-use line that say two things: different lines (bullets of one
 * text count as lines), or different sentences of one paragraph. One sentence that promises
 * something and mentions the data ("Link a bank and we'll pull the payment automatically") does not.
 */
function pairOfDistinct(context: DetectorContext, value: readonly IndexedNode[], dataUse: readonly IndexedNode[]): [IndexedNode, IndexedNode] | null {
  for (const promise of value) {
    const use = dataUse.find((line) => line !== promise || twoSentences(context, line));
    if (use) return [promise, use];
  }
  return null;
}

function twoSentences(context: DetectorContext, line: IndexedNode): boolean {
  const sentences = line.raw.split(SENTENCE_END);
  if (sentences.length < 2) return false;
  const read = sentences.map((raw) => ({ raw, text: context.lexicon.forms(normaliseText(raw)) }));
  return read.some((promise, at) => saysValue(context, promise.text, promise.raw)
    && read.some((use, other) => other !== at && saysDataUse(context, use.text, use.raw)));
}

/** A benefit is named ("insights", "no paperwork"), promised as speed ("cash in 24h"), or the chore that goes away ("No retyping"). */
function saysValue(context: DetectorContext, text: string, raw: string): boolean {
  const { phrases, patterns } = context.lexicon;
  return phrases.value.test(text) || patterns.speedPromise.test(raw) || patterns.choreGone.test(raw);
}

/** "We use…", "We read your invoices from Xero", an assistant's "I'll only read…". */
function saysDataUse(context: DetectorContext, text: string, raw: string): boolean {
  const { phrases, patterns } = context.lexicon;
  return phrases.dataUse.test(text) || patterns.dataFromSource.test(raw) || patterns.weRead.test(raw);
}

const MIN_VALUE_WORDS = 2;

export const threePart = detector('value.three-part', function* (context, verdict) {
  const { meter } = context;
  let best: { name: string; missing: string[] } | null = null;
  for (const [frameId, ctas] of decisionPoints(context)) {
    const texts = textsIn(context, frameId);
    // A one-word label ("Insights" in a tab bar) names a place, not what the customer gains.
    const value = yield* filterSteps(meter, texts, (node) => node.words >= MIN_VALUE_WORDS && saysValue(context, node.text, node.raw), enoughForEvidence());
    const dataUse = yield* filterSteps(meter, texts, (node) => saysDataUse(context, node.text, node.raw), enoughForEvidence());
    const name = context.index.framesById.get(frameId)?.name ?? frameId;
    // Two statements at least: one line that promises something and mentions the data says neither fully.
    const pair = pairOfDistinct(context, value, dataUse);
    if (pair) {
      return verdict.found(
        `${frameName(name)} states the value (${quoted(pair[0])}), how the data is used (${quoted(pair[1])}) and the next step (${quoted(ctas[0]!)}).`,
        [pair[0], pair[1], ctas[0]!],
      );
    }
    const missing = value.length > 0 && dataUse.length > 0
      ? ['the value and how the data is used in separate words (one line does both jobs)']
      : [value.length === 0 ? 'the value to the customer' : null, dataUse.length === 0 ? 'how their data is used' : null]
        .filter((part): part is string => part !== null);
    if (!best || missing.length < best.missing.length) best = { name, missing };
  }
  if (!best) return verdict.missing('No screen has a connect call to action to anchor the value message.');
  return verdict.missing(`The connect screen ${frameName(best.name)} does not say ${best.missing.join(' or ')}.`);
});

/** A frame's title: its largest text (the first text when sizes are unknown). */
function titleOf(texts: readonly IndexedNode[]): IndexedNode | undefined {
  let title: IndexedNode | undefined;
  for (const text of texts) if (!title || (text.node.fontSize ?? 0) > (title.node.fontSize ?? 0)) title = text;
  return title;
}

function readsAsSettings(context: DetectorContext, frameName: string, title: IndexedNode | undefined): boolean {
  const { settingsScreen, navEntry } = context.lexicon.phrases;
  return [frameName, title?.text ?? ' '].some((words) => settingsScreen.test(words) || navEntry.test(words));
}

export const contextualCtas = detector('value.contextual-ctas', function* (context, verdict) {
  const { index, lexicon, meter } = context;
  const featureFrames = [];
  for (const frame of index.snapshot.frames) {
    const name = index.frameNames.get(frame.id) ?? ' ';
    // The flow's first connect prompt is the onboarding's own ask even on a screen named "Home": there,
    // only a chart makes the ask contextual (an empty chart that connecting would fill).
    const firstAsk = frame.id === context.flow.connectFrameId;
    if ((!firstAsk && lexicon.phrases.featureScreen.test(name))
      || (yield* someSteps(meter, index.byFrame.get(frame.id) ?? [], (node) => hasRole(lexicon, node, 'chart')))) featureFrames.push(frame);
    // A screen with the app's own navigation (tab bar, sidebar) is inside the app, unless it is settings or
    // the connections page (by its name or title), or the flow's first connect prompt (the onboarding's own ask).
    // Drawn navigation is looked for only where there is an ask to find: it is the costlier test.
    else if (!firstAsk && !readsAsSettings(context, name, titleOf(textsIn(context, frame.id)))
      && ((yield* someSteps(meter, index.byFrame.get(frame.id) ?? [], (node) => hasRole(lexicon, node, 'appNavigation')))
        || (context.ctas.has(frame.id) && drawsAppNavigation(frame, textsIn(context, frame.id), index.byFrame.get(frame.id) ?? [])))) featureFrames.push(frame);
  }
  for (const frame of featureFrames) {
    // An email's button is not the app's interface.
    if (yield* readsAsEmail(context, frame.id)) continue;
    // "Connect another bank" manages connections made already; a contextual prompt is a first ask inside a feature.
    // A platform's card on a page that lists connections opens it; only worded asks count here.
    const ctas = (context.ctas.get(frame.id) ?? []).filter((cta) => !lexicon.phrases.addAnother.test(cta.text) && readsAsConnectLabel(lexicon, cta) !== null);
    if (ctas.length > 0) {
      return verdict.found(`The feature screen ${frameName(frame.name)} asks to connect where the data pays off (${quoted(ctas[0]!)}).`, ctas);
    }
  }
  // When the prototype shows where the onboarding asks to connect, a worded ask on another screen, away from
  // that flow (not on the way to the first ask, not a screen an ask opens, not settings, a platform list or an
  // email), sits inside a feature.
  const flowScreens = new Set(context.flow.pathToConnect);
  if (context.flow.connectFrameId !== null) flowScreens.add(context.flow.connectFrameId);
  const opened = framesOpenedFrom(context, (frameId) => context.ctas.has(frameId) || flowScreens.has(frameId));
  const flowKnown = context.flow.hasLinks && context.flow.connectFrameId !== null;
  for (const [frameId, found] of flowKnown ? context.ctas : []) {
    if (flowScreens.has(frameId) || opened.has(frameId) || listsPlatforms(context, frameId)) continue;
    const frame = index.framesById.get(frameId)!;
    if (readsAsSettings(context, index.frameNames.get(frameId) ?? ' ', titleOf(textsIn(context, frameId))) || (yield* readsAsEmail(context, frameId))) continue;
    // It names what to connect ("Link a bank for autopay"): a bare "Connect" there may be a platform's own page.
    const ctas = found.filter((cta) => !lexicon.phrases.addAnother.test(cta.text) && readsAsConnectLabel(lexicon, cta) === 'named');
    if (ctas.length > 0) return verdict.found(`${frameName(frame.name)}, away from the onboarding's connect steps, asks to connect where the data is used (${quoted(ctas[0]!)}).`, ctas);
  }
  if (featureFrames.length === 0) {
    return verdict.manual('No feature screens (dashboards, insights, charts) are among these frames: check the app screens for connect prompts.');
  }
  return verdict.missing(`None of the feature screens (${featureFrames.map((frame) => frameName(frame.name)).slice(0, 3).join(', ')}) asks to connect.`);
});

/** A short question a link may carry ("Why link?"), and how many questions make a screen of questions and answers. */
const QUESTION_LINK_WORDS = 6;
const FAQ_MIN_QUESTIONS = 3;

const QUESTION_END = /\?\s*$/;
const isQuestion = (node: IndexedNode): boolean => QUESTION_END.test(node.raw);

/**
 * A short question whose link opens a screen of questions and answers: an FAQ that never says
 * "FAQ" ("Why link?" opening "Will it save time?", "Does it change my rota?"…).
 */
function opensQuestions(context: DetectorContext, node: IndexedNode): boolean {
  if (node.words > QUESTION_LINK_WORDS || !isQuestion(node)) return false;
  return context.index.snapshot.links.some((link) => link.sourceFrameId === node.frame.id
    && link.destinationFrameId !== node.frame.id
    && isOrUnder(context.index, node, CTA_DEPTH, (nodeId) => nodeId === link.sourceNodeId)
    && textsOfFrame(context.index, link.destinationFrameId).filter(isQuestion).length >= FAQ_MIN_QUESTIONS);
}

export const faqLink = detector('value.faq-link', function* (context, verdict) {
  const { phrases } = context.lexicon;
  const { meter } = context;
  const links = yield* filterSteps(meter, context.texts, (node) => node.words <= MAX_LINK_WORDS
    && (phrases.faq.test(node.text) || opensQuestions(context, node)));
  const nearValue = [];
  for (const link of links) {
    if (context.ctas.has(link.frame.id)
      || (yield* someSteps(meter, textsIn(context, link.frame.id), (node) => saysValue(context, node.text, node.raw)))) nearValue.push(link);
  }
  if (nearValue.length > 0) return verdict.found(`A learn-more link sits by the value message: ${quoted(nearValue[0]!)}.`, nearValue);
  if (links.length > 0) return verdict.missing(`${quoted(links[0]!)} is not on a screen that explains the value of connecting.`, links);
  return verdict.missing('No FAQ or "want to know more?" link was found in the connect flow.');
});

const SEGMENT_MAX_HEIGHT = 10;
const SEGMENT_MIN_WIDTH = 16;
const MIN_SEGMENTS = 3;
/** How far below a segment (px) its step label may start. */
const SEGMENT_LABEL_REACH = 16;

/**
 * A stepper drawn as a row of thin bars of one size, at least one of them in a brand colour
 * when paint is known: the usual "step 2 of 4" bar without the words.
 */
function segmentedBar(nodes: readonly IndexedNode[]): IndexedNode[] {
  const rows = new Map<string, IndexedNode[]>();
  for (const node of nodes) {
    const { type, height, width, y } = node.node;
    if (type !== 'RECTANGLE' && type !== 'FRAME' && type !== 'INSTANCE') continue;
    if (height > SEGMENT_MAX_HEIGHT || height < 2 || width < SEGMENT_MIN_WIDTH || node.node.fill === 'image' || node.node.fill === 'none') continue;
    const key = `${Math.round(y / 2)}:${height}`;
    const row = rows.get(key);
    if (row) row.push(node);
    else rows.set(key, [node]);
  }
  for (const row of rows.values()) {
    if (row.length < MIN_SEGMENTS) continue;
    const widths = row.map((bar) => bar.node.width);
    const even = Math.max(...widths) <= Math.min(...widths) * 1.25;
    const apart = row.every((bar, at) => at === 0 || bar.node.x >= row[at - 1]!.node.x + row[at - 1]!.node.width);
    const painted = row.some((bar) => bar.node.fill !== undefined);
    if (even && apart && (!painted || row.some((bar) => bar.node.accent === true))) return row;
  }
  return [];
}

const TRACK_MIN_WIDTH = 60;
const PERCENT = /\b\d{1,3}\s*%/;
const PROGRESS_WORD = /\bprogress\b/i;

/**
 * A bar drawn as a track and a shorter fill from the same start ("Switch progress ▬▬▭▭ 40%"),
 * labelled by a percentage or the word progress beside it in the same group.
 */
function filledBar(context: DetectorContext, nodes: readonly IndexedNode[]): { fill: IndexedNode; label: IndexedNode } | null {
  const thin = nodes.filter((node) => (node.node.type === 'RECTANGLE' || node.node.type === 'FRAME')
    && node.node.height >= 2 && node.node.height <= SEGMENT_MAX_HEIGHT && node.node.fill !== 'image' && node.node.fill !== 'none');
  for (const track of thin) {
    if (track.node.width < TRACK_MIN_WIDTH) continue;
    const fill = thin.find((other) => other !== track && Math.abs(other.node.x - track.node.x) <= 1 && Math.abs(other.node.y - track.node.y) <= 1
      && Math.abs(other.node.height - track.node.height) <= 1 && other.node.width > 0 && other.node.width < track.node.width - 1);
    if (!fill) continue;
    const label = textsIn(context, track.frame.id).find((text) => text.node.parentId === track.node.parentId && (PERCENT.test(text.raw) || PROGRESS_WORD.test(text.raw)));
    if (label) return { fill, label };
  }
  return null;
}

export const progressMeter = detector('value.progress-meter', function* (context, verdict) {
  const { lexicon, meter } = context;
  // "Step 1 of 2" on a company form counts the form's pages; a count counts here when it is about
  // connecting, or sits where connecting happens. "Syncing… 1,412 of 3,980" is a sync, not a meter.
  const aboutConnecting = (node: IndexedNode) => lexicon.phrases.connectVerb.test(node.text) || lexicon.phrases.connectObject.test(node.text)
    || asksToConnect(context, node.frame.id);
  // A meter titled "… strength" (not a password's) where the customer connects grows with each source.
  const worded = yield* filterSteps(meter, context.texts, (node) => lexicon.phrases.progress.test(node.text)
    || (lexicon.patterns.strengthMeter.test(node.raw) && asksToConnect(context, node.frame.id))
    || (lexicon.patterns.progressCount.test(node.raw) && !lexicon.patterns.syncing.test(node.raw) && aboutConnecting(node)), enoughForEvidence());
  if (worded.length > 0) return verdict.found(`Progress is shown: ${quoted(worded[0]!)}.`, worded);
  for (const frame of context.scopeFrames) {
    const segments = segmentedBar(context.index.byFrame.get(frame.id) ?? []);
    if (segments.length > 0) {
      const labels = textsIn(context, frame.id).filter((text) => segments.some((bar) => Math.abs(text.node.y - (bar.node.y + bar.node.height)) <= SEGMENT_LABEL_REACH
        && text.node.x >= bar.node.x - 2 && text.node.x <= bar.node.x + bar.node.width));
      return verdict.found(`${frameName(frame.name)} draws a ${segments.length}-step progress bar${labels.length > 0 ? ` (${labels.map(quoted).join(', ')})` : ''}.`, labels.length > 0 ? labels : segments);
    }
  }
  for (const frame of context.scopeFrames) {
    const bar = filledBar(context, context.index.byFrame.get(frame.id) ?? []);
    if (bar) return verdict.found(`${frameName(frame.name)} draws a progress bar filled part way, labelled ${quoted(bar.label)}.`, [bar.label]);
  }
  const drawn = yield* filterSteps(meter, context.index.nodes, (node) => node.words === 0 && context.scope.has(node.frame.id) && hasRole(lexicon, node, 'progress'));
  if (drawn.length > 0) return verdict.manual(`A layer named like a progress bar (${quoted(drawn[0]!)}) is drawn without words: check it measures connecting.`, drawn);
  return verdict.missing('No progress bar, step counter or strength meter was found in the connect flow.');
});

export const VALUE_DETECTORS = [threePart, contextualCtas, faqLink, progressMeter];
