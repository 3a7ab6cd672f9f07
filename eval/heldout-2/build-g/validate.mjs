// Checks writer G's files: JSON parses, ids unique, links/components resolve,
// truth ids valid and disjoint, and the flow facts recomputed breadth-first match the truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, OUT } from './lib.mjs';

const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const FILES = process.argv.slice(2).length ? process.argv.slice(2) : [
  'h26-franchise-reporting-desktop', 'h27-supplier-early-payment-mobile', 'h28-ecommerce-returns-desktop',
  'h29-negative-music-streaming', 'h30-negative-event-ticketing',
];
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failed = false;
const fail = (f, m) => { failed = true; console.error(`FAIL ${f}: ${m}`); };

for (const f of FILES) {
  const fig = JSON.parse(readFileSync(join(OUT, `${f}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT, `${f}.truth.json`), 'utf8'));
  const meta = JSON.parse(readFileSync(join(HERE, 'meta', `${f}.json`), 'utf8'));
  const byId = new Map();
  const parent = new Map();
  let count = 0;
  const walk = (n, p) => {
    count++;
    if (byId.has(n.id)) fail(f, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (p) parent.set(n.id, p);
    for (const k of n.children || []) walk(k, n);
  };
  walk(fig.document, null);
  for (const n of byId.values()) {
    if (n.type === 'INSTANCE' && !fig.components[n.componentId]) fail(f, `missing component ${n.componentId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(f, `missing transition ${n.transitionNodeID}`);
    for (const it of n.interactions || []) for (const a of it.actions) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(f, `missing destination ${a.destinationId}`);
    }
  }
  for (const c of Object.keys(fig.components)) if (!byId.has(c)) fail(f, `component ${c} not in tree`);
  // truth
  const all = [...truth.present, ...truth.absent];
  for (const i of all) if (!IDS.includes(i)) fail(f, `bad id ${i}`);
  if (new Set(all).size !== all.length) fail(f, 'present/absent overlap or repeat');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(f, `bad note id ${k}`);
  if (truth.writtenBy !== 'held-out writer G (from the checklist facts and the REST format only; repository not read)') fail(f, 'writtenBy');
  // flow
  let page = fig.document.children.find((c) => (c.flowStartingPoints && c.flowStartingPoints.length) || c.prototypeStartNodeID);
  let start;
  if (page) start = page.flowStartingPoints && page.flowStartingPoints.length ? page.flowStartingPoints[0].nodeId : page.prototypeStartNodeID;
  else {
    start = meta.signUpFrame;
    page = fig.document.children.find((c) => JSON.stringify(c).includes(`"id":"${start}"`));
  }
  const scope = [];
  for (const k of page.children) {
    if (k.visible === false) continue;
    if (k.type === 'FRAME') scope.push(k);
    if (k.type === 'SECTION') for (const s of k.children) if (s.type === 'FRAME' && s.visible !== false) scope.push(s);
  }
  const scopeIds = new Set(scope.map((s) => s.id));
  const frameOf = (id) => {
    let n = byId.get(id);
    while (n && !scopeIds.has(n.id)) n = parent.get(n.id);
    return n ? n.id : null;
  };
  const edges = new Map(scope.map((s) => [s.id, new Set()]));
  const collect = (n, from) => {
    const dests = [];
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const it of n.interactions || []) for (const a of it.actions) if (a.type === 'NODE' && STEP.has(a.navigation)) dests.push(a.destinationId);
    for (const d of dests) { const t = frameOf(d); if (t) edges.get(from).add(t); }
    for (const k of n.children || []) collect(k, from);
  };
  for (const s of scope) collect(s, s.id);
  const bfs = (src) => {
    const dist = new Map([[src, 0]]);
    const q = [src];
    while (q.length) { const u = q.shift(); for (const v of edges.get(u) || []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } }
    return dist;
  };
  if (!scopeIds.has(start)) fail(f, `start ${start} not in scope`);
  const fromStart = bfs(start);
  const cands = meta.connectFrames.filter((c) => fromStart.has(c)).sort((a, b) => fromStart.get(a) - fromStart.get(b));
  const connect = cands.length ? cands[0] : null;
  if (cands.length > 1 && fromStart.get(cands[0]) === fromStart.get(cands[1])) fail(f, 'tie between connect candidates');
  const steps = connect ? fromStart.get(connect) : null;
  let dead = [];
  if (connect) {
    const fromConnect = bfs(connect);
    dead = [...fromStart.keys()].filter((fr) => !fromConnect.has(fr) && !bfs(fr).has(connect));
  }
  const exp = truth.flow;
  if (exp.startFrameId !== start) fail(f, `start ${start} vs truth ${exp.startFrameId}`);
  if (exp.connectFrameId !== connect) fail(f, `connect ${connect} vs truth ${exp.connectFrameId}`);
  if (exp.stepsToConnect !== steps) fail(f, `steps ${steps} vs truth ${exp.stepsToConnect}`);
  if (JSON.stringify([...exp.deadEnds].sort()) !== JSON.stringify(dead.sort())) fail(f, `deadEnds ${dead} vs truth ${exp.deadEnds}`);
  console.log(`${f}: ${count} nodes, ${scope.length} frames in scope, present ${truth.present.length}, absent ${truth.absent.length}, start ${start}, connect ${connect}, steps ${steps}, dead [${dead}]`);
}
if (failed) process.exit(1);
console.log('ok');
