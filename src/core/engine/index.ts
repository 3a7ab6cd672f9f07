/**
 * The review engine: a snapshot of onboarding mockups in, a suggestion per checklist item
 * (found with evidence, missing, or manual) and the flow facts out. Pure, and resumable: the
 * plugin runs it in time slices (runEngineSteps), the CLI, the preview and the tests drain the
 * same steps at once (runEngine).
 */
import { ITEM_IDS, type ItemId } from '../checklist/types';
import type { ItemFinding, ReviewFindings } from '../model/findings';
import type { Snapshot } from '../model/snapshot';
import { canvasOrder } from './canvas-order';
import { findConnectCtas, framesAboutConnecting, speaksOfABusiness } from './connect-cta';
import type { Detector, DetectorContext } from './context';
import { CONNECTION_DETECTORS } from './detectors/connection';
import { FUNNEL_DETECTORS } from './detectors/funnel';
import { PLATFORM_DETECTORS } from './detectors/platform';
import { PRIVACY_DETECTORS } from './detectors/privacy';
import { VALUE_DETECTORS } from './detectors/value';
import { analyseFlow } from './flow';
import { findLogoLabels } from './logo-labels';
import { findPlatformMentions } from './platform-mentions';
import { indexSnapshot, type IndexedNode } from './snapshot-index';
import { drain, filterSteps, WorkMeter, type MeterOptions, type Steps } from './steps';
import { lexiconMatchersSteps } from './text/lexicon-matchers';
import { framesWithin, linkGraph } from './flow-reach';

function registry(detectors: readonly Detector[]): Record<ItemId, Detector> {
  const byId = {} as Record<ItemId, Detector>;
  for (const entry of detectors) {
    if (byId[entry.id]) throw new Error(`two detectors for ${entry.id}`);
    byId[entry.id] = entry;
  }
  const absent = ITEM_IDS.filter((id) => !byId[id]);
  if (absent.length > 0) throw new Error(`no detector for ${absent.join(', ')}`);
  return byId;
}

export const DETECTORS: Record<ItemId, Detector> = registry([
  ...FUNNEL_DETECTORS, ...VALUE_DETECTORS, ...PRIVACY_DETECTORS, ...PLATFORM_DETECTORS, ...CONNECTION_DETECTORS,
]);

/** The connect flow goes on after the prompt (redirect, consent, success): this many clicks of it are in scope. */
const FLOW_AFTER_CONNECT = 3;

/** Frames reachable from `from` in at most `steps` prototype transitions. */

/** Builds what every detector reads, yielding within and between its passes. */
function* buildContext(snapshot: Snapshot, meter: WorkMeter): Steps<DetectorContext> {
  // The first review in a process compiles the lexicon (15–20 ms of building patterns on a cold
  // start): in steps of its own, apart from the work before it and from the first chunk of nodes.
  yield;
  const lexicon = yield* lexiconMatchersSteps();
  yield;
  const index = yield* indexSnapshot(snapshot, lexicon.forms, meter);
  yield;
  const platforms = yield* findPlatformMentions(index.texts, lexicon, meter);
  const platformsByFrame = new Map<string, typeof platforms>();
  for (const mention of platforms) {
    const list = platformsByFrame.get(mention.node.frame.id);
    if (list) list.push(mention);
    else platformsByFrame.set(mention.node.frame.id, [mention]);
  }
  yield;
  // A file that never speaks of a business (a company, invoices, payroll, sales…) is a consumer app:
  // whatever it links, it is not a business connecting its software, so nothing in it is about connecting.
  const business = yield* speaksOfABusiness(index, lexicon, platforms, meter);
  const about = business ? yield* framesAboutConnecting(index, lexicon, new Set(platformsByFrame.keys()), meter) : new Set<string>();
  yield;
  const ctas = business ? yield* findConnectCtas(index, lexicon, about, platforms, meter) : new Map<string, IndexedNode[]>();
  yield;
  const flow = yield* analyseFlow(index, lexicon, new Set(ctas.keys()), meter);
  yield;
  const scope = new Set<string>([...about, ...ctas.keys(), ...flow.pathToConnect]);
  if (flow.connectFrameId !== null) {
    if (flow.startFrameId !== null) scope.add(flow.startFrameId);
    for (const id of framesWithin(linkGraph(snapshot.links), flow.connectFrameId, FLOW_AFTER_CONNECT)) scope.add(id);
  }
  const scopeFrames = canvasOrder(snapshot.frames).filter((frame) => scope.has(frame.id));
  const logoLabels = yield* findLogoLabels(index, lexicon, about, meter);
  const texts = yield* filterSteps(meter, index.texts, (node) => scope.has(node.frame.id));
  meter.restart();
  yield;
  return { index, lexicon, ctas, flow, platforms, platformsByFrame, logoLabels, scope, scopeFrames, texts, meter };
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
    const result = DETECTORS[id].run(context);
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
