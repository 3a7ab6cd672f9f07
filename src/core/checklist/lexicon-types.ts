import type { AreaId } from './types';

/** Named phrase lists the detectors match on (see lexicon.json for the matching rules). */
export type PhraseListName =
  | 'signUp'
  | 'emailFrame'
  | 'emailMarkers'
  | 'connectVerb'
  | 'connectObject'
  | 'genericObject'
  | 'notConnectable'
  | 'bareConnect'
  | 'socialProof'
  | 'prefill'
  | 'value'
  | 'dataUse'
  | 'featureScreen'
  | 'faq'
  | 'progress'
  | 'dataCategory'
  | 'dataDirection'
  | 'trust'
  | 'consent'
  | 'policyLink'
  | 'disconnectVerb'
  | 'anyTime'
  | 'connectionGuide'
  | 'guideWords'
  | 'trustClaim'
  | 'supportPhone'
  | 'supportEmail'
  | 'supportForm'
  | 'businessCrowd'
  | 'fileWords'
  | 'helpEntry'
  | 'poweredBy'
  | 'nda'
  | 'redirect'
  | 'alternatives'
  | 'manualWays'
  | 'insteadWords'
  | 'nonLinear'
  | 'pauseOnConnect'
  | 'inviteOnConnect'
  | 'helpCue'
  | 'refreshStart'
  | 'addAnother'
  | 'deleteControl'
  | 'rowDelete'
  | 'notConnectionDelete'
  | 'refreshControl'
  | 'search'
  | 'navEntry'
  | 'settingsScreen'
  | 'signIn'
  | 'forwardAction'
  | 'searchedElse'
  | 'publicRecords'
  | 'paymentNetworks'
  | 'businessSoftware'
  | 'businessWords';

/** Layer-name vocabularies that tell what a node is (a button, a checkbox, an input…). */
export type RoleName =
  | 'button' | 'checkbox' | 'input' | 'searchControl' | 'navigation' | 'appNavigation' | 'subMenu'
  | 'spinner' | 'logo' | 'progress' | 'refreshIcon' | 'chart' | 'star';

export type PatternName = 'phone' | 'email' | 'stepMarker' | 'statNumber' | 'date' | 'progressCount' | 'strengthMeter' | 'quote' | 'connectVerbFirst' | 'connectToName' | 'attribution' | 'syncing' | 'connectionStatus' | 'syncWording' | 'namedData'
  | 'rating' | 'prefilled' | 'speedPromise' | 'firstPerson' | 'dataFromSource' | 'pauseLater' | 'handOver' | 'handOverOffer' | 'crowdCount' | 'addControl' | 'negatedDirection' | 'requestsAccess' | 'money' | 'keyLength' | 'scopeList' | 'anyEmail' | 'choreGone' | 'bookCall' | 'missingPlatformQuestion' | 'crowdAlready' | 'identifier'
  | 'weRead' | 'weReadData' | 'statusSentence' | 'returnTrip';

export type PlatformCategory = 'accounting' | 'commerce' | 'banking';

export interface KnownPlatform {
  /** The bare brand name as people say it. */
  name: string;
  category: PlatformCategory;
  /** Unambiguous product names; a mention of one of these is accurate branding. */
  fullNames: string[];
  /** True when the bare name covers several products (QuickBooks Online vs Desktop). */
  ambiguous: boolean;
  /** True when the bare name is an everyday word: only full names count as a mention. */
  matchFullNamesOnly?: boolean;
}

export interface CategoryHeadings {
  id: PlatformCategory;
  headings: string[];
}

export interface Lexicon {
  /** Variant spellings and the form the stemmer is given ("authorise" → "authorize"). */
  spellings: Record<string, string>;
  /** Words kept whole: their stem is another word's ("booking" would read as "books"). */
  unstemmed: string[];
  phrases: Record<PhraseListName, string[]>;
  roles: Record<RoleName, string[]>;
  patterns: Record<PatternName, string>;
  categories: CategoryHeadings[];
  platforms: KnownPlatform[];
}

export const PLATFORM_CATEGORIES: readonly PlatformCategory[] = ['accounting', 'commerce', 'banking'];

/** Kept next to the types so a new list name is added in one place. */
export const PHRASE_LIST_NAMES: readonly PhraseListName[] = [
  'signUp', 'emailFrame', 'emailMarkers', 'connectVerb', 'connectObject', 'genericObject', 'notConnectable', 'bareConnect', 'socialProof', 'prefill', 'value', 'dataUse', 'featureScreen', 'faq', 'progress', 'dataCategory', 'dataDirection', 'trust', 'consent', 'policyLink', 'disconnectVerb', 'anyTime', 'connectionGuide', 'guideWords', 'trustClaim', 'supportPhone', 'supportEmail', 'supportForm', 'businessCrowd', 'fileWords', 'helpEntry', 'poweredBy', 'nda', 'redirect', 'alternatives', 'manualWays', 'insteadWords', 'nonLinear', 'pauseOnConnect', 'inviteOnConnect', 'helpCue', 'refreshStart', 'addAnother', 'deleteControl', 'rowDelete', 'notConnectionDelete', 'refreshControl', 'search', 'navEntry', 'settingsScreen', 'signIn', 'forwardAction', 'searchedElse', 'publicRecords', 'paymentNetworks', 'businessSoftware', 'businessWords',
];

export const ROLE_NAMES: readonly RoleName[] = [
  'button', 'checkbox', 'input', 'searchControl', 'navigation', 'appNavigation', 'subMenu',
  'spinner', 'logo', 'progress', 'refreshIcon', 'chart', 'star',
];

export const PATTERN_NAMES: readonly PatternName[] = [
  'phone', 'email', 'stepMarker', 'statNumber', 'date', 'progressCount', 'strengthMeter', 'quote', 'connectVerbFirst', 'connectToName', 'attribution',
  'syncing', 'connectionStatus', 'syncWording', 'namedData', 'rating', 'prefilled', 'speedPromise', 'firstPerson', 'dataFromSource',
  'pauseLater', 'handOver', 'handOverOffer', 'crowdCount', 'addControl', 'negatedDirection', 'requestsAccess', 'money',
  'weRead', 'weReadData', 'statusSentence', 'returnTrip', 'keyLength', 'scopeList', 'anyEmail', 'choreGone', 'bookCall', 'missingPlatformQuestion', 'crowdAlready', 'identifier',
];

export type { AreaId };
