// Validates the d33–d37 files and recomputes the flow facts breadth-first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib.mjs';

const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['d33-coworking-billing-desktop', 'd34-ecommerce-lender-mobile', 'd35-nonprofit-grants-tablet', 'd36-logistics-invoicing-desktop', 'd37-negative-smart-lock'];
let failed = false;
const fail = (f, m) => { failed = true; console.log(`FAIL ${f}: ${m}`); };

function walk(n, fn, parent = null) {
  fn(n, parent);
  for (const c of n.children ?? []) walk(c, fn, n);
}

for (const name of names) {
  const doc = JSON.parse(readFileSync(join(OUT_DIR, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT_DIR, `${name}.truth.json`), 'utf8'));
  const byId = new Map();
  let count = 0;
  walk(doc.document, (n) => {
    count += 1;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  // references
  walk(doc.document, (n) => {
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `missing destination ${a.destinationId} on ${n.id}`);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE') {
      if (!doc.components[n.componentId]) fail(name, `componentId ${n.componentId} not in components`);
      if (byId.get(n.componentId)?.type !== 'COMPONENT') fail(name, `componentId ${n.componentId} is not a COMPONENT node`);
    }
    if (n.type === 'CANVAS') {
      for (const s of n.flowStartingPoints ?? []) if (!byId.has(s.nodeId)) fail(name, `missing flow start ${s.nodeId}`);
      if (n.prototypeStartNodeID && !byId.has(n.prototypeStartNodeID)) fail(name, 'missing prototypeStartNodeID');
    }
  });
  // truth ids
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `bad id ${id}`);
  const both = truth.present.filter((x) => truth.absent.includes(x));
  if (both.length) fail(name, `present and absent: ${both}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'duplicate truth ids');
  // flow
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) {
    start = truth.flow.startFrameId;
    page = pages.find((p) => { let hit = false; walk(p, (n) => { if (n.id === start) hit = true; }); return hit; });
  }
  const frames = [];
  for (const c of page?.children ?? []) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    if (c.type === 'SECTION') for (const f of c.children ?? []) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const owner = new Map();
  for (const f of frames) walk(f, (n) => owner.set(n.id, f.id));
  const edges = new Map(frames.map((f) => [f.id, []]));
  for (const f of frames) walk(f, (n) => {
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) {
      if (a.type === 'NODE' && STEP.has(a.navigation) && owner.has(a.destinationId)) edges.get(f.id).push(owner.get(a.destinationId));
    }
    if (n.transitionNodeID && owner.has(n.transitionNodeID)) edges.get(f.id).push(owner.get(n.transitionNodeID));
  });
  const bfs = (s) => {
    const d = new Map([[s, 0]]); const q = [s];
    while (q.length) { const u = q.shift(); for (const v of edges.get(u) ?? []) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); } }
    return d;
  };
  const startFrame = owner.get(start) ?? start;
  if (startFrame !== truth.flow.startFrameId) fail(name, `start ${startFrame} vs truth ${truth.flow.startFrameId}`);
  const fromStart = bfs(startFrame);
  const order = [...fromStart.entries()].map(([id, d]) => `${d}:${byId.get(id).name}`);
  const conn = truth.flow.connectFrameId;
  let steps = null; let dead = [];
  if (conn) {
    steps = fromStart.has(conn) ? fromStart.get(conn) : null;
    const fromConn = bfs(conn);
    dead = [...fromStart.keys()].filter((f) => !fromConn.has(f) && !bfs(f).has(conn));
  }
  if (steps !== truth.flow.stepsToConnect) fail(name, `steps ${steps} vs truth ${truth.flow.stepsToConnect}`);
  const td = [...truth.flow.deadEnds].sort(); dead.sort();
  if (JSON.stringify(td) !== JSON.stringify(dead)) fail(name, `deadEnds ${dead} vs truth ${td}`);
  console.log(`${name}: ${count} nodes, ${frames.length} screens in scope, present ${truth.present.length}, absent ${truth.absent.length}, start ${startFrame}, connect ${conn}, steps ${steps}, deadEnds [${dead.map((d) => byId.get(d).name)}]`);
  console.log(`  BFS: ${order.join(' | ')}`);
}
if (failed) process.exit(1);
console.log('all ok');
