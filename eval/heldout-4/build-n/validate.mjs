// Checks the five files and their truth files: parse, unique ids, links and
// component ids resolve, truth ids valid and disjoint, flow facts recomputed.
import { readFileSync } from 'node:fs';

const DIR = new URL('../', import.meta.url);
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
// Frames (by name) that present a call to action to connect the customer's software.
const CONNECT_FRAMES = {
  'h41-dental-practice-finance-desktop': ['Link software', 'Dashboard'],
  'h42-craft-brewery-distribution-tablet': ['Plug in', 'Home'],
  'h43-cleaning-company-payroll-mobile': ['03 Connect'],
  'h44-negative-meditation-app': [],
  'h45-negative-recipe-sharing': [],
};

let failures = 0;
const fail = (f, m) => { failures++; console.log(`FAIL ${f}: ${m}`); };

function walk(n, fn, parent) {
  fn(n, parent);
  for (const c of n.children || []) walk(c, fn, n);
}

for (const name of Object.keys(CONNECT_FRAMES)) {
  const doc = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8'));
  const truth = JSON.parse(readFileSync(new URL(`${name}.truth.json`, DIR), 'utf8'));
  const byId = new Map();
  let count = 0;
  walk(doc.document, (n) => {
    count++;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  walk(doc.document, (n) => {
    for (const it of n.interactions || []) for (const a of it.actions || []) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `missing destination ${a.destinationId}`);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.componentId && !(byId.has(n.componentId) || doc.components[n.componentId])) fail(name, `missing componentId ${n.componentId}`);
    if (n.type !== 'DOCUMENT' && n.type !== 'CANVAS' && !n.absoluteBoundingBox) fail(name, `no box ${n.id}`);
  });
  // truth ids
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(name, `bad id ${id}`);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes || {})) if (!IDS.includes(k)) fail(name, `bad note id ${k}`);
  if (truth.file !== `${name}.json`) fail(name, 'file field');

  // flow
  let startPage = null;
  let start = null;
  for (const p of doc.document.children) {
    const s = (p.flowStartingPoints && p.flowStartingPoints[0] && p.flowStartingPoints[0].nodeId) || p.prototypeStartNodeID;
    if (s && !startPage) { startPage = p; start = s; }
  }
  if (!startPage) {
    // no start set: the frame that reads as sign-up
    for (const p of doc.document.children) walk(p, (n) => { if (!start && n.type === 'FRAME' && /sign ?up/i.test(n.name)) { start = n.id; startPage = p; } });
  }
  const scope = new Map();
  for (const c of startPage.children) {
    if (c.type === 'FRAME' && c.visible !== false) scope.set(c.id, c);
    if (c.type === 'SECTION' && c.visible !== false) for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) scope.set(f.id, f);
  }
  const top = new Map();
  for (const f of scope.values()) walk(f, (n) => top.set(n.id, f.id));
  const edges = new Map([...scope.keys()].map((k) => [k, []]));
  for (const f of scope.values()) walk(f, (n) => {
    const dests = [];
    for (const it of n.interactions || []) for (const a of it.actions || []) {
      if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    }
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) if (top.has(d)) edges.get(f.id).push(top.get(d));
  });
  const bfs = (s) => {
    const dist = new Map([[s, 0]]);
    const order = [s];
    for (let i = 0; i < order.length; i++) for (const d of edges.get(order[i]) || []) if (!dist.has(d)) { dist.set(d, dist.get(order[i]) + 1); order.push(d); }
    return { dist, order };
  };
  const fromStart = bfs(start);
  const connectNames = CONNECT_FRAMES[name];
  const connect = fromStart.order.find((id) => connectNames.includes(scope.get(id).name)) || null;
  const steps = connect ? fromStart.dist.get(connect) : null;
  let deadEnds = [];
  if (connect) {
    const fromConnect = bfs(connect);
    deadEnds = fromStart.order.filter((id) => !fromConnect.dist.has(id) && !bfs(id).dist.has(connect));
  }
  const fl = truth.flow;
  const want = { startFrameId: start, connectFrameId: connect, stepsToConnect: steps, deadEnds };
  const got = { startFrameId: fl.startFrameId, connectFrameId: fl.connectFrameId, stepsToConnect: fl.stepsToConnect, deadEnds: fl.deadEnds };
  if (JSON.stringify(want) !== JSON.stringify(got)) fail(name, `flow mismatch: computed ${JSON.stringify(want)} vs truth ${JSON.stringify(got)}`);
  console.log(`${name}: ${count} nodes, ${scope.size} screens, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(want)} ${deadEnds.map((d) => scope.get(d).name)}`);
}
if (failures) { console.log(`${failures} failure(s)`); process.exit(1); }
console.log('all checks passed');
