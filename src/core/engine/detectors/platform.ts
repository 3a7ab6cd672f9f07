/** Platform selection (docs/checklist.md, area 4). */
import type { DetectorContext } from '../context';
import { asksToConnect, listsPlatforms, platformNameOnRow, platformNamesIn, platformsIn, textsIn } from '../context';
import { detector, enoughForEvidence, frameName, quoted } from '../evidence';
import { framesOpenedFrom } from '../flow-reach';
import { ancestorsOf, childrenOf, isOrUnder, wholeText, type IndexedNode } from '../snapshot-index';
import { hasRole, isClickable, roleNearby } from '../structure';
import { eachSteps, filterSteps } from '../steps';
import { SHAPE_TYPES } from '../../model/snapshot';
import { normaliseText } from '../text/normalise';

const MAX_HEADING_WORDS = 4;
const MAX_CONTROL_WORDS = 8;
/** A link may ask a short question before its action. */
const MAX_LINK_WORDS = 14;
const MAX_STATUS_WORDS = 4;
const MIN_PLATFORMS_UNDER_SEARCH = 2;
const MAX_LABEL_WORDS = 5;
const WEB_ADDRESS = /(?:^|\s)(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?(?:\s|$)/;
const FIELD_MIN_WIDTH = 160;
const FIELD_MIN_HEIGHT = 24;
const FIELD_MAX_HEIGHT = 72;

const MIN_EXPLANATION_WORDS = 4;

export const explainRedirect = detector('platform.explain-redirect', function* (context, verdict) {
  const { phrases, patterns } = context.lexicon;
  const mentionNodes = new Set(context.platforms.map((mention) => mention.node.node.id));
  // Where the customer connects: a screen that asks, or one its prompt opens. Signing in to Amazon
  // for a voice assistant is explained on a screen with no ask of the customer's.
  const opened = framesOpenedFrom(context, (frameId) => context.ctas.has(frameId));
  const connecting = (frameId: string) => context.ctas.has(frameId) || opened.has(frameId) || (listsPlatforms(context, frameId) && context.flow.connectFrameId !== null);
  // The way back is worded many ways ("we'll bring you straight back", "Xero sends you back here").
  const explanations = yield* filterSteps(context.meter, context.texts,
    // A numbered list says it in parts ("1 Mindbody opens in a new tab 2 Sign in… 3 You land back here"): the sign-in may be in another part.
    // An explanation is a sentence: "Return to authorisation" is a button back to a step.
    (node) => node.words >= MIN_EXPLANATION_WORDS && (phrases.redirect.test(node.text) || patterns.returnTrip.test(node.raw))
      && (phrases.signIn.test(node.text) || mentionNodes.has(node.node.id) || (node.part === true && phrases.signIn.test(wholeText(context.index, node).text)))
      && connecting(node.frame.id),
    enoughForEvidence(),
  );
  if (explanations.length === 0) return verdict.missing('Nothing explains that the customer will sign in on the platform\'s site and come back.');
  return verdict.found(`The redirect is explained: ${quoted(explanations[0]!)}.`, explanations);
});

/** The usual type size of some texts (their median), when the file says. */
function typeSize(texts: readonly IndexedNode[]): number | null {
  const sizes = texts.map((text) => text.node.fontSize).filter((size): size is number => size !== undefined).sort((a, b) => a - b);
  return sizes.length === 0 ? null : sizes[Math.floor(sizes.length / 2)]!;
}

/** A heading's words without a trailing aside: "Bank feeds (Open Banking)" is headed "Bank feeds". */
function headingWords(context: DetectorContext, node: IndexedNode): string {
  const bare = node.raw.replace(/\s*\([^)]*\)\s*$/, '');
  return bare === node.raw || bare === '' ? node.text : context.lexicon.forms(normaliseText(bare));
}

/** How far right of its heading's left edge a card may start and still sit in its column. */
const COLUMN_SLACK = 48;

/**
 * Headings worded the app's own way ("Where you sell", "Where you invoice"): short texts set
 * larger than the platform names, each the nearest one above its platforms, whose platforms are
 * of different kinds under different headings. Known platforms only: their kind is what tells
 * the groups apart.
 */
function headingsByLayout(context: DetectorContext, frameId: string, nameSize: number | null): IndexedNode[] {
  const mentions = platformsIn(context, frameId);
  if (mentions.length < 2 || nameSize === null) return [];
  const named = new Set(mentions.map((mention) => mention.node));
  const candidates = textsIn(context, frameId).filter((node) => node.words <= MAX_HEADING_WORDS && !named.has(node)
    && node.node.fontSize !== undefined && node.node.fontSize > nameSize && !context.lexicon.anyPlatform.test(node.text));
  const kindsByHeading = new Map<IndexedNode, Set<string>>();
  for (const mention of mentions) {
    const { x, y } = mention.node.node;
    let nearest: IndexedNode | undefined;
    for (const heading of candidates) {
      const inColumn = heading.node.x <= x + COLUMN_SLACK && x < heading.node.x + Math.max(heading.node.width, 1) + COLUMN_SLACK * 4;
      if (heading.node.y >= y || !inColumn) continue;
      if (!nearest || heading.node.y > nearest.node.y) nearest = heading;
    }
    if (!nearest) continue;
    const kinds = kindsByHeading.get(nearest) ?? new Set<string>();
    kinds.add(mention.platform.category);
    kindsByHeading.set(nearest, kinds);
  }
  // Each heading holds one kind, and the kinds differ: the grouping is by kind, not a title over all.
  const single = [...kindsByHeading].filter(([, kinds]) => kinds.size === 1);
  const kinds = new Set(single.map(([, kinds]) => [...kinds][0]!));
  return single.length >= 2 && kinds.size >= 2 ? single.map(([heading]) => heading) : [];
}

/** Words short enough for a kind's name ("Rota & dispatch", "Books"), not a sentence or a call to action. */
const KIND_NAME_WORDS = 3;
const SENTENCE_MARK = /[.?!:…]\s*$/;
const MAX_HEADING_REPEATS = 1;

/** A short name of a kind of software the customer connects, worded the app's own way. */
function namesKind(context: DetectorContext, node: IndexedNode, heading: string): boolean {
  const { lexicon } = context;
  return node.words <= KIND_NAME_WORDS && !SENTENCE_MARK.test(node.raw) && lexicon.phrases.connectObject.test(heading)
    && !lexicon.phrases.connectVerb.test(heading) && !lexicon.anyPlatform.test(heading) && !isClickable(lexicon, context.index, node);
}

/** The headings that are the nearest one above some name. */
function nearestAbove(names: readonly IndexedNode[], headings: readonly IndexedNode[]): Set<IndexedNode> {
  const nearest = new Set<IndexedNode>();
  for (const name of names) {
    const { x, y } = name.node;
    let best: IndexedNode | undefined;
    for (const heading of headings) {
      // A heading heads the rows below it, as far right as they run.
      if (heading.node.y >= y || heading.node.x > x + COLUMN_SLACK) continue;
      if (!best || heading.node.y > best.node.y) best = heading;
    }
    if (best) nearest.add(best);
  }
  return nearest;
}

/** How far apart (px) two headings' left edges may be and still start the same column. */
const HEADING_ALIGN = 4;

/**
 * A second heading known by its style: set at the known category heading's size, on its left
 * edge, and the nearest heading above platforms of its own ("Dispensing (PMR)" after "Accounting").
 */
function styledLikeHeading(context: DetectorContext, known: IndexedNode, texts: readonly IndexedNode[], names: readonly IndexedNode[]): IndexedNode | null {
  const size = known.node.fontSize;
  if (size === undefined) return null;
  const named = new Set(names);
  const alike = texts.filter((node) => node !== known && !named.has(node) && node.node.fontSize === size && node.words > 0 && node.words <= MAX_HEADING_WORDS
    && Math.abs(node.node.x - known.node.x) <= HEADING_ALIGN && !SENTENCE_MARK.test(node.raw) && !context.lexicon.anyPlatform.test(node.text));
  const nearest = nearestAbove(names, [known, ...alike]);
  return alike.find((node) => nearest.has(node)) ?? null;
}

export const groupedCategories = detector('platform.grouped-categories', function* (context, verdict) {
  if (context.platforms.length === 0 && context.logoLabels.size === 0) return verdict.missing('No platform list was found to group.');
  let bestCount = 0;
  for (const frame of context.scopeFrames) {
    const names = platformNamesIn(context, frame.id);
    if (names.length === 0) continue;
    // Keyed by the heading's words: "Bookkeeping" and "Payroll" are two groups though both are
    // accounting to the lexicon.
    const headings = new Map<string, IndexedNode>();
    const nameSize = typeSize(names);
    const texts = textsIn(context, frame.id);
    // A word repeated on every row ("Accounting", "Bank feed" in a Type column) labels rows; a heading is said
    // once at its size (the same word may tag each card in smaller type).
    const seen = new Map<string, number>();
    const sized = (node: IndexedNode) => `${node.text}|${node.node.fontSize ?? ''}`;
    for (const text of texts) seen.set(sized(text), (seen.get(sized(text)) ?? 0) + 1);
    const kindNames: IndexedNode[] = [];
    yield* eachSteps(context.meter, texts, (node) => {
      if (node.words > MAX_HEADING_WORDS || (seen.get(sized(node)) ?? 0) > MAX_HEADING_REPEATS) return;
      // A heading is set at least as large as the names it groups; a smaller word is a tag on a card.
      if (nameSize !== null && node.node.fontSize !== undefined && node.node.fontSize < nameSize) return;
      const heading = headingWords(context, node);
      if (headings.has(heading)) return;
      if (!context.lexicon.categories.some((entry) => entry.heading.isWhole(heading))) {
        if (namesKind(context, node, heading)) kindNames.push(node);
        return;
      }
      // A heading groups something only when cards sit below it; the first group must hold a known platform.
      if (headings.size > 0 || names.some((name) => name.node.y > node.node.y)) headings.set(heading, node);
    });
    // A kind named the app's own way ("Rota & dispatch", "Books") heads a group only when it is the
    // nearest heading above a platform's name.
    // A text read both ways (a logo's label "Search 40+ platforms") is not a name under a heading.
    const candidates = [...headings.values(), ...kindNames];
    for (const node of nearestAbove(names.filter((name) => !candidates.includes(name)), candidates)) {
      if (kindNames.includes(node)) headings.set(headingWords(context, node), node);
    }
    // Only a heading the lexicon knows vouches for the style; a kind named the app's way might be a form's label.
    if (headings.size === 1 && kindNames.every((node) => !headings.has(headingWords(context, node)))) {
      const styled = styledLikeHeading(context, [...headings.values()][0]!, texts, names);
      if (styled) headings.set(headingWords(context, styled), styled);
    }
    if (headings.size >= 2) {
      return verdict.found(`${frameName(frame.name)} groups platforms under ${[...headings.values()].map(quoted).join(', ')}.`, [...headings.values()]);
    }
    const drawn = headingsByLayout(context, frame.id, nameSize);
    if (drawn.length >= 2) {
      return verdict.found(`${frameName(frame.name)} sets ${drawn.map(quoted).join(', ')} as headings over platforms of different kinds.`, drawn);
    }
    bestCount = Math.max(bestCount, headings.size);
  }
  return verdict.missing(bestCount === 1 ? 'Only one category heading sits over the platform cards; group them by kind.' : 'The platform cards are not grouped under category headings.');
});

export const accurateBranding = detector('platform.accurate-branding', (context, verdict) => {
  // Names on cards and in lists are judged; a site address or a sentence naming a brand in passing is not a label.
  const inScope = context.platforms.filter((mention) => context.scope.has(mention.node.frame.id)
    && mention.node.words <= MAX_LABEL_WORDS && !WEB_ADDRESS.test(mention.node.raw));
  // A bare name in an action or a sentence ("Go to QuickBooks") is shorthand once the full name is on the cards;
  // a bare name standing alone is the card's label, and is judged.
  const fullyNamed = new Set(inScope.filter((mention) => mention.accurate).map((mention) => mention.platform.name));
  // "Sage" in small type under "Sage Business Cloud Accounting" on the same card names the vendor.
  const cardsWithFullName = new Set(inScope.filter((mention) => mention.accurate).map((mention) => `${mention.platform.name}\n${mention.node.node.parentId}`));
  const bare = inScope.filter((mention) => !mention.accurate
    && !cardsWithFullName.has(`${mention.platform.name}\n${mention.node.node.parentId}`)
    && (!fullyNamed.has(mention.platform.name) || context.lexicon.anyPlatform.isWhole(mention.node.text)));
  if (bare.length > 0) {
    const names = [...new Set(bare.map((mention) => mention.platform.name))];
    const examples = bare[0]!.platform.fullNames.slice(0, 2).join(' or ');
    return verdict.missing(
      `Ambiguous bare name${names.length > 1 ? 's' : ''} ${names.map((name) => `'${name}'`).join(', ')}: say which product, e.g. ${examples}.`,
      bare.map((mention) => mention.node));
  }
  if (inScope.length === 0) {
    return verdict.manual('No known platform names appear as text: check the logos and names on the cards by eye.');
  }
  return verdict.found(`Every platform named in text uses its full product name, e.g. ${quoted(inScope[0]!.node)}.`, inScope.map((mention) => mention.node));
});

/** An input-like box around the label: wide, field-high, the label at its left. */
function looksLikeField(context: DetectorContext, label: IndexedNode): boolean {
  if (roleNearby(context.lexicon, context.index, label, 'input', 2)) return true;
  const candidates = [...ancestorsOf(context.index, label, 2)];
  for (const sibling of childrenOf(context.index, label.frame.id, label.node.parentId)) {
    if (sibling.words === 0 && sibling.node.id !== label.node.id) candidates.push(sibling);
  }
  return candidates.some((box) => {
    const { x, y, width, height, type, fill } = box.node;
    if (type !== 'FRAME' && type !== 'INSTANCE' && type !== 'COMPONENT' && SHAPE_TYPES.indexOf(type) < 0) return false;
    if (fill === 'image' || height < FIELD_MIN_HEIGHT || height > FIELD_MAX_HEIGHT || width < FIELD_MIN_WIDTH) return false;
    const inside = label.node.x >= x - 1 && label.node.y >= y - 1 && label.node.y + label.node.height <= y + height + 1;
    return inside && label.node.x - x <= width * 0.3 && width >= label.node.width + 16;
  });
}

export const search = detector('platform.search', function* (context, verdict) {
  const { lexicon, meter } = context;
  // "Search team" on a roster searches people, whatever platforms the screen names.
  const fields = yield* filterSteps(meter, context.texts, (node) => node.words <= MAX_CONTROL_WORDS && lexicon.phrases.search.startsWith(node.text)
    && !lexicon.phrases.searchedElse.test(node.text) && looksLikeField(context, node));
  const overPlatforms = fields.filter((field) => platformNamesIn(context, field.frame.id).length >= MIN_PLATFORMS_UNDER_SEARCH
    || lexicon.phrases.connectObject.test(field.text));
  if (overPlatforms.length > 0) return verdict.found(`A search field sits over the platform list: ${quoted(overPlatforms[0]!)}.`, overPlatforms);
  if (fields.length > 0) return verdict.missing(`${quoted(fields[0]!)} is a search field, but not over a list of platforms.`, fields);
  const icons = yield* filterSteps(meter, context.index.nodes, (node) => node.words === 0 && context.scope.has(node.frame.id)
    && platformNamesIn(context, node.frame.id).length >= MIN_PLATFORMS_UNDER_SEARCH && hasRole(lexicon, node, 'searchControl'));
  if (icons.length > 0) return verdict.manual(`A layer named ${quoted(icons[0]!)} sits with the platforms but shows no search wording: check it is a search field.`, icons);
  return verdict.missing('No search field over the platforms was found.');
});

/**
 * A way round a missing platform: worded as such ("Can't find your software?", "Not listed?"), or
 * a manual way ("Upload", "by hand") that says it replaces the data ("statements", "a CSV",
 * "instead") or answers "No store platform?". "Upload receipts" on its own is another feature.
 */
function offersWayRound(context: DetectorContext, node: IndexedNode): boolean {
  const { phrases, patterns } = context.lexicon;
  const otherWay = phrases.fileWords.test(node.text) || phrases.insteadWords.test(node.text);
  // "Missing your Etsy orders?" misses data from a platform the customer has: no platform is missing.
  if (phrases.alternatives.test(node.text)) return otherWay || !phrases.dataCategory.test(node.text);
  if (!phrases.manualWays.test(node.text)) return false;
  return otherWay || patterns.missingPlatformQuestion.test(node.raw);
}

export const alternatives = detector('platform.alternatives', function* (context, verdict) {
  // Only where platforms are chosen: "Upload" or "Enter manually" elsewhere is another feature.
  const ways = yield* filterSteps(context.meter, context.texts, (node) => offersWayRound(context, node)
    && asksToConnect(context, node.frame.id), enoughForEvidence());
  if (ways.length === 0) return verdict.missing('A customer whose platform is not listed has no other way forward (e.g. uploading files).');
  return verdict.found(`There is a way forward when a platform is missing: ${quoted(ways[0]!)}.`, ways);
});

/** A longer line drawn as a link: the source of a prototype link, underlined, or in the brand colour. */
function drawnAsLink(context: DetectorContext, node: IndexedNode): boolean {
  const { underline, fill, accent, id } = node.node;
  return context.index.linkSources.has(id) || underline === true || (fill === 'solid' && accent === true);
}

/** How many layers up a pause control's prototype link may sit from its label. */
const PAUSE_LINK_DEPTH = 3;

export const nonLinear = detector('platform.non-linear', function* (context, verdict) {
  const { phrases, patterns } = context.lexicon;
  // "Skip" or "Later" pauses connecting only on a screen that asks to connect or lists platforms.
  // Pausing ("save and return later") and handing over ("share this step with your accountant") are read as forms,
  // also in a link that asks its question first ("Not the person who manages the books? Send this to a teammate").
  const handedOver = (node: IndexedNode) => patterns.pauseLater.test(node.raw) || patterns.handOver.test(node.raw);
  // "Invite your team" is about the app's seats unless it is a control on a screen that asks to connect
  // (in an email's list of first steps it is one of the steps).
  const onConnectScreen = (node: IndexedNode) => asksToConnect(context, node.frame.id);
  // An unlinked "Not now" beside a connect button the prototype follows only dismisses the prompt:
  // the designer wired the way on and left this one out.
  const linked = (node: IndexedNode) => isOrUnder(context.index, node, PAUSE_LINK_DEPTH, (id) => context.index.linkSources.has(id));
  const dismissesOnly = (node: IndexedNode) => !linked(node) && (context.ctas.get(node.frame.id) ?? []).some(linked);
  const controls = yield* filterSteps(context.meter, context.texts, (node) => (node.words <= MAX_CONTROL_WORDS && (phrases.nonLinear.test(node.text)
    || handedOver(node) || (phrases.pauseOnConnect.isWhole(node.text) && onConnectScreen(node) && !dismissesOnly(node))
    || (phrases.inviteOnConnect.test(node.text) && onConnectScreen(node) && (isClickable(context.lexicon, context.index, node) || drawnAsLink(context, node)))))
    || (node.words <= MAX_LINK_WORDS && handedOver(node) && drawnAsLink(context, node))
    // Plain copy on the connect screen that offers the hand-over in so many words ("…? Send this step to a colleague").
    || (node.words <= MAX_LINK_WORDS && patterns.handOverOffer.test(node.raw) && onConnectScreen(node)), enoughForEvidence());
  if (controls.length === 0) return verdict.missing('No way to pause the connect flow or hand it to a colleague was found.');
  return verdict.found(`The flow can be paused or shared: ${quoted(controls[0]!)}.`, controls);
});

export const multipleConnections = detector('platform.multiple-connections', function* (context, verdict) {
  const { phrases, patterns } = context.lexicon;
  const { meter } = context;
  let partial: string | null = null;
  for (const frame of context.scopeFrames) {
    const texts = textsIn(context, frame.id);
    const lists = listsPlatforms(context, frame.id);
    // Beside a list of platforms, a short control that adds something ("+ Add channel") adds another; a row's own "Connect" does not.
    const addAnother = yield* filterSteps(meter, texts, (node) => node.words <= MAX_CONTROL_WORDS && (phrases.addAnother.test(node.text)
      || (lists && node.words <= MAX_STATUS_WORDS && patterns.addControl.test(node.raw) && isClickable(context.lexicon, context.index, node))));
    // A status is a short label ("✓ Connected"), or said in a sentence about a named platform ("QuickBooks Online is connected").
    const named = new Set(platformNamesIn(context, frame.id).map((name) => name.node.id));
    const statuses = yield* filterSteps(meter, texts, (node) => (node.words <= MAX_STATUS_WORDS && patterns.connectionStatus.test(node.raw))
      || (named.has(node.node.id) && patterns.statusSentence.test(node.raw)));
    if (addAnother.length > 0 && statuses.length > 0) {
      return verdict.found(`${frameName(frame.name)} offers ${quoted(addAnother[0]!)} beside connection statuses such as ${quoted(statuses[0]!)}.`, [...addAnother, ...statuses]);
    }
    if (addAnother.length > 0) partial ??= `${quoted(addAnother[0]!)} is offered, but no Connected or Pending status is shown beside it.`;
    else if (statuses.length > 0) partial ??= `${quoted(statuses[0]!)} is shown, but there is no way to add another connection there.`;
  }
  return verdict.missing(partial ?? 'No screen lets the customer add several connections and see their status.');
});

/** On the same row as a platform name: a control or status that belongs to that connection. */
export function onPlatformRow(context: DetectorContext, node: IndexedNode): boolean {
  return platformNameOnRow(context, node, 32);
}

export const PLATFORM_DETECTORS = [explainRedirect, groupedCategories, accurateBranding, search, alternatives, nonLinear, multipleConnections];
