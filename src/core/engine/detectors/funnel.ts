/** The funnel: sign-up to the connect prompt (docs/checklist.md, area 1). */
import type { DetectorContext } from '../context';
import { readsAsEmail, textsIn } from '../context';
import { detector, enoughForEvidence, frameName, quoted } from '../evidence';
import { hasRole, isClickable, MAX_CONTROL_WORDS, roleNearby } from '../structure';
import { wholeText, type IndexedNode } from '../snapshot-index';
import { linkGraph, reachableAvoiding } from '../flow-reach';
import { subMenuEntry } from '../sub-menu';
import { readsAsConnectionCopy, readsAsConnectLabel } from '../connect-cta';
import { eachSteps, filterSteps, type Steps } from '../steps';

const TARGET_STEPS = 3;
const MAX_STEP_WORDS = 14;
const MIN_QUOTE_WORDS = 6;
/** How far below a quote (px) its attribution may sit. */
const ATTRIBUTION_REACH = 160;
/**
 * A person's name then what they do: "Dani Okafor · motion designer", "Sam Lee, Lumen Bakery", "Hattie · Wildflower & Wren".
 * Read from the shape (capitalised words, then a separator), so roles the lexicon lacks count.
 */
const NAME_THEN_ROLE = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*\s*(?:[,·•|]|\s[–—-]\s)\s*\S/;


/** Distinct step numbers (1, 2, 3…) that start short texts or parts of a text: a numbered setup list. */
function* numberedSteps(context: DetectorContext, nodes: readonly IndexedNode[]): Steps<IndexedNode[]> {
  const pattern = context.lexicon.patterns.stepMarker;
  const byNumber = new Map<string, IndexedNode>();
  yield* eachSteps(context.meter, nodes, (node) => {
    if (node.words > MAX_STEP_WORDS) return;
    const digit = pattern.exec(node.raw)?.[0].match(/[1-9]/)?.[0];
    if (digit !== undefined && !byNumber.has(digit)) byNumber.set(digit, node);
  });
  return [...byNumber.values()];
}

export const greetingEmail = detector('funnel.greeting-email', function* (context, verdict) {
  const emails = [];
  for (const frame of context.scopeFrames) if (yield* readsAsEmail(context, frame.id)) emails.push(frame);
  if (emails.length === 0) return verdict.missing('No frame about connecting reads as the welcome email, so its connect prompts cannot be checked.');
  let partial: string | null = null;
  for (const email of emails) {
    const steps = yield* numberedSteps(context, textsIn(context, email.id));
    // When a numbered step names connecting the books or bank, the email's button that starts with a
    // connecting verb ("Connect a client now") is the prompt, whatever it names.
    const connectStep = steps.some((step) => readsAsConnectionCopy(context.lexicon, step) === 'named');
    const ctas = context.ctas.get(email.id) ?? (connectStep ? textsIn(context, email.id).filter((node) => node.words <= MAX_CONTROL_WORDS
      && context.lexicon.patterns.connectVerbFirst.test(node.raw) && isClickable(context.lexicon, context.index, node)) : []);
    if (ctas.length > 0 && steps.length >= 2) {
      return verdict.found(
        `The email ${frameName(email.name)} asks to connect (${quoted(ctas[0]!)}) and lists ${steps.length} numbered setup steps.`,
        [...ctas, ...steps],
      );
    }
    partial ??= ctas.length === 0
      ? `The email ${frameName(email.name)} has no connect call to action.`
      : `The email ${frameName(email.name)} asks to connect (${quoted(ctas[0]!)}) but has no numbered setup steps.`;
  }
  return verdict.missing(partial ?? 'No welcome email asks the customer to connect.');
});

export const threeActions = detector('funnel.three-actions', (context, verdict) => {
  const { flow } = context;
  if (!flow.hasLinks) {
    return verdict.manual('The frames have no prototype links, so the clicks to the connect prompt cannot be counted: walk the flow by hand.');
  }
  if (flow.startFrameId === null) {
    return verdict.manual('No prototype starting point or sign-up frame was found to count from: set a flow starting point.');
  }
  if (flow.connectFrameId === null || flow.stepsToConnect === null) {
    return verdict.missing('No frame reachable from the start of the prototype asks the customer to connect.');
  }
  const ctas = context.ctas.get(flow.connectFrameId) ?? [];
  const connectName = context.index.framesById.get(flow.connectFrameId)?.name ?? flow.connectFrameId;
  const steps = flow.stepsToConnect;
  const plural = steps === 1 ? '' : 's';
  if (steps <= TARGET_STEPS) {
    return verdict.found(`The connect prompt ${ctas[0] ? quoted(ctas[0]) : ''} on ${frameName(connectName)} is ${steps} click${plural} from the start (target: ${TARGET_STEPS} or fewer).`.replace('  ', ' '), ctas);
  }
  return verdict.missing(`The connect prompt on ${frameName(connectName)} is ${steps} clicks from the start, more than ${TARGET_STEPS}.`, ctas);
});

export const ctaVisible = detector('funnel.cta-visible', function* (context, verdict) {
  const { index, lexicon, meter } = context;
  const prominent: IndexedNode[] = [];
  let buried: IndexedNode | null = null;
  // Screens the prototype reaches only through settings or a sub-menu (the one the connect screen is opened from).
  const entry = subMenuEntry(context);
  const path = context.flow.pathToConnect;
  const closed = new Set(context.index.snapshot.frames.filter((frame) => lexicon.phrases.settingsScreen.test(index.frameNames.get(frame.id) ?? ' ')).map((frame) => frame.id));
  if (entry) closed.add(path[path.length - 2]!);
  const graph = closed.size > 0 ? linkGraph(context.index.snapshot.links) : null;
  const open = graph ? reachableAvoiding(graph, context.flow.startFrameId, closed) : null;
  const reachable = graph ? reachableAvoiding(graph, context.flow.startFrameId, new Set()) : null;
  const behindMenu = (frameId: string) => open !== null && reachable!.has(frameId) && !open.has(frameId);
  for (const [frameId, ctas] of context.ctas) {
    // An email's button is not the app's interface.
    if (yield* readsAsEmail(context, frameId)) continue;
    const onSettings = closed.has(frameId) || behindMenu(frameId);
    yield* eachSteps(meter, ctas, (cta) => {
      // A platform's card is the way in on the connect screen; on later screens it is a choice inside connecting.
      if (frameId !== context.flow.connectFrameId && readsAsConnectLabel(lexicon, cta) === null) return;
      if (onSettings || roleNearby(lexicon, index, cta, 'subMenu', 8)) buried ??= cta;
      else prominent.push(cta);
    });
  }
  // A permanent main-menu entry ("Connections" in the sidebar) also keeps connecting in reach.
  const menuEntries = yield* filterSteps(meter, context.texts,
    (node) => node.words <= 3 && lexicon.phrases.navEntry.isWhole(node.text)
      && roleNearby(lexicon, index, node, 'navigation', 6) !== null && roleNearby(lexicon, index, node, 'subMenu', 6) === null,
  );
  if (prominent.length > 0 || menuEntries.length > 0) {
    const parts = [
      prominent.length > 0 ? `a connect button in the main content (${quoted(prominent[0]!)})` : null,
      menuEntries.length > 0 ? `a main-menu entry (${quoted(menuEntries[0]!)})` : null,
    ].filter((part): part is string => part !== null);
    return verdict.found(`Connecting is in plain sight: ${parts.join(' and ')}.`, [...prominent, ...menuEntries]);
  }
  if (buried && entry) {
    return verdict.missing(`The only connect prompt, ${quoted(buried)}, is reached through the sub-menu entry ${quoted(entry)}, where customers rarely look.`, [buried, entry]);
  }
  if (buried) return verdict.missing(`The only connect prompt, ${quoted(buried)}, sits in settings or a sub-menu where customers rarely look.`, [buried]);
  return verdict.missing('No button or menu entry asks the customer to connect their software or accounts.');
});

/**
 * A quotation of some length. Judged on the whole text: a dash inside a quote ("Funded in 48
 * hours — we restocked…") splits the text into parts that are each too short.
 */
function readsAsQuote(context: DetectorContext, node: IndexedNode): boolean {
  const whole = wholeText(context.index, node);
  // Only the first part stands for the whole: one quote, not one per part.
  if (whole !== node && whole.raw.indexOf(node.raw) !== 0) return false;
  return whole.words >= MIN_QUOTE_WORDS && context.lexicon.patterns.quote.test(whole.raw);
}

export const socialProof = detector('funnel.social-proof', function* (context, verdict) {
  const { lexicon, meter } = context;
  const texts = context.texts;
  const attributed = (quote: IndexedNode) => (context.index.textsByFrame.get(quote.frame.id) ?? []).some((other) =>
    other !== quote && other.node.y >= quote.node.y && other.node.y - (quote.node.y + quote.node.height) <= ATTRIBUTION_REACH
    && other.words <= 12 && (lexicon.patterns.attribution.test(other.raw) || NAME_THEN_ROLE.test(other.node.text ?? '')));
  // A quotation counts as a testimonial only with a person and role beside it; a quoted title or a note does not.
  // A rating is read from the whole line: its stars lead it, and leading emoji are dropped from the raw text.
  // "Already using" counts with a crowd ("10,000 shops already using…"), not as "Already using Hatchdesk? Log in".
  const proof = yield* filterSteps(meter, texts, (node) => lexicon.phrases.socialProof.test(node.text) || lexicon.patterns.crowdAlready.test(node.raw)
    || lexicon.patterns.rating.test(node.node.text ?? '')
    || (readsAsQuote(context, node) && attributed(node)), enoughForEvidence());
  // A row of star emoji has no words, so it is looked for among the texts without any.
  const starRow = (node: IndexedNode) => node.words === 0 && node.node.text !== undefined && context.scope.has(node.frame.id) && lexicon.patterns.rating.test(node.node.text);
  if (proof.length === 0) proof.push(...(yield* filterSteps(meter, context.index.nodes, starRow, enoughForEvidence())));
  if (proof.length === 0) {
    const stars = yield* filterSteps(meter, context.index.nodes, (node) => context.scope.has(node.frame.id) && node.words === 0 && hasRole(lexicon, node, 'star'));
    if (stars.length > 0) return verdict.manual(`A layer named like a rating (${quoted(stars[0]!)}) is shown without words: check it is a customer rating.`, stars);
    return verdict.missing('No testimonial with its author, rating or "trusted by" line was found in the flow.');
  }
  return verdict.found(`Social proof is shown: ${quoted(proof[0]!)}.`, proof);
});

export const prefill = detector('funnel.prefill', function* (context, verdict) {
  const { phrases, patterns } = context.lexicon;
  // "We filled this in from Xero": filled or pulled, then where from, a few words on.
  // A part cut at a dash ("Imported from Xero — please review") is read with the rest of its line.
  // "Link your rota to fill these in from your shifts" promises it: an ask to connect is not a form filled in.
  // "We found your company on Companies House" fills the form from public records, not from a connection.
  const prefilled = yield* filterSteps(context.meter, context.texts, (node) => !patterns.connectVerbFirst.test(node.raw) && !phrases.publicRecords.test(node.text) && (phrases.prefill.test(node.text)
    || patterns.prefilled.test(node.raw) || (node.part === true && patterns.prefilled.test(wholeText(context.index, node).raw))), enoughForEvidence());
  if (prefilled.length === 0) return verdict.missing('No form is shown filled in from the connected company data.');
  return verdict.found(`Onboarding reuses connected data: ${quoted(prefilled[0]!)}.`, prefilled);
});

export const FUNNEL_DETECTORS = [greetingEmail, threeActions, ctaVisible, socialProof, prefill];
