/**
 * The lexicon compiled once per process: phrase lists, role names, patterns, platform names
 * and category headings, all over the same word forms. This is the engine's one route to the
 * lexicon: the context carries it to every pass and detector.
 */
import { LEXICON } from '../../checklist/lexicon';
import type { KnownPlatform, Lexicon, PatternName, PhraseListName, PlatformCategory, RoleName } from '../../checklist/lexicon-types';
import { flatMap } from '../../util/es2017';
import { normaliseText } from './normalise';
import { compilePhrases, type PhraseMatcher } from './phrase-matcher';
import { createWordForms, type WordForms } from './word-forms';
import { drain, type Steps } from '../steps';

export interface PlatformMatcher {
  platform: KnownPlatform;
  full: PhraseMatcher;
  /** Full names as whole-word patterns, to blank them out before looking for the bare name. */
  fullGlobal: RegExp;
  bare: PhraseMatcher | null;
}

export interface LexiconMatchers {
  /** Normalised text → its word forms (stems), as every matcher expects it. */
  forms: WordForms;
  phrases: Record<PhraseListName, PhraseMatcher>;
  roles: Record<RoleName, PhraseMatcher>;
  patterns: Record<PatternName, RegExp>;
  platforms: PlatformMatcher[];
  /** Any full or bare platform name: most text names no platform, and one test rules it out. */
  anyPlatform: PhraseMatcher;
  categories: { id: PlatformCategory; heading: PhraseMatcher }[];
}

function mapValues<K extends string, A, B>(record: Record<K, A>, fn: (value: A) => B): Record<K, B> {
  const out = {} as Record<K, B>;
  for (const key of Object.keys(record) as K[]) out[key] = fn(record[key]);
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Phrase lists compiled between two yields: about a millisecond's work. */
const LISTS_PER_STEP = 8;

/**
 * Compiles the lexicon, yielding every few lists: the first review in the plugin's process
 * compiles it inside the scan's slices, and in one piece it would take a slice of its own of
 * 15–20 ms on a cold start.
 */
export function* compileLexiconSteps(lexicon: Lexicon): Steps<LexiconMatchers> {
  const forms = createWordForms(lexicon.spellings, lexicon.unstemmed);
  let sinceYield = 0;
  function* phrases(list: readonly string[]): Steps<PhraseMatcher> {
    const matcher = compilePhrases(list, forms);
    if (++sinceYield >= LISTS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    return matcher;
  }
  function* eachList<K extends string>(record: Record<K, string[]>): Steps<Record<K, PhraseMatcher>> {
    const out = {} as Record<K, PhraseMatcher>;
    for (const key of Object.keys(record) as K[]) out[key] = yield* phrases(record[key]);
    return out;
  }
  const phraseLists = yield* eachList(lexicon.phrases);
  const roles = yield* eachList(lexicon.roles);
  const patterns = mapValues(lexicon.patterns, (source) => new RegExp(source, 'iu'));
  yield;
  const platforms: PlatformMatcher[] = [];
  for (const platform of lexicon.platforms) {
    platforms.push({
      platform,
      full: yield* phrases(platform.fullNames),
      fullGlobal: new RegExp(` (?:${platform.fullNames.map((name) => escape(forms(normaliseText(name)).trim())).join('|')})(?= )`, 'gu'),
      bare: platform.matchFullNamesOnly ? null : yield* phrases([platform.name]),
    });
  }
  const anyPlatform = yield* phrases(flatMap(lexicon.platforms, (platform) => (platform.matchFullNamesOnly ? platform.fullNames : [...platform.fullNames, platform.name])));
  const categories: LexiconMatchers['categories'] = [];
  for (const category of lexicon.categories) categories.push({ id: category.id, heading: yield* phrases(category.headings) });
  return { forms, phrases: phraseLists, roles, patterns, platforms, anyPlatform, categories };
}

export function compileLexicon(lexicon: Lexicon): LexiconMatchers {
  return drain(compileLexiconSteps(lexicon));
}

let compiled: LexiconMatchers | null = null;

/** The bundled lexicon, compiled on first use (never at import time). */
export function lexiconMatchers(): LexiconMatchers {
  compiled ??= compileLexicon(LEXICON);
  return compiled;
}

/** The same, compiled in steps when it is not compiled yet. */
export function* lexiconMatchersSteps(): Steps<LexiconMatchers> {
  compiled ??= yield* compileLexiconSteps(LEXICON);
  return compiled;
}
