/**
 * A connect call to action: short, clickable text asking to connect or link the customer's
 * software or accounts ("Connect your accounting", "Link bank account"). Longer copy that
 * merely mentions connecting is not a call to action.
 */
import { isClickable, isTextNode } from './structure';
import type { IndexedNode, SnapshotIndex } from './snapshot-index';
import { eachSteps, type Steps, type WorkMeter } from './steps';
import { lexiconMatchers } from './text/lexicon-matchers';

const MAX_CTA_WORDS = 7;

export function isConnectCta(index: SnapshotIndex, node: IndexedNode): boolean {
  if (!isTextNode(node) || node.words > MAX_CTA_WORDS) return false;
  const { phrases } = lexiconMatchers();
  if (!phrases.connectCta.test(node.text)) return false;
  return isClickable(index, node);
}

/** Connect CTAs per frame id, in document order. */
export function* findConnectCtas(index: SnapshotIndex, meter: WorkMeter): Steps<Map<string, IndexedNode[]>> {
  const byFrame = new Map<string, IndexedNode[]>();
  yield* eachSteps(meter, index.nodes, (node) => {
    if (!isConnectCta(index, node)) return;
    const list = byFrame.get(node.frame.id);
    if (list) list.push(node);
    else byFrame.set(node.frame.id, [node]);
  });
  return byFrame;
}
