/**
 * Known platform names in the mockups' text. A full product name ("QuickBooks Online") is an
 * accurate mention; a bare name that covers several products ("QuickBooks", "Sage") is flagged.
 */
import type { KnownPlatform } from '../checklist/lexicon-types';
import type { IndexedNode } from './snapshot-index';
import type { LexiconMatchers } from './text/lexicon-matchers';
import { eachSteps, type Steps, type WorkMeter } from './steps';

export interface PlatformMention {
  node: IndexedNode;
  platform: KnownPlatform;
  /** False for a bare name of an ambiguous platform. */
  accurate: boolean;
}

export function* findPlatformMentions(textNodes: readonly IndexedNode[], lexicon: LexiconMatchers, meter: WorkMeter): Steps<PlatformMention[]> {
  const mentions: PlatformMention[] = [];
  yield* eachSteps(meter, textNodes, (node) => {
    // Sound as a filter: blanking out full names (below) never creates a bare-name match.
    if (!lexicon.anyPlatform.test(node.text)) return;
    for (const matcher of lexicon.platforms) {
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
