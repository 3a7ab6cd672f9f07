/**
 * Known platform names in the mockups' text. A full product name ("QuickBooks Online") is an
 * accurate mention; a bare name that covers several products ("QuickBooks", "Sage") is flagged.
 */
import type { KnownPlatform } from '../checklist/lexicon-types';
import { LEXICON } from '../checklist';
import type { IndexedNode } from './snapshot-index';
import { compilePhrases, type PhraseMatcher } from './text/phrase-matcher';
import { normaliseText } from './text/normalise';
import { flatMap } from '../util/es2017';
import { eachSteps, type Steps, type WorkMeter } from './steps';

export interface PlatformMention {
  node: IndexedNode;
  platform: KnownPlatform;
  /** False for a bare name of an ambiguous platform. */
  accurate: boolean;
}

interface PlatformMatchers {
  platform: KnownPlatform;
  full: PhraseMatcher;
  /** Full names as whole-word patterns, to blank them out before looking for the bare name. */
  fullGlobal: RegExp;
  bare: PhraseMatcher | null;
}

let compiled: PlatformMatchers[] | null = null;
/** Any full or bare platform name: most text names no platform, and one test rules it out. */
let anyPlatform: PhraseMatcher | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function platformMatchers(): PlatformMatchers[] {
  compiled ??= LEXICON.platforms.map((platform) => {
    const fullSources = platform.fullNames.map((name) => escape(normaliseText(name).trim()));
    return {
      platform,
      full: compilePhrases(platform.fullNames),
      fullGlobal: new RegExp(` (?:${fullSources.join('|')})(?= )`, 'gu'),
      bare: platform.matchFullNamesOnly ? null : compilePhrases([platform.name]),
    };
  });
  return compiled;
}

function anyPlatformMatcher(): PhraseMatcher {
  anyPlatform ??= compilePhrases(flatMap(LEXICON.platforms, (platform) => (platform.matchFullNamesOnly ? platform.fullNames : [...platform.fullNames, platform.name])));
  return anyPlatform;
}

export function* findPlatformMentions(textNodes: readonly IndexedNode[], meter: WorkMeter): Steps<PlatformMention[]> {
  const matchers = platformMatchers();
  const any = anyPlatformMatcher();
  const mentions: PlatformMention[] = [];
  yield* eachSteps(meter, textNodes, (node) => {
    // Sound as a filter: blanking out full names (below) never creates a bare-name match.
    if (!any.test(node.text)) return;
    for (const matcher of matchers) {
      const hasFull = matcher.full.test(node.text);
      if (hasFull) mentions.push({ node, platform: matcher.platform, accurate: true });
      if (!matcher.bare) continue;
      const rest = hasFull ? node.text.replace(matcher.fullGlobal, ' ') : node.text;
      if (matcher.bare.test(rest) && (!hasFull || matcher.platform.ambiguous)) {
        if (!hasFull) mentions.push({ node, platform: matcher.platform, accurate: !matcher.platform.ambiguous });
        else mentions.push({ node, platform: matcher.platform, accurate: false });
      }
    }
  });
  return mentions;
}
