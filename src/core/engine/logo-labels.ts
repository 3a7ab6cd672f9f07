/**
 * Platform cards read from the design: a short name beside a logo-sized picture (an image
 * fill, or a vector mark), on the same row. They stand in for platform names the lexicon does
 * not know ("Mercury", "Gusto", "Apple Health"), on the frames about connecting only.
 */
import { SHAPE_TYPES } from '../model/snapshot';
import type { IndexedNode, SnapshotIndex } from './snapshot-index';
import { hasRole } from './structure';
import { eachSteps, type Steps, type WorkMeter } from './steps';
import type { LexiconMatchers } from './text/lexicon-matchers';

const LOGO_MIN = 16;
const LOGO_MAX = 72;
const MAX_NAME_WORDS = 5;
/** How far (px) right of its logo a name may start. */
const NAME_REACH = 32;
/** Row tolerance (px) between the logo's and the name's centres. */
const ROW = 14;

function looksLikeLogo(lexicon: LexiconMatchers, node: IndexedNode): boolean {
  const { width, height, type, fill } = node.node;
  if (node.words > 0 || node.node.text !== undefined) return false;
  if (width < LOGO_MIN || height < LOGO_MIN || width > LOGO_MAX || height > LOGO_MAX) return false;
  if (Math.abs(width - height) > Math.max(width, height) * 0.25) return false;
  if (fill === 'image') return true;
  if (type === 'VECTOR' || type === 'BOOLEAN_OPERATION') return true;
  return (SHAPE_TYPES.indexOf(type) >= 0 || type === 'FRAME' || type === 'INSTANCE') && hasRole(lexicon, node, 'logo');
}

function besideLogo(logo: IndexedNode, name: IndexedNode): boolean {
  const gap = name.node.x - (logo.node.x + logo.node.width);
  const centre = (node: IndexedNode) => node.node.y + node.node.height / 2;
  return gap >= -4 && gap <= NAME_REACH && Math.abs(centre(logo) - centre(name)) <= ROW;
}

/** Names beside logos, per frame, on the given frames. */
export function* findLogoLabels(index: SnapshotIndex, lexicon: LexiconMatchers, frameIds: ReadonlySet<string>, meter: WorkMeter): Steps<Map<string, IndexedNode[]>> {
  const byFrame = new Map<string, IndexedNode[]>();
  for (const frameId of frameIds) {
    const logos: IndexedNode[] = [];
    yield* eachSteps(meter, index.byFrame.get(frameId) ?? [], (node) => {
      if (looksLikeLogo(lexicon, node)) logos.push(node);
    });
    if (logos.length === 0) continue;
    const names: IndexedNode[] = [];
    const seen = new Set<string>();
    yield* eachSteps(meter, index.textsByFrame.get(frameId) ?? [], (text) => {
      // Only a text's first part can be the name: a row often adds details after a separator ("Lloyds Bank Business ••5521").
      const first = !seen.has(text.node.id);
      seen.add(text.node.id);
      // "Link to Alexa" beside its icon is an action, not a platform's name.
      if (first && text.words <= MAX_NAME_WORDS && /^[A-Z0-9]/.test(text.raw) && !lexicon.patterns.connectVerbFirst.test(text.raw)
        && logos.some((logo) => besideLogo(logo, text))) names.push(text);
    });
    if (names.length > 0) byFrame.set(frameId, names);
  }
  return byFrame;
}
