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

export function compileLexicon(lexicon: Lexicon): LexiconMatchers {
  const forms = createWordForms(lexicon.spellings);
  const phrases = (list: readonly string[]) => compilePhrases(list, forms);
  return {
    forms,
    phrases: mapValues(lexicon.phrases, phrases),
    roles: mapValues(lexicon.roles, phrases),
    patterns: mapValues(lexicon.patterns, (source) => new RegExp(source, 'iu')),
    platforms: lexicon.platforms.map((platform) => ({
      platform,
      full: phrases(platform.fullNames),
      fullGlobal: new RegExp(` (?:${platform.fullNames.map((name) => escape(forms(normaliseText(name)).trim())).join('|')})(?= )`, 'gu'),
      bare: platform.matchFullNamesOnly ? null : phrases([platform.name]),
    })),
    anyPlatform: phrases(flatMap(lexicon.platforms, (platform) => (platform.matchFullNamesOnly ? platform.fullNames : [...platform.fullNames, platform.name]))),
    categories: lexicon.categories.map((category) => ({ id: category.id, heading: phrases(category.headings) })),
  };
}

let compiled: LexiconMatchers | null = null;

/** The bundled lexicon, compiled on first use (never at import time). */
export function lexiconMatchers(): LexiconMatchers {
  compiled ??= compileLexicon(LEXICON);
  return compiled;
}
