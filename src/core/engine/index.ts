/**
 * The review engine: a snapshot of onboarding mockups in, a suggestion per checklist item
 * (found with evidence, missing, or manual) and the flow facts out. Pure and synchronous:
 * the same code runs in the plugin, the CLI, the preview and the tests.
 */
import { ITEM_IDS, type ItemId } from '../checklist/types';
import type { ReviewFindings } from '../model/findings';
import type { Snapshot } from '../model/snapshot';
import { findConnectCtas } from './connect-cta';
import type { Detector, DetectorContext } from './context';
import { textNodes } from './context';
import * as connection from './detectors/connection';
import * as funnel from './detectors/funnel';
import * as platform from './detectors/platform';
import * as privacy from './detectors/privacy';
import * as value from './detectors/value';
import { analyseFlow } from './flow';
import { findPlatformMentions } from './platform-mentions';
import { indexSnapshot } from './snapshot-index';
import { lexiconMatchers } from './text/lexicon-matchers';

export const DETECTORS: Record<ItemId, Detector> = {
  'funnel.greeting-email': funnel.greetingEmail,
  'funnel.three-actions': funnel.threeActions,
  'funnel.cta-visible': funnel.ctaVisible,
  'funnel.social-proof': funnel.socialProof,
  'funnel.prefill': funnel.prefill,
  'value.three-part': value.threePart,
  'value.contextual-ctas': value.contextualCtas,
  'value.faq-link': value.faqLink,
  'value.progress-meter': value.progressMeter,
  'privacy.data-scope': privacy.dataScope,
  'privacy.trust-language': privacy.trustLanguage,
  'privacy.consent-action': privacy.consentAction,
  'privacy.disconnect-anytime': privacy.disconnectAnytime,
  'privacy.connection-guide': privacy.connectionGuide,
  'privacy.statistics': privacy.statistics,
  'privacy.support-contacts': privacy.supportContacts,
  'privacy.powered-by': privacy.poweredBy,
  'privacy.mutual-nda': privacy.mutualNda,
  'platform.explain-redirect': platform.explainRedirect,
  'platform.grouped-categories': platform.groupedCategories,
  'platform.accurate-branding': platform.accurateBranding,
  'platform.search': platform.search,
  'platform.alternatives': platform.alternatives,
  'platform.non-linear': platform.nonLinear,
  'platform.multiple-connections': platform.multipleConnections,
  'connection.view-live': connection.viewLive,
  'connection.delete': connection.deleteConnection,
  'connection.refresh': connection.refresh,
  'connection.syncing-indicator': connection.syncingIndicator,
};

export function buildContext(snapshot: Snapshot): DetectorContext {
  const index = indexSnapshot(snapshot);
  const ctas = findConnectCtas(index);
  const flow = analyseFlow(index, new Set(ctas.keys()));
  const partial = { index, lexicon: lexiconMatchers(), ctas, flow, platforms: [], platformsByFrame: new Map() };
  const platforms = findPlatformMentions(textNodes(partial));
  const platformsByFrame = new Map<string, typeof platforms>();
  for (const mention of platforms) {
    const list = platformsByFrame.get(mention.node.frame.id);
    if (list) list.push(mention);
    else platformsByFrame.set(mention.node.frame.id, [mention]);
  }
  return { ...partial, platforms, platformsByFrame };
}

export function runEngine(snapshot: Snapshot): ReviewFindings {
  const context = buildContext(snapshot);
  return { items: ITEM_IDS.map((id) => DETECTORS[id](context)), flow: context.flow };
}

export { analyseFlow } from './flow';
export { canvasOrder } from './canvas-order';
