import type { ItemFinding } from '../../model/findings';
import type { DetectorContext } from '../context';
import { textNodes } from '../context';
import { evidenceList, finding, quoted } from '../evidence';
import { hasRole } from '../structure';
import { filterSteps, someSteps, type Steps } from '../steps';

const MAX_LINK_WORDS = 12;

export function* threePart(context: DetectorContext): Steps<ItemFinding> {
  const { phrases } = context.lexicon;
  const { meter } = context;
  let best: { name: string; missing: string[] } | null = null;
  for (const [frameId, ctas] of context.ctas) {
    const nodes = context.index.byFrame.get(frameId) ?? [];
    const value = yield* filterSteps(meter, nodes, (node) => node.words > 0 && phrases.value.test(node.text));
    const dataUse = yield* filterSteps(meter, nodes, (node) => node.words > 0 && phrases.dataUse.test(node.text));
    const name = context.index.framesById.get(frameId)?.name ?? frameId;
    if (value.length > 0 && dataUse.length > 0) {
      return finding(
        'value.three-part', 'found',
        `"${name}" states the value, how the data is used and the next step (${quoted(ctas[0]!)}) on one screen.`,
        evidenceList([value[0]!, dataUse[0]!, ctas[0]!]),
      );
    }
    const missing = [value.length === 0 ? 'the value to the customer' : null, dataUse.length === 0 ? 'how their data is used' : null]
      .filter((part): part is string => part !== null);
    if (!best || missing.length < best.missing.length) best = { name, missing };
  }
  if (!best) return finding('value.three-part', 'missing', 'No screen has a connect call to action to anchor the value message.');
  return finding('value.three-part', 'missing', `The connect screen "${best.name}" does not say ${best.missing.join(' or ')}.`);
}

export function* contextualCtas(context: DetectorContext): Steps<ItemFinding> {
  const { index, lexicon, meter } = context;
  const featureFrames = [];
  for (const frame of index.snapshot.frames) {
    if (lexicon.phrases.featureScreen.test(index.frameNames.get(frame.id) ?? ' ')
      || (yield* someSteps(meter, index.byFrame.get(frame.id) ?? [], (node) => hasRole(node, 'chart')))) featureFrames.push(frame);
  }
  if (featureFrames.length === 0) {
    return finding('value.contextual-ctas', 'manual', 'No feature screens (dashboards, insights, charts) are among these frames: check the app screens for connect prompts.');
  }
  for (const frame of featureFrames) {
    const ctas = context.ctas.get(frame.id);
    if (ctas && ctas.length > 0) {
      return finding('value.contextual-ctas', 'found', `The feature screen "${frame.name}" asks to connect where the data pays off (${quoted(ctas[0]!)}).`, evidenceList(ctas));
    }
  }
  return finding('value.contextual-ctas', 'missing', `None of the feature screens (${featureFrames.map((frame) => `"${frame.name}"`).slice(0, 3).join(', ')}) asks to connect.`);
}

export function* faqLink(context: DetectorContext): Steps<ItemFinding> {
  const { phrases } = context.lexicon;
  const { meter } = context;
  const links = yield* filterSteps(meter, textNodes(context), (node) => node.words <= MAX_LINK_WORDS && phrases.faq.test(node.text));
  const nearValue = [];
  for (const link of links) {
    if (context.ctas.has(link.frame.id)
      || (yield* someSteps(meter, context.index.byFrame.get(link.frame.id) ?? [], (node) => node.words > 0 && phrases.value.test(node.text)))) nearValue.push(link);
  }
  if (nearValue.length > 0) return finding('value.faq-link', 'found', `A learn-more link sits by the value message: ${quoted(nearValue[0]!)}.`, evidenceList(nearValue));
  if (links.length > 0) return finding('value.faq-link', 'missing', `${quoted(links[0]!)} is not on a screen that explains the value of connecting.`, evidenceList(links));
  return finding('value.faq-link', 'missing', 'No FAQ or "want to know more?" link was found.');
}

export function* progressMeter(context: DetectorContext): Steps<ItemFinding> {
  const { lexicon, meter } = context;
  const meters = yield* filterSteps(meter, context.index.nodes, (node) => {
    if (node.words > 0) return lexicon.phrases.progress.test(node.text) || lexicon.patterns.progressCount.test(node.node.text ?? '');
    return hasRole(node, 'progress');
  });
  if (meters.length === 0) return finding('value.progress-meter', 'missing', 'No progress bar, step counter or strength meter was found.');
  return finding('value.progress-meter', 'found', `Progress is shown, e.g. ${quoted(meters[0]!)}.`, evidenceList(meters));
}
