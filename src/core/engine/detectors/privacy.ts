/** Privacy, trust and support (docs/checklist.md, area 3). */
import type { DetectorContext } from '../context';
import { asksToConnect, textsIn, platformsIn } from '../context';
import { detector, enoughForEvidence, frameName, quoted } from '../evidence';
import { framesOpenedFrom } from '../flow-reach';
import { hasRole, roleNearby, verticalGap } from '../structure';
import { ancestorsOf, wholeText, type IndexedNode } from '../snapshot-index';
import { normaliseText } from '../text/normalise';
import { eachSteps, filterSteps, findSteps, type Steps } from '../steps';

const CHECKBOX_MIN = 10;
const CHECKBOX_MAX = 32;
/** How far (px) left of its consent line a checkbox may sit. */
const CHECKBOX_REACH = 32;
const MAX_POLICY_WORDS = 10;
const MIN_DIGITS_IN_PHONE = 8;
const MAX_CHANNEL_WORDS = 24;
const MAX_GUIDE_WORDS = 12;

/**
 * A direction the data really takes: "we never sell or share your data" and "will stop importing orders"
 * say where it does not go (a promise, or what disconnecting ends), so negated verbs are set aside first.
 */
function flowsSomewhere(context: DetectorContext, node: IndexedNode): boolean {
  const { phrases, patterns, forms } = context.lexicon;
  if (!phrases.dataDirection.test(node.text)) return false;
  const rest = node.raw.split(patterns.negatedDirection);
  return rest.length === 1 || phrases.dataDirection.test(forms(normaliseText(rest.join(' '))));
}

export const dataScope = detector('privacy.data-scope', function* (context, verdict) {
  const { phrases, patterns } = context.lexicon;
  // A category the lexicon lists, or any "<kind> data" ("health data", "payroll data"), with its direction;
  // or "we read your <kind> from <source>", which names both whatever the kind is; or a list after
  // "will read:" / "can write:", the way a permissions summary says it.
  // An offer to upload a file instead ("Import a CSV of orders") is the way round a connection, not what it
  // shares; "ShelfSight is requesting access to orders" is the platform's own consent page speaking, not the app.
  // An offer of a mutual NDA ("we'll send our NDA before any matter data is shared") is paperwork, not the data's scope.
  const scoped = yield* filterSteps(context.meter, context.texts, (node) => !phrases.alternatives.test(node.text) && !phrases.manualWays.test(node.text) && !phrases.fileWords.test(node.text)
    && !patterns.requestsAccess.test(node.raw) && !phrases.nda.test(node.text)
    && (patterns.dataFromSource.test(node.raw) || patterns.scopeList.test(node.raw) || patterns.weReadData.test(node.raw) || ((phrases.dataCategory.test(node.text) || patterns.namedData.test(node.raw))
      && flowsSomewhere(context, node))), enoughForEvidence());
  if (scoped.length === 0) return verdict.missing('No copy in the connect flow says which data is shared and in which direction it flows.');
  return verdict.found(`The copy names the data and its direction: ${quoted(scoped[0]!)}.`, scoped);
});

export const trustLanguage = detector('privacy.trust-language', function* (context, verdict) {
  const { phrases } = context.lexicon;
  // "Need an MNDA for your security review?" offers paperwork to a security team; it reassures nobody.
  const trust = yield* filterSteps(context.meter, context.texts, (node) => phrases.trust.test(node.text) && !phrases.nda.test(node.text), enoughForEvidence());
  if (trust.length === 0) return verdict.missing('No reassuring wording (secure, encrypted, never shared without consent) was found in the connect flow.');
  return verdict.found(`Reassuring wording is used: ${quoted(trust[0]!)}.`, trust);
});

/** A small square shape (or a layer named like a checkbox) with no text of its own. */
function looksLikeCheckbox(context: DetectorContext, node: IndexedNode): boolean {
  if (node.words > 0 || node.node.text !== undefined) return false;
  const { width, height, type } = node.node;
  const square = width >= CHECKBOX_MIN && width <= CHECKBOX_MAX && Math.abs(width - height) <= 2;
  if (!square) return false;
  if (hasRole(context.lexicon, node, 'checkbox')) return true;
  return (type === 'RECTANGLE' || type === 'FRAME' || type === 'INSTANCE' || type === 'VECTOR') && node.node.fill !== 'image';
}

function besideLine(box: IndexedNode, line: IndexedNode): boolean {
  const gap = line.node.x - (box.node.x + box.node.width);
  const centre = box.node.y + box.node.height / 2;
  return gap >= -2 && gap <= CHECKBOX_REACH && centre >= line.node.y - 4 && centre <= line.node.y + Math.min(line.node.height, CHECKBOX_MAX) + 4;
}

/** Screens that ask to connect, and the screens their links open (the sheet before the redirect). */
function connectSteps(context: DetectorContext): Set<string> {
  const frames = framesOpenedFrom(context, (frameId) => context.ctas.has(frameId));
  for (const frameId of context.ctas.keys()) frames.add(frameId);
  return frames;
}

/**
 * Consent wording: "I agree…", or any first-person line about the data or connecting ("I'm happy
 * for Floatly to read my invoices"), since a ticked "I…" by a box is the customer's own statement.
 */
function readsAsConsent(context: DetectorContext, node: IndexedNode, onConnectStep: boolean): boolean {
  const { phrases, patterns } = context.lexicon;
  const aboutData = phrases.dataCategory.test(node.text) || patterns.namedData.test(node.raw) || phrases.connectVerb.test(node.text);
  // "I agree to the Terms" at sign-up or checkout accepts the app's terms; an agreement is consent to
  // share when it names the data or sharing, or sits where connecting happens.
  if (phrases.consent.test(node.text)) return aboutData || phrases.dataDirection.test(node.text) || onConnectStep;
  // "I'm happy for PayRota to read my rota": the customer's own words on reading their system.
  return patterns.firstPerson.test(node.raw) && (aboutData || (phrases.dataDirection.test(node.text) && phrases.connectObject.test(node.text)));
}

export const consentAction = detector('privacy.consent-action', function* (context, verdict) {
  const { phrases } = context.lexicon;
  const { meter } = context;
  let closest: { frame: string; lacking: string[] } | null = null;
  const steps = connectSteps(context);
  for (const frame of context.scopeFrames) {
    const texts = textsIn(context, frame.id);
    const consent = yield* filterSteps(meter, texts, (node) => readsAsConsent(context, node, steps.has(frame.id)));
    // The policy may be linked inside the consent line itself ("… as described in the Privacy Statement").
    const policy = yield* filterSteps(meter, texts, (node) => (node.words <= MAX_POLICY_WORDS || consent.indexOf(node) >= 0) && phrases.policyLink.test(node.text));
    const boxes = yield* filterSteps(meter, context.index.byFrame.get(frame.id) ?? [], (node) => looksLikeCheckbox(context, node));
    // The box sits just left of its consent line, level with its first line.
    const box = yield* findSteps(meter, boxes, (candidate) => consent.some((line) => besideLine(candidate, line)));
    if (box && consent.length > 0 && policy.length > 0) {
      const byBox = (a: IndexedNode, b: IndexedNode) => verticalGap(box, a) - verticalGap(box, b);
      const line = [...consent].sort(byBox)[0]!;
      const link = [...policy].sort(byBox)[0]!;
      return verdict.found(`${frameName(frame.name)} asks for explicit consent: a checkbox by ${quoted(line)} with a link to ${quoted(link)}.`, [box, line, link]);
    }
    const lacking = [
      !box ? 'a checkbox' : null,
      consent.length === 0 ? 'consent wording' : null,
      policy.length === 0 ? 'a privacy-policy link' : null,
    ].filter((part): part is string => part !== null);
    if (lacking.length < 3 && (!closest || lacking.length < closest.lacking.length)) closest = { frame: frame.name, lacking };
  }
  if (closest) return verdict.missing(`${frameName(closest.frame)} comes closest but lacks ${closest.lacking.join(' and ')}.`);
  return verdict.missing('No checkbox with consent wording and a privacy-policy link was found in the connect flow.');
});

export const disconnectAnytime = detector('privacy.disconnect-anytime', function* (context, verdict) {
  const { phrases } = context.lexicon;
  // "Cancel your subscription at any time" is about billing, not about the connection.
  const lines = yield* filterSteps(context.meter, context.texts, (node) => phrases.disconnectVerb.test(node.text) && phrases.anyTime.test(node.text), enoughForEvidence());
  if (lines.length === 0) return verdict.missing('Nothing tells the customer they can disconnect at any time.');
  return verdict.found(`The customer is told they can leave: ${quoted(lines[0]!)}.`, lines);
});

export const connectionGuide = detector('privacy.connection-guide', function* (context, verdict) {
  const { phrases } = context.lexicon;
  // A help centre in general is not a guide to connecting; one that names connecting or the platform is.
  const guides = yield* filterSteps(context.meter, context.texts, (node) => node.words <= MAX_GUIDE_WORDS && (phrases.connectionGuide.test(node.text)
    || (phrases.guideWords.test(node.text) && (phrases.connectVerb.test(node.text) || platformsIn(context, node.frame.id).some((mention) => mention.node === node)))), enoughForEvidence());
  if (guides.length === 0) return verdict.missing('No link to a guide on how to connect was found.');
  return verdict.found(`A connection guide is linked: ${quoted(guides[0]!)}.`, guides);
});

const TRUST_WORD = /\btrust/i;
const PLATFORM_NAME_WORDS = 6;

export const statistics = detector('privacy.statistics', function* (context, verdict) {
  const { phrases, patterns } = context.lexicon;
  // "4,500+ sellers": a crowd of businesses counted in thousands is a trust figure; a crowd of consumers
  // ("2M+ members") is not the customers the checklist means, "256-bit encryption" is a key length, and what can be connected ("Choose from
  // 12,000+ banks") is no crowd. A sum of money ("grants up to £50,000 for businesses") is an offer.
  // "312 invoices, 84 customers" counts what an import brought in: data counted without a word of trust.
  const countsData = (node: IndexedNode) => phrases.dataCategory.test(node.text) && !phrases.trust.test(node.text) && !TRUST_WORD.test(node.raw);
  // "Microsoft Dynamics 365 Business Central" is a platform's name, whatever its digits.
  const namesPlatform = (node: IndexedNode) => node.words <= PLATFORM_NAME_WORDS && context.lexicon.anyPlatform.test(node.text);
  const figures = yield* filterSteps(context.meter, context.texts, (node) => (phrases.trustClaim.test(node.text) && !patterns.identifier.test(node.raw)
    && patterns.statNumber.test(node.raw.split(patterns.money).join(' ').split(patterns.keyLength).join(' ')) && !countsData(node) && !namesPlatform(node))
    || (patterns.crowdCount.test(node.raw.split(patterns.money).join(' ')) && phrases.businessCrowd.test(node.text) && !countsConnectables(context, node)), enoughForEvidence());
  if (figures.length === 0) return verdict.missing('No number is tied to a trust claim (customers, businesses, encryption).');
  return verdict.found(`A figure backs up trust: ${quoted(figures[0]!)}.`, figures);
});

/** The line counts things that can be connected, or offers to connect them. */
/** What is counted is itself something to connect ("Choose from 12,000+ banks", "200+ integrations"). */
function countsConnectables(context: DetectorContext, node: IndexedNode): boolean {
  const { phrases, patterns, forms } = context.lexicon;
  const counted = patterns.crowdCount.exec(node.raw)?.[0] ?? '';
  const noun = forms(normaliseText(counted.slice(counted.lastIndexOf(' ') + 1)));
  return phrases.connectObject.test(noun) || phrases.genericObject.test(noun);
}

type Channel = 'phone' | 'email' | 'form or chat';
const CHANNEL_KINDS = 3;

/** One line may offer several channels ("Call … or email …"). */
function supportChannels(context: DetectorContext, node: IndexedNode, onHelpScreen: boolean): Channel[] {
  if (node.words > MAX_CHANNEL_WORDS) return [];
  const { phrases, patterns } = context.lexicon;
  const channels: Channel[] = [];
  const phone = patterns.phone.exec(node.raw)?.[0];
  // A number in a form field is the customer's own; a support line reads as support around it.
  // "Questions? Call…" or "Still stuck? brands@…": a cue for help makes any number or address a support line.
  // The cue may open the whole line while the number or address is a later part of it.
  const cued = onHelpScreen || phrases.helpCue.test(node.text)
    || (node.part === true && (phone !== undefined || patterns.anyEmail.test(node.raw)) && phrases.helpCue.test(wholeText(context.index, node).text));
  if (phone !== undefined && phone.replace(/\D/g, '').length >= MIN_DIGITS_IN_PHONE
    && (phrases.supportPhone.test(node.text) || cued) && roleNearby(context.lexicon, context.index, node, 'input', 2) === null) channels.push('phone');
  if (patterns.email.test(node.raw) || phrases.supportEmail.test(node.text) || (cued && patterns.anyEmail.test(node.raw))) channels.push('email');
  if (phrases.supportForm.test(node.text) || patterns.bookCall.test(node.raw)) channels.push('form or chat');
  return channels;
}

const MAX_HELP_ENTRY_WORDS = 4;

/**
 * Help screens one click from the connect flow, opened by a control labelled help, support or
 * contact: support offered along the way, though the screen itself says nothing about connecting.
 */
function* helpScreens(context: DetectorContext): Steps<string[]> {
  const { index, lexicon, scope } = context;
  const screens: string[] = [];
  // Only from frames that ask to connect or list platforms: a help link on a welcome screen is the app's general help.
  const connecting = (frameId: string) => asksToConnect(context, frameId);
  yield* eachSteps(context.meter, index.snapshot.links, (link) => {
    if (!scope.has(link.sourceFrameId) || scope.has(link.destinationFrameId) || screens.indexOf(link.destinationFrameId) >= 0 || !connecting(link.sourceFrameId)) return;
    const frame = index.framesById.get(link.sourceFrameId);
    const source = frame ? index.byIdInFrame.get(frame)?.get(link.sourceNodeId) : undefined;
    if (!source) return;
    const labels = source.node.text !== undefined ? [source] : textsIn(context, link.sourceFrameId).filter((text) => ancestorsOf(index, text, 3).indexOf(source) >= 0);
    if (labels.some((label) => label.words <= MAX_HELP_ENTRY_WORDS && lexicon.phrases.helpEntry.test(label.text))) screens.push(link.destinationFrameId);
  });
  return screens;
}

export const supportContacts = detector('privacy.support-contacts', function* (context, verdict) {
  const byChannel = new Map<Channel, IndexedNode>();
  const texts = [...context.texts];
  const help = new Set(yield* helpScreens(context));
  for (const screen of help) texts.push(...textsIn(context, screen));
  // A screen named for help ("Help sheet") is a help screen wherever it sits.
  for (const frame of context.scopeFrames) if (context.lexicon.phrases.helpEntry.test(context.index.frameNames.get(frame.id) ?? ' ')) help.add(frame.id);
  // Once every kind of channel has its first line, the rest of the flow cannot change the finding.
  yield* findSteps(context.meter, texts, (node) => {
    for (const channel of supportChannels(context, node, help.has(node.frame.id))) if (!byChannel.has(channel)) byChannel.set(channel, node);
    return byChannel.size === CHANNEL_KINDS;
  });
  const channels = [...byChannel.keys()];
  const shown = [...byChannel.values()];
  if (channels.length >= 2) return verdict.found(`Support is reachable by ${channels.join(' and ')}: ${shown.map(quoted).join(', ')}.`, shown);
  if (channels.length === 1) return verdict.missing(`Only one support channel (${channels[0]}: ${quoted(shown[0]!)}) is shown; offer at least two.`, shown);
  return verdict.missing('No support phone number, email or contact form was found in the connect flow.');
});

export const poweredBy = detector('privacy.powered-by', function* (context, verdict) {
  const { poweredBy: matcher } = context.lexicon.phrases;
  const worded = yield* filterSteps(context.meter, context.texts, (node) => matcher.test(node.text), enoughForEvidence());
  if (worded.length > 0) return verdict.found(`The connection provider is credited: ${quoted(worded[0]!)}.`, worded);
  // Logos often carry the words only in their layer name: a hint, for a person to confirm.
  const named = yield* filterSteps(context.meter, context.index.nodes, (node) => node.words === 0 && context.scope.has(node.frame.id) && matcher.test(node.name));
  if (named.length > 0) return verdict.manual(`A layer is named ${quoted(named[0]!)} but shows no words: check the mark reads as "Powered by".`, named);
  return verdict.missing('No "Powered by" mark for the connection provider was found.');
});

export const mutualNda = detector('privacy.mutual-nda', function* (context, verdict) {
  const offers = yield* filterSteps(context.meter, context.texts, (node) => context.lexicon.phrases.nda.test(node.text), enoughForEvidence());
  if (offers.length === 0) return verdict.missing('No mutual NDA is offered.');
  return verdict.found(`A non-disclosure agreement is offered: ${quoted(offers[0]!)}.`, offers);
});

export const PRIVACY_DETECTORS = [dataScope, trustLanguage, consentAction, disconnectAnytime, connectionGuide, statistics, supportContacts, poweredBy, mutualNda];
