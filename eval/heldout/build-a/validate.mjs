// Checks writer A's files: JSON parses, ids unique, links and components resolve,
// truth ids valid and disjoint, and the flow facts recomputed from the prototype links.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const FILES = ['h11-merchant-cash-advance-mobile', 'h12-bookkeeping-practice-desktop', 'h13-trade-credit-tablet', 'h14-negative-smart-home', 'h15-negative-podcast-app'];
const IDS = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill
value.three-part value.contextual-ctas value.faq-link value.progress-meter
privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda
platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives platform.non-linear platform.multiple-connections
connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(/\s+/);
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

let failed = false;
const fail = (f, m) => {
  failed = true;
  console.error(`FAIL ${f}: ${m}`);
};

function walk(n, fn, parent) {
  fn(n, parent);
  for (const c of n.children ?? []) walk(c, fn, n);
}

for (const f of FILES.filter((x) => existsSync(`${DIR}/${x}.json`))) {
  const doc = JSON.parse(readFileSync(`${DIR}/${f}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${DIR}/${f}.truth.json`, 'utf8'));
  const byId = new Map();
  let count = 0;
  walk(doc.document, (n) => {
    count++;
    if (byId.has(n.id)) fail(f, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  walk(doc.document, (n, p) => {
    for (const i of n.interactions ?? []) for (const a of i.actions ?? []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(f, `missing destination ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(f, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.componentId && !(n.componentId in doc.components && byId.has(n.componentId))) fail(f, `missing component ${n.componentId}`);
    const b = n.absoluteBoundingBox;
    const pb = p?.absoluteBoundingBox;
    if (b && pb && p.type !== 'CANVAS' && (b.x < pb.x - 1 || b.y < pb.y - 1)) fail(f, `node ${n.id} ${n.name} starts outside parent ${p.id}`);
  });
  for (const k of Object.keys(doc.componentSets ?? {})) if (!byId.has(k)) fail(f, `missing component set ${k}`);
  if (truth.file !== `${f}.json`) fail(f, 'truth.file');
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(f, `bad id ${id}`);
  if (new Set(all).size !== all.length) fail(f, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(f, `bad note id ${k}`);

  // flow
  const pages = doc.document.children;
  let page = pages.find((c) => (c.flowStartingPoints ?? []).length || c.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) {
    start = truth.flow.startFrameId;
    page = pages.find((c) => c.children.some((x) => x.id === start || (x.type === 'SECTION' && x.children.some((y) => y.id === start))));
  }
  const frames = [];
  for (const c of page.children) {
    if (c.type === 'FRAME' && c.visible !== false) frames.push(c);
    if (c.type === 'SECTION') for (const d of c.children) if (d.type === 'FRAME' && d.visible !== false) frames.push(d);
  }
  const frameOf = new Map();
  for (const fr of frames) walk(fr, (n) => frameOf.set(n.id, fr.id));
  const edges = new Map(frames.map((fr) => [fr.id, new Set()]));
  for (const fr of frames)
    walk(fr, (n) => {
      const dests = [];
      for (const i of n.interactions ?? []) for (const a of i.actions ?? []) if (a.type === 'NODE' && STEP.has(a.navigation)) dests.push(a.destinationId);
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const d of dests) if (frameOf.has(d)) edges.get(fr.id).add(frameOf.get(d));
    });
  const bfs = (s) => {
    const dist = new Map([[s, 0]]);
    const q = [s];
    while (q.length) {
      const u = q.shift();
      for (const v of edges.get(u) ?? []) if (!dist.has(v)) {
        dist.set(v, dist.get(u) + 1);
        q.push(v);
      }
    }
    return dist;
  };
  const fromStart = bfs(start);
  const fl = truth.flow;
  if (fl.startFrameId !== start) fail(f, `start ${start} != truth ${fl.startFrameId}`);
  const order = [...fromStart.keys()];
  let deadEnds = [];
  let steps = null;
  if (fl.connectFrameId) {
    steps = fromStart.get(fl.connectFrameId) ?? null;
    const fromConnect = bfs(fl.connectFrameId);
    deadEnds = order.filter((fr) => !fromConnect.has(fr) && !bfs(fr).has(fl.connectFrameId));
    // frames nearer the start than the connect frame must not be the connect frame candidates: print for review
    const before = order.filter((fr) => fromStart.get(fr) < steps).map((id) => `${id} ${byId.get(id).name}`);
    console.log(`  ${f}: frames before connect: ${before.join(' | ')}`);
  }
  if (steps !== fl.stepsToConnect) fail(f, `stepsToConnect ${steps} != truth ${fl.stepsToConnect}`);
  if (JSON.stringify(deadEnds.slice().sort()) !== JSON.stringify(fl.deadEnds.slice().sort())) fail(f, `deadEnds ${deadEnds} != truth ${fl.deadEnds}`);
  const screens = frames.length;
  console.log(`${f}: ${count} nodes, ${screens} in-scope frames, present ${truth.present.length}, absent ${truth.absent.length}, start ${start}, connect ${fl.connectFrameId}, steps ${steps}, deadEnds [${deadEnds}] reachable ${order.length}`);
}
if (failed) process.exit(1);
console.log('ok');
