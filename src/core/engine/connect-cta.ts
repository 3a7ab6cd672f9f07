/**
 * A connect call to action: a short, clickable label that starts with a connecting verb and
 * names what is connected, the customer's software, accounts or data ("Connect your
 * accounting", "Link bank account", "Connect with Apple Health"). A bare "Connect" counts on
 * a screen that is about connecting (platform names or connection copy). Not a CTA: copy that
 * merely mentions connecting, a product name that contains the word ("Rider Connect"), or
 * connecting a device or people ("Connect your watch", "Connect with friends").
 *
 * Objects come in two kinds: the customer's books, bank, software, store or payroll say what is
 * connected; "apps", "tools" or "integrations" could be anything (a team chat, a calendar), so a
 * label naming only those counts like a bare "Connect", and copy naming only those makes a screen
 * about connecting only when the screen also names something financial.
 */
import type { PlatformMention } from './platform-mentions';
import { isClickable, isTextNode, looksLikeButton, MAX_CONTROL_WORDS } from './structure';
import { ancestorsOf, isOrUnder, type IndexedNode, type SnapshotIndex } from './snapshot-index';
import { eachSteps, findSteps, someSteps, type Steps, type WorkMeter } from './steps';
import type { LexiconMatchers } from './text/lexicon-matchers';

/** How many layers up a card holds its name, its button and its link (name → row → card). */
const CARD_DEPTH = 3;

/** The words after a label's first word, the verb ("Connect your books" → "your books"). */
function wordsAfterVerb(node: IndexedNode): string {
  return node.text.slice(node.text.indexOf(' ', 1));
}

/** A label that asks to connect something, judged on its words alone. */
export function readsAsConnectLabel(lexicon: LexiconMatchers, node: IndexedNode): 'named' | 'bare' | null {
  const { phrases, patterns } = lexicon;
  if (phrases.notConnectable.test(node.text)) return null;
  // A whole label that only connects ("Set up sync") need not start with the verb: see isConnectCta.
  if (!patterns.connectVerbFirst.test(node.raw)) return phrases.bareConnect.isWhole(node.text) ? 'bare' : null;
  // The object follows the verb ("Add connection": the verb is "add", the object "connection").
  const object = wordsAfterVerb(node);
  const named = objectKind(lexicon, object, node.raw);
  if (named === 'financial' || lexicon.anyPlatform.test(node.text)) return 'named';
  if (connectsToNamedProduct(lexicon, node)) return 'named';
  return named === 'account' || phrases.bareConnect.isWhole(node.text) || phrases.genericObject.test(object) ? 'bare' : null;
}

const ACCOUNT_WORD = /\baccounts?\b/i;
const ACCOUNTING_WORD = /\baccounting\b/i;
/** "account", "accounts" and "accounting" share one word form. */
const ACCOUNT_FORM = / account(?= )/g;

/**
 * What the words after the verb name: the customer's books, bank or store ('financial'), or an
 * account and nothing more ('account'): a Gmail or Instagram account is an account too, so on its
 * own the word says no more than "Connect" does.
 */
function objectKind(lexicon: LexiconMatchers, words: string, raw: string): 'financial' | 'account' | null {
  const { connectObject } = lexicon.phrases;
  if (!connectObject.test(words)) return null;
  if (!ACCOUNT_WORD.test(raw) || ACCOUNTING_WORD.test(raw)) return 'financial';
  return connectObject.test(words.replace(ACCOUNT_FORM, '')) ? 'financial' : 'account';
}

/** "Connect with Apple Health", "Link to Xero": a verb, then a capitalised product name. */
function connectsToNamedProduct(lexicon: LexiconMatchers, node: IndexedNode): boolean {
  const name = lexicon.patterns.connectToName.exec(node.raw)?.[1];
  return name !== undefined && name !== name.toLowerCase() && !lexicon.phrases.notConnectable.test(node.text);
}

/**
 * Connection copy: a sentence about connecting the customer's software, accounts or data;
 * 'generic' when it names only an object that could be anything ("Connect the apps your team uses").
 */
export function readsAsConnectionCopy(lexicon: LexiconMatchers, node: IndexedNode): 'named' | 'generic' | null {
  const { phrases } = lexicon;
  // Most text never mentions connecting: the remembered test rules it out before any search.
  if (!phrases.connectVerb.test(node.text)) return null;
  if (connectsToNamedProduct(lexicon, node)) return 'named';
  const verb = phrases.connectVerb.find(node.text);
  if (verb === null || phrases.notConnectable.test(node.text)) return null;
  // Verb and object are different words: "connections" alone is neither.
  const at = node.text.indexOf(` ${verb} `);
  const rest = `${node.text.slice(0, at)} ${node.text.slice(at + verb.length + 2)}`;
  const named = objectKind(lexicon, rest, node.raw);
  if (named === 'financial') return 'named';
  return named === 'account' || phrases.genericObject.test(rest) ? 'generic' : null;
}

/**
 * The frame names financial things on its own: a kind of financial data ("invoices") or a category
 * heading ("Accounting", "Bank feeds"). A word in passing ("Head of Sales") is not enough.
 */
function namesFinancialThings(lexicon: LexiconMatchers, texts: readonly IndexedNode[]): boolean {
  return texts.some((node) => lexicon.phrases.dataCategory.test(node.text)
    || lexicon.categories.some((category) => category.heading.isWhole(node.text)));
}

/**
 * A platform's card that the prototype follows when clicked ("Shopify" on a picker): on a screen
 * about connecting, choosing the platform is the call to action, whatever the card says.
 */
function isLinkedPlatformCard(lexicon: LexiconMatchers, index: SnapshotIndex, node: IndexedNode): boolean {
  if (!lexicon.anyPlatform.test(node.text)) return false;
  return isOrUnder(index, node, CARD_DEPTH, (nodeId) => index.linkSources.has(nodeId));
}

const CHOOSE_VERB_FIRST = /^(?:choose|select|pick|find)\s/i;

/**
 * "Choose booking software" on a screen headed "Plug in your booking software": the way in is a
 * choice of the customer's software, bank or books, so the button that makes it is the prompt.
 */
function choosesSoftware(lexicon: LexiconMatchers, index: SnapshotIndex, node: IndexedNode): boolean {
  return CHOOSE_VERB_FIRST.test(node.raw) && objectKind(lexicon, wordsAfterVerb(node), node.raw) === 'financial'
    && looksLikeButton(index, node);
}

/** A known platform's name on the label's own card: the label is that platform's button. */
function onPlatformCard(lexicon: LexiconMatchers, index: SnapshotIndex, node: IndexedNode): boolean {
  const cards = new Set(ancestorsOf(index, node, CARD_DEPTH).map((ancestor) => ancestor.node.id));
  if (cards.size === 0) return false;
  return (index.textsByFrame.get(node.frame.id) ?? []).some((other) => other !== node && lexicon.anyPlatform.test(other.text)
    && isOrUnder(index, other, CARD_DEPTH, (nodeId) => cards.has(nodeId)));
}

export function isConnectCta(lexicon: LexiconMatchers, index: SnapshotIndex, node: IndexedNode, aboutConnecting: (frameId: string) => boolean): boolean {
  if (!isTextNode(node) || node.words > MAX_CONTROL_WORDS) return false;
  const label = readsAsConnectLabel(lexicon, node);
  if (label === null) return aboutConnecting(node.frame.id) && (isLinkedPlatformCard(lexicon, index, node) || choosesSoftware(lexicon, index, node));
  if (label === 'bare' && !aboutConnecting(node.frame.id)) return false;
  // Without a connecting verb first ("Set up sync"), only a known platform's own card says what is synced.
  if (label === 'bare' && !lexicon.patterns.connectVerbFirst.test(node.raw) && !onPlatformCard(lexicon, index, node)) return false;
  return isClickable(lexicon, index, node);
}

/** Frames whose copy is about connecting: platform names or connection wording. */
export function* framesAboutConnecting(index: SnapshotIndex, lexicon: LexiconMatchers, platformFrames: ReadonlySet<string>, meter: WorkMeter): Steps<Set<string>> {
  const frames = new Set(platformFrames);
  const generic = new Set<string>();
  yield* eachSteps(meter, index.texts, (node) => {
    if (frames.has(node.frame.id)) return;
    const copy = readsAsConnectionCopy(lexicon, node);
    if (copy === 'named') frames.add(node.frame.id);
    else if (copy === 'generic') generic.add(node.frame.id);
  });
  for (const frameId of generic) {
    if (!frames.has(frameId) && namesFinancialThings(lexicon, index.textsByFrame.get(frameId) ?? [])) frames.add(frameId);
  }
  return frames;
}

/** The label names the customer's books, bank, store or data in so many words, not only a brand. */
function namesFinancialObject(lexicon: LexiconMatchers, node: IndexedNode): boolean {
  return objectKind(lexicon, wordsAfterVerb(node), node.raw) === 'financial';
}

/** Copy that asks to connect a consumer service ("Link your Alexa account", "Sync with Apple Health"). */
function asksForConsumerService(lexicon: LexiconMatchers, node: IndexedNode): boolean {
  return node.words <= CONSUMER_ASK_WORDS && lexicon.phrases.notConnectable.test(node.text) && lexicon.patterns.connectVerbFirst.test(node.raw);
}

const CONSUMER_ASK_WORDS = 6;

/**
 * Connect CTAs per frame id, in document order. `platforms` are the platform mentions already
 * found in the file's texts: they tell which labels name a platform that is not a bank.
 */
export function* findConnectCtas(index: SnapshotIndex, lexicon: LexiconMatchers, about: ReadonlySet<string>, platforms: readonly PlatformMention[], meter: WorkMeter): Steps<Map<string, IndexedNode[]>> {
  const byFrame = new Map<string, IndexedNode[]>();
  const aboutConnecting = (frameId: string) => about.has(frameId);
  yield* eachSteps(meter, index.texts, (node) => {
    if (!isConnectCta(lexicon, index, node, aboutConnecting)) return;
    const list = byFrame.get(node.frame.id);
    if (list) list.push(node);
    else byFrame.set(node.frame.id, [node]);
  });
  // On a screen that asks to connect a consumer service, "Link with Amazon" signs in to that service
  // (Alexa): there, only a prompt naming the books, bank or store in so many words is the customer's.
  // A screen that offers card networks (Visa, Mastercard) picks how to pay: "Link your bank" there is a
  // payment method; only a prompt naming the customer's software, books or store is a connection.
  for (const [frameId, ctas] of byFrame) {
    const texts = index.textsByFrame.get(frameId) ?? [];
    // Metered passes: a screen of thousands of texts must not stall a slice.
    const consumerAsk = yield* someSteps(meter, texts, (node) => asksForConsumerService(lexicon, node));
    const paying = yield* someSteps(meter, texts, (node) => listsNetworks(lexicon, node));
    if (!consumerAsk && !paying) continue;
    const kept = ctas.filter((cta) => namesFinancialObject(lexicon, cta) && (!paying || namesBusinessSoftware(lexicon, cta, platforms)));
    if (kept.length > 0) byFrame.set(frameId, kept);
    else byFrame.delete(frameId);
  }
  return byFrame;
}

/**
 * Card networks listed in one line ("Visa, Mastercard, Amex"): a choice of how to pay. Integrations
 * named after a network ("Mastercard Smart Data") sit on cards of their own.
 */
const MIN_PAYMENT_NETWORKS = 2;

function listsNetworks(lexicon: LexiconMatchers, node: IndexedNode): boolean {
  const networks = lexicon.phrases.paymentNetworks;
  // The remembered test rules most texts out before any search.
  if (!networks.test(node.text)) return false;
  let count = 0;
  let rest = node.text;
  for (let found = networks.find(rest); found !== null && count < MIN_PAYMENT_NETWORKS; found = networks.find(rest)) {
    count++;
    rest = rest.replace(` ${found} `, ' ');
  }
  return count >= MIN_PAYMENT_NETWORKS;
}

/** The label names the customer's software, books or store, or a platform that is not a bank. */
function namesBusinessSoftware(lexicon: LexiconMatchers, node: IndexedNode, platforms: readonly PlatformMention[]): boolean {
  return lexicon.phrases.businessSoftware.test(node.text) || platforms.some((mention) => mention.node === node && mention.platform.category !== 'banking');
}

/**
 * The file speaks of a business: a word only a business uses (company, invoices, payroll, sales…),
 * copy about connecting its software, books, store or till, or a platform that is not a bank.
 * A consumer app that links a bank to pay rent or top up pocket money does none of these.
 */
export function* speaksOfABusiness(index: SnapshotIndex, lexicon: LexiconMatchers, platforms: readonly PlatformMention[], meter: WorkMeter): Steps<boolean> {
  if (platforms.some((mention) => mention.platform.category !== 'banking')) return true;
  const { phrases } = lexicon;
  // "Accounting" and "account" share one word form: the word itself is read from the raw text.
  const business = yield* findSteps(meter, index.texts, (node) => phrases.businessWords.test(node.text) || ACCOUNTING_WORD.test(node.raw)
    || (phrases.connectVerb.test(node.text) && phrases.businessSoftware.test(node.text)));
  return business !== undefined;
}
