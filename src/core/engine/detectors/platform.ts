import type { PlatformCategory } from '../../checklist/lexicon-types';
import type { ItemFinding } from '../../model/findings';
import type { DetectorContext } from '../context';
import { platformsIn, textNodes } from '../context';
import { evidenceList, finding, quoted } from '../evidence';
import { compilePhrases, type PhraseMatcher } from '../text/phrase-matcher';
import { roleNearby, hasRole } from '../structure';
import type { IndexedNode } from '../snapshot-index';
import { LEXICON } from '../../checklist';
import { eachSteps, filterSteps, type Steps } from '../steps';

const MAX_HEADING_WORDS = 4;
const MAX_CONTROL_WORDS = 8;
const MAX_STATUS_WORDS = 4;
const MIN_PLATFORMS_UNDER_SEARCH = 2;

let headingMatchers: { id: PlatformCategory; matcher: PhraseMatcher }[] | null = null;

function categoryHeadings(): { id: PlatformCategory; matcher: PhraseMatcher }[] {
  headingMatchers ??= LEXICON.categories.map((category) => ({ id: category.id, matcher: compilePhrases(category.headings) }));
  return headingMatchers;
}

export function* explainRedirect(context: DetectorContext): Steps<ItemFinding> {
  const { phrases } = context.lexicon;
  const mentionNodes = new Set(context.platforms.map((mention) => mention.node));
  const explanations = yield* filterSteps(context.meter, textNodes(context),
    (node) => phrases.redirect.test(node.text) && (phrases.signIn.test(node.text) || mentionNodes.has(node)),
  );
  if (explanations.length === 0) return finding('platform.explain-redirect', 'missing', 'Nothing explains that the customer will sign in on the platform\'s site and come back.');
  return finding('platform.explain-redirect', 'found', `The redirect is explained: ${quoted(explanations[0]!)}.`, evidenceList(explanations));
}

export function* groupedCategories(context: DetectorContext): Steps<ItemFinding> {
  if (context.platforms.length === 0) return finding('platform.grouped-categories', 'missing', 'No platform list was found to group.');
  let bestCount = 0;
  for (const frame of context.index.snapshot.frames) {
    const mentions = platformsIn(context, frame.id);
    if (mentions.length === 0) continue;
    const headings = new Map<PlatformCategory, IndexedNode>();
    yield* eachSteps(context.meter, context.index.byFrame.get(frame.id) ?? [], (node) => {
      if (node.words === 0 || node.words > MAX_HEADING_WORDS) return;
      const category = categoryHeadings().find((entry) => entry.matcher.isWhole(node.text));
      // A heading groups something only when platform cards sit below it.
      if (category && !headings.has(category.id) && mentions.some((mention) => mention.node.node.y > node.node.y)) headings.set(category.id, node);
    });
    if (headings.size >= 2) {
      return finding('platform.grouped-categories', 'found',
        `"${frame.name}" groups platforms under ${[...headings.values()].map(quoted).join(', ')}.`, evidenceList([...headings.values()]));
    }
    bestCount = Math.max(bestCount, headings.size);
  }
  return finding('platform.grouped-categories', 'missing',
    bestCount === 1 ? 'Only one category heading sits over the platform cards; group them by kind.' : 'The platform cards are not grouped under category headings.');
}

export function accurateBranding(context: DetectorContext): ItemFinding {
  const bare = context.platforms.filter((mention) => !mention.accurate);
  if (bare.length > 0) {
    const names = [...new Set(bare.map((mention) => mention.platform.name))];
    const examples = bare[0]!.platform.fullNames.slice(0, 2).join(' or ');
    return finding('platform.accurate-branding', 'missing',
      `Ambiguous bare name${names.length > 1 ? 's' : ''} ${names.map((name) => `"${name}"`).join(', ')}: say which product, e.g. ${examples}.`,
      evidenceList(bare.map((mention) => mention.node)));
  }
  if (context.platforms.length === 0) {
    return finding('platform.accurate-branding', 'manual', 'No platform names appear as text: check the logos and names on the cards by eye.');
  }
  return finding('platform.accurate-branding', 'found', 'Every platform named in text uses its full product name.',
    evidenceList(context.platforms.map((mention) => mention.node)));
}

export function* search(context: DetectorContext): Steps<ItemFinding> {
  const { index, lexicon, meter } = context;
  const fields = yield* filterSteps(meter, index.nodes, (node) => {
    const readsAsSearch = node.words > 0 ? lexicon.phrases.search.test(node.text) : hasRole(node, 'searchControl');
    return readsAsSearch && roleNearby(index, node, 'input', 2) !== null;
  });
  const overPlatforms = fields.filter(
    (field) => platformsIn(context, field.frame.id).length >= MIN_PLATFORMS_UNDER_SEARCH,
  );
  if (overPlatforms.length > 0) return finding('platform.search', 'found', `A search field sits over the platform list: ${quoted(overPlatforms[0]!)}.`, evidenceList(overPlatforms));
  if (fields.length > 0) return finding('platform.search', 'missing', `${quoted(fields[0]!)} is a search field, but not over a list of platforms.`, evidenceList(fields));
  return finding('platform.search', 'missing', 'No search field over the platforms was found.');
}

export function* alternatives(context: DetectorContext): Steps<ItemFinding> {
  const ways = yield* filterSteps(context.meter, textNodes(context), (node) => context.lexicon.phrases.alternatives.test(node.text));
  if (ways.length === 0) return finding('platform.alternatives', 'missing', 'A customer whose platform is not listed has no other way forward (e.g. uploading files).');
  return finding('platform.alternatives', 'found', `There is a way forward when a platform is missing: ${quoted(ways[0]!)}.`, evidenceList(ways));
}

export function* nonLinear(context: DetectorContext): Steps<ItemFinding> {
  const controls = yield* filterSteps(context.meter, textNodes(context), (node) => node.words <= MAX_CONTROL_WORDS && context.lexicon.phrases.nonLinear.test(node.text));
  if (controls.length === 0) return finding('platform.non-linear', 'missing', 'No way to pause, skip or hand the flow to a colleague was found.');
  return finding('platform.non-linear', 'found', `The flow can be paused or shared: ${quoted(controls[0]!)}.`, evidenceList(controls));
}

export function* multipleConnections(context: DetectorContext): Steps<ItemFinding> {
  const { phrases } = context.lexicon;
  const { meter } = context;
  let partial: string | null = null;
  for (const frame of context.index.snapshot.frames) {
    const nodes = yield* filterSteps(meter, context.index.byFrame.get(frame.id) ?? [], (node) => node.words > 0);
    const addAnother = yield* filterSteps(meter, nodes, (node) => node.words <= MAX_CONTROL_WORDS && phrases.addAnother.test(node.text));
    const statuses = yield* filterSteps(meter, nodes, (node) => node.words <= MAX_STATUS_WORDS && phrases.connectionStatus.test(node.text));
    if (addAnother.length > 0 && statuses.length > 0) {
      return finding('platform.multiple-connections', 'found',
        `"${frame.name}" offers ${quoted(addAnother[0]!)} beside connection statuses such as ${quoted(statuses[0]!)}.`,
        evidenceList([...addAnother, ...statuses]));
    }
    if (addAnother.length > 0) partial ??= `${quoted(addAnother[0]!)} is offered, but no Connected or Pending status is shown beside it.`;
    else if (statuses.length > 0) partial ??= `${quoted(statuses[0]!)} is shown, but there is no way to add another connection there.`;
  }
  return finding('platform.multiple-connections', 'missing', partial ?? 'No screen lets the customer add several connections and see their status.');
}
