// Checks the five files: parse, unique ids, references, truth ids, and flow facts recomputed from links.
import { readFileSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
// Frames that, read by a person, present a call to action to connect business software; sign-up frame when no start is set.
const FILES = {
  'h56-staffing-agency-invoicing-desktop': { connect: ['Plug in your back office', 'Overview', 'Settings / Integrations', 'Your integrations', 'QuickBooks selected'], signup: 'Sign up' },
  'h57-flower-shop-loans-mobile': { connect: ['Link your tills', 'Home', 'Your connections', 'Square chosen', 'Connected'], signup: 'Create account' },
  'h58-manufacturer-forecasting-desktop': { connect: ['Settings — Data sources', 'Authorize Amazon', 'Forecasts', 'Data sources — connected'], signup: 'Create your workspace' },
  'h59-negative-habit-tracker': { connect: [], signup: 'Sign up' },
  'h60-negative-ride-sharing-driver': { connect: [], signup: 'Sign up' },
};

let failed = false;
const fail = (f, m) => { failed = true; console.error(`${f}: ${m}`); };

for (const [base, cfg] of Object.entries(FILES)) {
  const file = JSON.parse(readFileSync(`${DIR}/${base}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${DIR}/${base}.truth.json`, 'utf8'));
  const byId = new Map();
  const parent = new Map();
  let count = 0;
  const walk = (n, p) => {
    if (byId.has(n.id)) fail(base, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (p) parent.set(n.id, p);
    count += 1;
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(file.document, null);
  const links = [];
  for (const n of byId.values()) {
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) fail(base, `componentId ${n.componentId} missing`);
    if (n.type === 'INSTANCE' && !byId.has(n.componentId)) fail(base, `component node ${n.componentId} missing`);
    if (n.transitionNodeID) {
      if (!byId.has(n.transitionNodeID)) fail(base, `transition ${n.transitionNodeID} missing`);
      links.push([n.id, n.transitionNodeID, 'NAVIGATE']);
    }
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) {
      if (a.type === 'NODE') {
        if (!byId.has(a.destinationId)) fail(base, `destination ${a.destinationId} missing`);
        links.push([n.id, a.destinationId, a.navigation]);
      }
    }
  }
  for (const k of Object.keys(file.components)) if (!byId.has(k)) fail(base, `component ${k} not in tree`);
  // truth ids
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(base, `bad id ${id}`);
  if (new Set(all).size !== all.length) fail(base, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(base, `bad note id ${k}`);
  // flow
  const canvases = file.document.children;
  const startPage = canvases.find((c) => (c.flowStartingPoints ?? []).length || c.prototypeStartNodeID) ?? canvases.find((c) => [...byId.values()].some((n) => n.name === cfg.signup && topCanvas(n) === c));
  function topCanvas(n) { let p = n; while (p && p.type !== 'CANVAS') p = parent.get(p.id); return p; }
  const scope = [];
  for (const c of startPage.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c);
    if (c.type === 'SECTION') for (const f of c.children ?? []) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const scopeIds = new Set(scope.map((f) => f.id));
  const frameOf = (id) => { let p = byId.get(id); while (p && !scopeIds.has(p.id)) p = parent.get(p.id); return p?.id ?? null; };
  const start = startPage.flowStartingPoints?.[0]?.nodeId ?? startPage.prototypeStartNodeID ?? scope.find((f) => f.name === cfg.signup)?.id;
  const edges = new Map(scope.map((f) => [f.id, new Set()]));
  for (const [src, dst, nav] of links) {
    if (!['NAVIGATE', 'SWAP', 'OVERLAY'].includes(nav)) continue;
    const a = frameOf(src);
    const b = frameOf(dst);
    if (a && b && a !== b) edges.get(a).add(b);
  }
  const bfs = (s) => {
    const d = new Map([[s, 0]]);
    const q = [s];
    while (q.length) { const x = q.shift(); for (const y of edges.get(x) ?? []) if (!d.has(y)) { d.set(y, d.get(x) + 1); q.push(y); } }
    return d;
  };
  const fromStart = bfs(start);
  const connectIds = new Set(scope.filter((f) => cfg.connect.includes(f.name)).map((f) => f.id));
  if (connectIds.size !== cfg.connect.length) fail(base, 'connect frame names not all found in scope');
  let connect = null;
  let best = Infinity;
  // first breadth-first: smallest distance; ties broken by BFS visiting order
  for (const [id, dist] of fromStart) if (connectIds.has(id) && dist < best) { best = dist; connect = id; }
  const steps = connect ? best : null;
  let deadEnds = [];
  if (connect) {
    const fromConnect = bfs(connect);
    deadEnds = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(connect));
  }
  const fl = truth.flow;
  if (fl.startFrameId !== start) fail(base, `start ${start} vs truth ${fl.startFrameId}`);
  if (fl.connectFrameId !== connect) fail(base, `connect ${connect} vs truth ${fl.connectFrameId}`);
  if (fl.stepsToConnect !== steps) fail(base, `steps ${steps} vs truth ${fl.stepsToConnect}`);
  if (JSON.stringify([...deadEnds].sort()) !== JSON.stringify([...fl.deadEnds].sort())) fail(base, `deadEnds ${deadEnds} vs truth ${fl.deadEnds}`);
  const screens = scope.length;
  console.log(`${base}: ${count - 1} nodes, ${screens} in-scope screens, present ${truth.present.length}, absent ${truth.absent.length}, start ${start}, connect ${connect}, steps ${steps}, deadEnds [${deadEnds}]`);
}
if (failed) process.exit(1);
