import type { ItemFinding } from '../../model/findings';
import type { DetectorContext } from '../context';
import { textNodes } from '../context';
import { evidenceList, finding, quoted } from '../evidence';
import { roleNearby, hasRole } from '../structure';
import type { IndexedNode } from '../snapshot-index';
import { eachSteps, filterSteps, someSteps, type Steps } from '../steps';

const TARGET_STEPS = 3;
const MAX_STEP_WORDS = 14;
const MIN_QUOTE_WORDS = 6;

function* readsAsEmail(context: DetectorContext, frameId: string): Steps<boolean> {
  const { phrases } = context.lexicon;
  if (phrases.emailFrame.test(context.index.frameNames.get(frameId) ?? ' ')) return true;
  return yield* someSteps(context.meter, context.index.byFrame.get(frameId) ?? [], (node) => node.words > 0 && phrases.emailMarkers.test(node.text));
}

/** Distinct step numbers (1, 2, 3…) that start short texts: a numbered setup list. */
function* numberedSteps(context: DetectorContext, nodes: readonly IndexedNode[]): Steps<IndexedNode[]> {
  const pattern = context.lexicon.patterns.stepMarker;
  const byNumber = new Map<string, IndexedNode>();
  yield* eachSteps(context.meter, nodes, (node) => {
    const raw = node.node.text;
    if (raw === undefined || node.words === 0 || node.words > MAX_STEP_WORDS) return;
    const match = pattern.exec(raw);
    const digit = match?.[0].match(/[1-9]/)?.[0];
    if (digit !== undefined && !byNumber.has(digit)) byNumber.set(digit, node);
  });
  return [...byNumber.values()];
}

export function* greetingEmail(context: DetectorContext): Steps<ItemFinding> {
  const emails = [];
  for (const frame of context.index.snapshot.frames) if (yield* readsAsEmail(context, frame.id)) emails.push(frame);
  if (emails.length === 0) {
    return finding('funnel.greeting-email', 'missing', 'No frame reads as the welcome email, so its connect prompts cannot be checked.');
  }
  let partial: string | null = null;
  for (const email of emails) {
    const ctas = context.ctas.get(email.id) ?? [];
    const steps = yield* numberedSteps(context, context.index.byFrame.get(email.id) ?? []);
    if (ctas.length > 0 && steps.length >= 2) {
      return finding(
        'funnel.greeting-email', 'found',
        `The email "${email.name}" has ${ctas.length} connect call${ctas.length > 1 ? 's' : ''} to action and a ${steps.length}-step numbered list.`,
        evidenceList([...ctas, ...steps]),
      );
    }
    partial ??= ctas.length === 0
      ? `The email "${email.name}" has no connect call to action.`
      : `The email "${email.name}" asks to connect but has no numbered setup steps.`;
  }
  return finding('funnel.greeting-email', 'missing', partial ?? 'No welcome email asks the customer to connect.');
}

export function threeActions(context: DetectorContext): ItemFinding {
  const { flow } = context;
  if (!flow.hasLinks) {
    return finding('funnel.three-actions', 'manual', 'The frames have no prototype links, so the clicks to the connect prompt cannot be counted: walk the flow by hand.');
  }
  if (flow.startFrameId === null) {
    return finding('funnel.three-actions', 'manual', 'No prototype starting point or sign-up frame was found to count from: set a flow starting point.');
  }
  if (flow.connectFrameId === null || flow.stepsToConnect === null) {
    return finding('funnel.three-actions', 'missing', 'No frame reachable from the start of the prototype asks the customer to connect.');
  }
  const evidence = evidenceList(context.ctas.get(flow.connectFrameId) ?? []);
  const connectName = context.index.framesById.get(flow.connectFrameId)?.name ?? flow.connectFrameId;
  const steps = flow.stepsToConnect;
  const plural = steps === 1 ? '' : 's';
  if (steps <= TARGET_STEPS) {
    return finding('funnel.three-actions', 'found', `The connect prompt on "${connectName}" is ${steps} click${plural} from the start (target: ${TARGET_STEPS} or fewer).`, evidence);
  }
  return finding('funnel.three-actions', 'missing', `The connect prompt on "${connectName}" is ${steps} clicks from the start, more than ${TARGET_STEPS}.`, evidence);
}

export function* ctaVisible(context: DetectorContext): Steps<ItemFinding> {
  const { index, lexicon, meter } = context;
  const prominent: IndexedNode[] = [];
  let buried: IndexedNode | null = null;
  for (const [frameId, ctas] of context.ctas) {
    const onSettings = lexicon.phrases.settingsScreen.test(index.frameNames.get(frameId) ?? ' ');
    yield* eachSteps(meter, ctas, (cta) => {
      if (onSettings || roleNearby(index, cta, 'subMenu', 8)) buried ??= cta;
      else prominent.push(cta);
    });
  }
  // A permanent main-menu entry ("Connections" in the sidebar) also keeps connecting in reach.
  const menuEntries = yield* filterSteps(meter, textNodes(context),
    (node) => node.words <= 4 && lexicon.phrases.navEntry.test(node.text)
      && roleNearby(index, node, 'navigation', 6) !== null && roleNearby(index, node, 'subMenu', 6) === null,
  );
  if (prominent.length > 0 || menuEntries.length > 0) {
    const parts = [
      prominent.length > 0 ? `a connect button in the main content (${quoted(prominent[0]!)})` : null,
      menuEntries.length > 0 ? `a main-menu entry (${quoted(menuEntries[0]!)})` : null,
    ].filter((part): part is string => part !== null);
    return finding('funnel.cta-visible', 'found', `Connecting is in plain sight: ${parts.join(' and ')}.`, evidenceList([...prominent, ...menuEntries]));
  }
  if (buried) {
    return finding('funnel.cta-visible', 'missing', `The only connect prompt, ${quoted(buried)}, sits in settings or a sub-menu where customers rarely look.`, evidenceList([buried]));
  }
  return finding('funnel.cta-visible', 'missing', 'No connect button or menu entry was found.');
}

export function* socialProof(context: DetectorContext): Steps<ItemFinding> {
  const { lexicon, meter } = context;
  const proof = yield* filterSteps(meter, context.index.nodes, (node) => {
    if (node.words > 0) {
      if (lexicon.phrases.socialProof.test(node.text)) return true;
      const raw = node.node.text ?? '';
      return node.words >= MIN_QUOTE_WORDS && lexicon.patterns.quote.test(raw);
    }
    return hasRole(node, 'star') && node.node.type === 'INSTANCE';
  });
  if (proof.length === 0) return finding('funnel.social-proof', 'missing', 'No testimonial, rating or "trusted by" line was found.');
  return finding('funnel.social-proof', 'found', `Social proof is shown, e.g. ${quoted(proof[0]!)}.`, evidenceList(proof));
}

export function* prefill(context: DetectorContext): Steps<ItemFinding> {
  const prefilled = yield* filterSteps(context.meter, textNodes(context), (node) => context.lexicon.phrases.prefill.test(node.text));
  if (prefilled.length === 0) return finding('funnel.prefill', 'missing', 'No form is shown filled in from the connected company data.');
  return finding('funnel.prefill', 'found', `Onboarding reuses connected data: ${quoted(prefilled[0]!)}.`, evidenceList(prefilled));
}
