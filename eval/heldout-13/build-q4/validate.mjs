// Checks the Q4 files: JSON parses, ids unique, references resolve, truth ids
// valid and disjoint, and the flow facts recomputed breadth-first match the truth.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');
const NAMES = [
  'h146-optometrist-billing-desktop',
  'h147-craft-brewery-taproom-tablet',
  'h148-handyman-quotes-mobile',
  'h149-negative-fantasy-books',
  'h150-negative-rideshare-passenger',
];
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const WRITTEN_BY = 'held-out writer Q4 (from the checklist facts and the REST format only; repository not read)';
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

let failures = 0;
const fail = (name, msg) => { failures += 1; console.log(`FAIL ${name}: ${msg}`); };

function walk(node, fn, parent = null) {
  fn(node, parent);
  for (const c of node.children ?? []) walk(c, fn, node);
}

const only = process.argv.slice(2);
for (const name of NAMES.filter((n) => !only.length || only.some((o) => n.startsWith(o)))) {
  let file;
  let truth;
  try {
    file = JSON.parse(readFileSync(join(outDir, `${name}.json`), 'utf8'));
    truth = JSON.parse(readFileSync(join(outDir, `${name}.truth.json`), 'utf8'));
  } catch (e) {
    fail(name, `parse: ${e.message}`);
    continue;
  }
  const byId = new Map();
  let count = 0;
  walk(file.document, (n) => {
    count += 1;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  // references
  walk(file.document, (n) => {
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `transitionNodeID ${n.transitionNodeID} missing`);
    if (n.type === 'INSTANCE') {
      if (!n.componentId || !byId.has(n.componentId)) fail(name, `componentId ${n.componentId} missing as node`);
      if (!file.components[n.componentId]) fail(name, `componentId ${n.componentId} missing in components`);
    }
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `destination ${a.destinationId} missing`);
    }
  });
  for (const cv of file.document.children) {
    for (const s of cv.flowStartingPoints ?? []) if (!byId.has(s.nodeId)) fail(name, `start ${s.nodeId} missing`);
    if (cv.prototypeStartNodeID && !byId.has(cv.prototypeStartNodeID)) fail(name, 'prototypeStartNodeID missing');
  }
  // truth shape
  const keys = ['file', 'kind', 'writtenBy', 'description', 'present', 'absent', 'notes', 'flow'];
  if (JSON.stringify(Object.keys(truth)) !== JSON.stringify(keys)) fail(name, `truth keys ${Object.keys(truth)}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  if (truth.writtenBy !== WRITTEN_BY) fail(name, 'writtenBy');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `bad id ${id}`);
  for (const id of truth.present) if (truth.absent.includes(id)) fail(name, `${id} in both`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'duplicate labels');

  // flow
  let start = null;
  let startPage = null;
  for (const cv of file.document.children) {
    const s = cv.flowStartingPoints?.[0]?.nodeId ?? cv.prototypeStartNodeID ?? null;
    if (s && !start) { start = s; startPage = cv; }
  }
  if (!start) {
    start = truth.flow.startFrameId;
    startPage = file.document.children.find((cv) => cv.children.some((c) => c.id === start || (c.type === 'SECTION' && c.children.some((d) => d.id === start))));
  }
  if (start !== truth.flow.startFrameId) fail(name, `start ${start} vs truth ${truth.flow.startFrameId}`);
  const inScope = [];
  for (const c of startPage.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') inScope.push(c);
    if (c.type === 'SECTION') for (const d of c.children) if (d.type === 'FRAME' && d.visible !== false) inScope.push(d);
  }
  const top = new Map();
  for (const f of inScope) walk(f, (n) => top.set(n.id, f.id));
  const edges = new Map(inScope.map((f) => [f.id, new Set()]));
  for (const f of inScope) walk(f, (n) => {
    const dests = [];
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) dests.push(a.destinationId);
    if (dests.length && n.visible === false) console.log(`  warn ${name}: interaction on hidden node ${n.id}`);
    for (const d of dests) if (top.has(d)) edges.get(f.id).add(top.get(d));
  });
  const bfs = (from) => {
    const dist = new Map([[from, 0]]);
    const order = [from];
    for (let i = 0; i < order.length; i += 1) for (const d of edges.get(order[i]) ?? []) if (!dist.has(d)) { dist.set(d, dist.get(order[i]) + 1); order.push(d); }
    return { dist, order };
  };
  const fromStart = bfs(start);
  const fl = truth.flow;
  const nameOf = (id) => byId.get(id)?.name;
  if (fl.connectFrameId === null) {
    if (fl.stepsToConnect !== null) fail(name, 'stepsToConnect should be null');
    if (fl.deadEnds.length) fail(name, 'deadEnds should be empty');
  } else {
    if (!top.has(fl.connectFrameId) || top.get(fl.connectFrameId) !== fl.connectFrameId) fail(name, 'connect frame not in scope');
    const d = fromStart.dist.get(fl.connectFrameId);
    if ((d ?? null) !== fl.stepsToConnect) fail(name, `stepsToConnect ${d} vs ${fl.stepsToConnect}`);
    const before = fromStart.order.slice(0, fromStart.order.indexOf(fl.connectFrameId));
    console.log(`  ${name}: frames before connect in BFS order: ${before.map(nameOf).join(' | ')}`);
    const fromConnect = bfs(fl.connectFrameId);
    const dead = [];
    for (const r of fromStart.order) {
      if (fromConnect.dist.has(r)) continue;
      if (bfs(r).dist.has(fl.connectFrameId)) continue;
      dead.push(r);
    }
    if (JSON.stringify([...dead].sort()) !== JSON.stringify([...fl.deadEnds].sort())) fail(name, `deadEnds ${dead} vs ${fl.deadEnds}`);
  }
  const labelled = truth.present.length + truth.absent.length;
  console.log(`ok? ${name}: nodes=${count} screens=${inScope.length} present=${truth.present.length} absent=${truth.absent.length} labelled=${labelled} reachable=${fromStart.order.length} flow=${JSON.stringify(fl)}`);
  if (truth.kind === 'onboarding' && (count < 150 || count > 600)) fail(name, `node count ${count}`);
  if (truth.kind === 'onboarding' && (inScope.length < 8 || inScope.length > 16)) fail(name, `screens ${inScope.length}`);
  if (truth.kind === 'negative' && (inScope.length < 8 || inScope.length > 12)) fail(name, `screens ${inScope.length}`);
  if (truth.kind === 'onboarding' && labelled < 24) fail(name, 'fewer than 24 labelled');
}
console.log(failures ? `${failures} failure(s)` : 'all checks passed');
process.exitCode = failures ? 1 : 0;
