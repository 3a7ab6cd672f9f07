// Checks writer W's files: JSON parses, ids unique, references resolve, truth ids valid
// and disjoint, and the flow facts recomputed breadth-first from the prototype links.
import { readFileSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
// Frames (by name) that present a call to action to connect/link business software or accounts.
const FILES = {
  'h86-chiropractor-billing-desktop': { connect: ['Settings – Integrations', 'Modal – authorize', 'Settings – Integrations (connected)'] },
  'h87-craft-fair-vendor-loans-mobile': { connect: ['Link your sales', 'Link – Etsy sheet', 'Linked so far', 'Your offer', 'Welcome email'] },
  'h88-hvac-contractor-cashflow-tablet': { connect: ['Connect your tools', 'Authorize – QuickBooks', 'Tools – progress', 'Cash forecast'], flowPage: 'Prototype', signup: 'Frame 1' },
  'h89-negative-sleep-tracker': { connect: [] },
  'h90-negative-museum-tickets': { connect: [] },
};

let failures = 0;
const fail = (f, m) => {
  failures++;
  console.error(`FAIL ${f}: ${m}`);
};

for (const [base, meta] of Object.entries(FILES)) {
  let doc;
  let truth;
  try {
    doc = JSON.parse(readFileSync(`${DIR}/${base}.json`, 'utf8'));
    truth = JSON.parse(readFileSync(`${DIR}/${base}.truth.json`, 'utf8'));
  } catch (e) {
    fail(base, `parse: ${e.message}`);
    continue;
  }
  const byId = new Map();
  const parentFrame = new Map();
  let count = 0;
  const walk = (n, top) => {
    count++;
    if (byId.has(n.id)) fail(base, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (top) parentFrame.set(n.id, top);
    for (const c of n.children ?? []) walk(c, top);
  };
  walk(doc.document, null);
  // refs
  for (const n of byId.values()) {
    if (n.componentId && !(byId.has(n.componentId) && doc.components[n.componentId])) fail(base, `componentId ${n.componentId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(base, `transitionNodeID ${n.transitionNodeID}`);
    for (const it of n.interactions ?? []) for (const a of it.actions) if (a.destinationId && !byId.has(a.destinationId)) fail(base, `destination ${a.destinationId}`);
    if (n.type === 'INSTANCE' && !n.componentId) fail(base, `instance without componentId ${n.id}`);
  }
  // truth ids
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(base, `unknown id ${id}`);
  if (new Set(all).size !== all.length) fail(base, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(base, `unknown note id ${k}`);
  if (truth.file !== `${base}.json`) fail(base, 'truth.file');
  // flow
  const canvases = doc.document.children;
  let page = canvases.find((c) => (c.flowStartingPoints ?? []).length > 0 || c.prototypeStartNodeID);
  let start;
  if (page) start = page.flowStartingPoints?.length ? page.flowStartingPoints[0].nodeId : page.prototypeStartNodeID;
  else page = canvases.find((c) => c.name === meta.flowPage);
  const scope = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c);
    if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const scopeIds = new Set(scope.map((f) => f.id));
  const frameOf = new Map();
  for (const f of scope) {
    const mark = (n) => {
      frameOf.set(n.id, f.id);
      (n.children ?? []).forEach(mark);
    };
    mark(f);
  }
  if (!start) start = scope.find((f) => f.name === meta.signup)?.id;
  const edges = new Map(scope.map((f) => [f.id, []]));
  for (const f of scope) {
    const visit = (n) => {
      const dests = [];
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const it of n.interactions ?? []) for (const a of it.actions) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
      for (const d of dests) if (frameOf.has(d)) edges.get(f.id).push(frameOf.get(d));
      (n.children ?? []).forEach(visit);
    };
    visit(f);
  }
  const bfs = (s) => {
    const dist = new Map([[s, 0]]);
    const q = [s];
    while (q.length) {
      const cur = q.shift();
      for (const nx of edges.get(cur) ?? []) if (!dist.has(nx)) {
        dist.set(nx, dist.get(cur) + 1);
        q.push(nx);
      }
    }
    return dist;
  };
  const nameOf = (id) => byId.get(id)?.name;
  const dist = bfs(start);
  const connectCands = [...dist.entries()].filter(([id]) => meta.connect.includes(nameOf(id))).sort((a, b) => a[1] - b[1]);
  if (connectCands.length > 1 && connectCands[0][1] === connectCands[1][1]) fail(base, 'tie for connect frame');
  const connect = connectCands[0]?.[0] ?? null;
  const steps = connect ? dist.get(connect) : null;
  let deadEnds = [];
  if (connect) {
    const fromConnect = bfs(connect);
    deadEnds = [...dist.keys()].filter((id) => !fromConnect.has(id) && !bfs(id).has(connect));
  }
  const tf = truth.flow;
  if (tf.startFrameId !== start || !scopeIds.has(start)) fail(base, `start ${tf.startFrameId} vs ${start}`);
  if (tf.connectFrameId !== connect) fail(base, `connect ${tf.connectFrameId} vs ${connect} (${nameOf(connect)})`);
  if (tf.stepsToConnect !== steps) fail(base, `steps ${tf.stepsToConnect} vs ${steps}`);
  if (JSON.stringify([...tf.deadEnds].sort()) !== JSON.stringify([...deadEnds].sort())) fail(base, `deadEnds ${tf.deadEnds} vs ${deadEnds.map(nameOf)}`);
  console.log(`${base}: ${count - 1 - canvases.length} nodes, ${scope.length} screens, present ${truth.present.length}, absent ${truth.absent.length}, start ${nameOf(start)}, connect ${nameOf(connect)} in ${steps}, deadEnds [${deadEnds.map(nameOf).join(', ')}]`);
}
if (failures) {
  console.error(`${failures} failure(s)`);
  process.exit(1);
}
