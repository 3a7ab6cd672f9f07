/** The lexicon compiled once per process: phrase lists, role names and patterns. */
import { LEXICON } from '../../checklist';
import type { Lexicon, PatternName, PhraseListName, RoleName } from '../../checklist/lexicon-types';
import { compilePhrases, type PhraseMatcher } from './phrase-matcher';

export interface LexiconMatchers {
  phrases: Record<PhraseListName, PhraseMatcher>;
  roles: Record<RoleName, PhraseMatcher>;
  patterns: Record<PatternName, RegExp>;
}

function mapValues<K extends string, A, B>(record: Record<K, A>, fn: (value: A) => B): Record<K, B> {
  const out = {} as Record<K, B>;
  for (const key of Object.keys(record) as K[]) out[key] = fn(record[key]);
  return out;
}

export function compileLexicon(lexicon: Lexicon): LexiconMatchers {
  return {
    phrases: mapValues(lexicon.phrases, compilePhrases),
    roles: mapValues(lexicon.roles, compilePhrases),
    patterns: mapValues(lexicon.patterns, (source) => new RegExp(source, 'iu')),
  };
}

let compiled: LexiconMatchers | null = null;

export function lexiconMatchers(): LexiconMatchers {
  compiled ??= compileLexicon(LEXICON);
  return compiled;
}
