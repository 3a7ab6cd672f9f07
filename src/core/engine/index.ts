/**
 * The review engine: a snapshot of onboarding mockups in, a suggestion per checklist item
 * (found with evidence, missing, or manual) and the flow facts out. Pure, and resumable: the
 * plugin runs it in time slices (runEngineSteps), the CLI, the preview and the tests drain
 * the same steps at once (runEngine).
 */
import { ITEM_IDS, type ItemId } from '../checklist/types';
import type { ItemFinding, ReviewFindings } from '../model/findings';
import type { Snapshot } from '../model/snapshot';
import { findConnectCtas } from './connect-cta';
import type { Detector, DetectorContext } from './context';
import * as connection from './detectors/connection';
import * as funnel from './detectors/funnel';
import * as platform from './detectors/platform';
import * as privacy from './detectors/privacy';
import * as value from './detectors/value';
import { analyseFlow } from './flow';
import { findPlatformMentions } from './platform-mentions';
import { indexSnapshot } from './snapshot-index';
import { drain, WorkMeter, type MeterOptions, type Steps } from './steps';
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

/** Builds what every detector reads, yielding within and between its passes. */
function* buildContext(snapshot: Snapshot, meter: WorkMeter): Steps<DetectorContext> {
  const index = yield* indexSnapshot(snapshot, meter);
  yield;
  const ctas = yield* findConnectCtas(index, meter);
  yield;
  const flow = yield* analyseFlow(index, new Set(ctas.keys()), meter);
  yield;
  const platforms = yield* findPlatformMentions(index.texts, meter);
  const platformsByFrame = new Map<string, typeof platforms>();
  for (const mention of platforms) {
    const list = platformsByFrame.get(mention.node.frame.id);
    if (list) list.push(mention);
    else platformsByFrame.set(mention.node.frame.id, [mention]);
  }
  meter.restart();
  yield;
  return { index, lexicon: lexiconMatchers(), ctas, flow, platforms, platformsByFrame, meter };
}

function isSteps<T>(result: T | Steps<T>): result is Steps<T> {
  return typeof (result as Partial<Steps<T>>).next === 'function';
}

/**
 * The engine as resumable work: it yields after each bounded chunk of a pass over the
 * nodes, after each phase of building the context and after each detector. The plugin
 * resumes it between time slices; runEngine drains it in one go.
 */
export function* runEngineSteps(snapshot: Snapshot, options: MeterOptions = {}): Steps<ReviewFindings> {
  const meter = new WorkMeter(options);
  const context = yield* buildContext(snapshot, meter);
  const items: ItemFinding[] = [];
  for (const id of ITEM_IDS) {
    const result = DETECTORS[id](context);
    items.push(isSteps(result) ? yield* result : result);
    meter.restart();
    yield;
  }
  return { items, flow: context.flow };
}

export function runEngine(snapshot: Snapshot): ReviewFindings {
  return drain(runEngineSteps(snapshot));
}

export { canvasOrder } from './canvas-order';
export type { MeterOptions, Steps } from './steps';
