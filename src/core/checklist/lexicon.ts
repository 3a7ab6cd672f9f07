/**
 * The detectors' lexicon, loaded from JSON and validated once. Kept apart from the checklist
 * content so the panel, which shows titles and hints but never matches words, does not carry it.
 */
import lexiconJson from './lexicon.json';
import { loadLexicon } from './load';
import type { Lexicon } from './lexicon-types';

export const LEXICON: Lexicon = loadLexicon(lexiconJson);
