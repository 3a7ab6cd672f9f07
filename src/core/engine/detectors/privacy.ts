import type { ItemFinding } from '../../model/findings';
import type { DetectorContext } from '../context';
import { textNodes } from '../context';
import { evidenceList, finding, quoted } from '../evidence';
import { hasRole, roleNearby, verticalGap } from '../structure';
import type { IndexedNode } from '../snapshot-index';
import { eachSteps, filterSteps, findSteps, type Steps } from '../steps';

const CHECKBOX_MIN = 10;
const CHECKBOX_MAX = 32;
/** How far (px, centre to centre) a checkbox may sit from the consent line it belongs to. */
const CHECKBOX_REACH = 48;
const MIN_DIGITS_IN_PHONE = 8;
const MAX_CHANNEL_WORDS = 16;

function foundOrMissing(itemId: ItemIdParam, nodes: IndexedNode[], found: (first: IndexedNode) => string, missing: string): ItemFinding {
  return nodes.length > 0 ? finding(itemId, 'found', found(nodes[0]!), evidenceList(nodes)) : finding(itemId, 'missing', missing);
}
type ItemIdParam = Parameters<typeof finding>[0];

export function* dataScope(context: DetectorContext): Steps<ItemFinding> {
  const { phrases } = context.lexicon;
  const scoped = yield* filterSteps(context.meter, textNodes(context), (node) => phrases.dataCategory.test(node.text) && phrases.dataDirection.test(node.text));
  return foundOrMissing('privacy.data-scope', scoped,
    (first) => `The copy names the data and its direction: ${quoted(first)}.`,
    'No copy says which data is shared and in which direction it flows.');
}

export function* trustLanguage(context: DetectorContext): Steps<ItemFinding> {
  const trust = yield* filterSteps(context.meter, textNodes(context), (node) => context.lexicon.phrases.trust.test(node.text));
  return foundOrMissing('privacy.trust-language', trust,
    (first) => `Reassuring wording is used: ${quoted(first)}.`,
    'No reassuring wording (secure, encrypted, never shared without consent) was found.');
}

function looksLikeCheckbox(node: IndexedNode): boolean {
  if (node.words > 0) return false;
  if (hasRole(node, 'checkbox')) return true;
  const { width, height } = node.node;
  return width >= CHECKBOX_MIN && width <= CHECKBOX_MAX && Math.abs(width - height) <= 2
    && (node.node.type === 'RECTANGLE' || node.node.type === 'FRAME' || node.node.type === 'INSTANCE');
}

export function* consentAction(context: DetectorContext): Steps<ItemFinding> {
  const { phrases } = context.lexicon;
  const { meter } = context;
  let closest: { frame: string; lacking: string[] } | null = null;
  for (const frame of context.index.snapshot.frames) {
    const nodes = context.index.byFrame.get(frame.id) ?? [];
    const consent = yield* filterSteps(meter, nodes, (node) => node.words > 0 && phrases.consent.test(node.text));
    const policy = yield* filterSteps(meter, nodes, (node) => node.words > 0 && phrases.policyLink.test(node.text));
    const boxes = yield* filterSteps(meter, nodes, looksLikeCheckbox);
    const wording = [...consent, ...policy];
    const box = yield* findSteps(meter, boxes, (candidate) => wording.some((line) => verticalGap(candidate, line) <= CHECKBOX_REACH));
    if (box && consent.length > 0 && policy.length > 0) {
      const byBox = (a: IndexedNode, b: IndexedNode) => verticalGap(box, a) - verticalGap(box, b);
      const line = [...consent].sort(byBox)[0]!;
      const link = [...policy].sort(byBox)[0]!;
      return finding('privacy.consent-action', 'found',
        `"${frame.name}" asks for explicit consent: a checkbox by ${quoted(line)} with a link to ${quoted(link)}.`,
        evidenceList([box, line, link]));
    }
    const lacking = [
      boxes.length === 0 || !box ? 'a checkbox' : null,
      consent.length === 0 ? 'consent wording' : null,
      policy.length === 0 ? 'a privacy-policy link' : null,
    ].filter((part): part is string => part !== null);
    if (lacking.length < 3 && (!closest || lacking.length < closest.lacking.length)) closest = { frame: frame.name, lacking };
  }
  if (closest) return finding('privacy.consent-action', 'missing', `"${closest.frame}" comes closest but lacks ${closest.lacking.join(' and ')}.`);
  return finding('privacy.consent-action', 'missing', 'No checkbox with consent wording and a privacy-policy link was found.');
}

export function* disconnectAnytime(context: DetectorContext): Steps<ItemFinding> {
  const { phrases } = context.lexicon;
  const lines = yield* filterSteps(context.meter, textNodes(context), (node) => phrases.disconnectVerb.test(node.text) && phrases.anyTime.test(node.text));
  return foundOrMissing('privacy.disconnect-anytime', lines,
    (first) => `The customer is told they can leave: ${quoted(first)}.`,
    'Nothing tells the customer they can disconnect at any time.');
}

export function* connectionGuide(context: DetectorContext): Steps<ItemFinding> {
  const guides = yield* filterSteps(context.meter, textNodes(context), (node) => context.lexicon.phrases.connectionGuide.test(node.text));
  return foundOrMissing('privacy.connection-guide', guides,
    (first) => `A connection guide is linked: ${quoted(first)}.`,
    'No link to a guide on how to connect was found.');
}

export function* statistics(context: DetectorContext): Steps<ItemFinding> {
  const { phrases, patterns } = context.lexicon;
  const figures = yield* filterSteps(context.meter, textNodes(context), (node) => phrases.trustClaim.test(node.text) && patterns.statNumber.test(node.node.text ?? ''));
  return foundOrMissing('privacy.statistics', figures,
    (first) => `A figure backs up trust: ${quoted(first)}.`,
    'No number is tied to a trust claim (customers, businesses, encryption).');
}

type Channel = 'phone' | 'email' | 'form or chat';

/** One line may offer several channels ("Call … or email …"). */
function supportChannels(context: DetectorContext, node: IndexedNode): Channel[] {
  if (node.words > MAX_CHANNEL_WORDS) return [];
  const { phrases, patterns } = context.lexicon;
  const raw = node.node.text ?? '';
  const channels: Channel[] = [];
  const phone = patterns.phone.exec(raw)?.[0];
  // A number in a form field is the customer's own; a support line reads as support around it.
  if (phone !== undefined && phone.replace(/\D/g, '').length >= MIN_DIGITS_IN_PHONE
    && phrases.supportPhone.test(node.text) && roleNearby(context.index, node, 'input', 2) === null) channels.push('phone');
  if (patterns.email.test(raw) || phrases.supportEmail.test(node.text)) channels.push('email');
  if (phrases.supportForm.test(node.text)) channels.push('form or chat');
  return channels;
}

export function* supportContacts(context: DetectorContext): Steps<ItemFinding> {
  const byChannel = new Map<Channel, IndexedNode>();
  yield* eachSteps(context.meter, textNodes(context), (node) => {
    for (const channel of supportChannels(context, node)) if (!byChannel.has(channel)) byChannel.set(channel, node);
  });
  const channels = [...byChannel.keys()];
  if (channels.length >= 2) {
    return finding('privacy.support-contacts', 'found', `Support is reachable by ${channels.join(', ')}.`, evidenceList([...byChannel.values()]));
  }
  if (channels.length === 1) {
    return finding('privacy.support-contacts', 'missing', `Only one support channel (${channels[0]}) is shown; offer at least two.`, evidenceList([...byChannel.values()]));
  }
  return finding('privacy.support-contacts', 'missing', 'No support phone number, email or contact form was found.');
}

export function* poweredBy(context: DetectorContext): Steps<ItemFinding> {
  const { poweredBy: matcher } = context.lexicon.phrases;
  // Logos often carry the words only in their layer name.
  const marks = yield* filterSteps(context.meter, context.index.nodes, (node) => (node.words > 0 ? matcher.test(node.text) : matcher.test(node.name)));
  return foundOrMissing('privacy.powered-by', marks,
    (first) => `The connection provider is credited: ${quoted(first)}.`,
    'No "Powered by" mark for the connection provider was found.');
}

export function* mutualNda(context: DetectorContext): Steps<ItemFinding> {
  const offers = yield* filterSteps(context.meter, textNodes(context), (node) => context.lexicon.phrases.nda.test(node.text));
  return foundOrMissing('privacy.mutual-nda', offers,
    (first) => `A non-disclosure agreement is offered: ${quoted(first)}.`,
    'No mutual NDA is offered.');
}
