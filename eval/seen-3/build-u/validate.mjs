// Checks writer U's files: JSON parses, ids unique, references resolve, truth ids
// valid and disjoint, and the flow facts recomputed breadth-first match the truth.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib.mjs';

const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

// Frames (by name) that present a call to action to connect the customer's software.
const CONNECT_FRAMES = {
  'h76-accountancy-practice-onboarding-desktop': ['03 — Clients (empty)', '04 — Before connecting', '05 — Select software', '08 — Client data sources', '09 — Client overview', 'Welcome email'],
  'h77-restaurant-group-payroll-tablet': ['Connect data', 'Pick systems', 'Connected systems', 'Payroll home', 'Integrations'],
  'h78-etsy-seller-bookkeeping-mobile': ['Hook up shop', 'Where you sell', 'Your accounts', 'Home', 'Welcome email'],
  'h79-negative-language-tutor': [],
  'h80-negative-home-energy': [],
};
// Frame that reads as sign-up, for a page without a starting point.
const SIGNUP = { 'h78-etsy-seller-bookkeeping-mobile': 'Sign up' };

let failures = 0;
const fail = (f, m) => { failures++; console.log(`FAIL ${f}: ${m}`); };

function walk(n, fn, parent) { fn(n, parent); for (const c of n.children ?? []) walk(c, fn, n); }

for (const base of Object.keys(CONNECT_FRAMES)) {
  if (!existsSync(join(OUT_DIR, `${base}.json`))) { console.log(`skip ${base} (not written yet)`); continue; }
  const file = JSON.parse(readFileSync(join(OUT_DIR, `${base}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT_DIR, `${base}.truth.json`), 'utf8'));
  const byId = new Map();
  let nodes = 0;
  walk(file.document, (n) => {
    nodes++;
    if (byId.has(n.id)) fail(base, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  walk(file.document, (n, parent) => {
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(base, `missing destination ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(base, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) fail(base, `missing component ${n.componentId}`);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(base, `text without characters ${n.id}`);
    const bb = n.absoluteBoundingBox;
    const pb = parent?.absoluteBoundingBox;
    if (bb && pb && parent.type !== 'SECTION' && (bb.x < pb.x - 1 || bb.y < pb.y - 1)) fail(base, `${n.id} starts outside its parent`);
  });
  // truth ids
  if (truth.file !== `${base}.json`) fail(base, 'truth.file');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(base, `unknown id ${id}`);
  const overlap = truth.present.filter((i) => truth.absent.includes(i));
  if (overlap.length) fail(base, `present/absent overlap ${overlap}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(base, 'duplicate ids in truth');

  // flow
  const pages = file.document.children;
  let page = pages.find((p) => p.flowStartingPoints?.length) ?? pages.find((p) => p.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) {
    for (const p of pages) walk(p, (n) => { if (n.type === 'FRAME' && n.name === SIGNUP[base]) { page = p; start = n.id; } });
  }
  const scope = [];
  if (page) for (const c of page.children) {
    if (c.type === 'FRAME' && c.visible !== false) scope.push(c);
    if (c.type === 'SECTION' && c.visible !== false) for (const f of c.children ?? []) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const scopeIds = new Set(scope.map((f) => f.id));
  const owner = new Map();
  for (const f of scope) walk(f, (n) => owner.set(n.id, f.id));
  const edges = new Map(scope.map((f) => [f.id, new Set()]));
  for (const f of scope) walk(f, (n) => {
    const dests = [];
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const dst of dests) if (owner.has(dst)) edges.get(f.id).add(owner.get(dst));
  });
  const bfs = (from) => {
    const dist = new Map([[from, 0]]);
    const order = [from];
    for (let i = 0; i < order.length; i++) for (const nx of edges.get(order[i]) ?? []) if (!dist.has(nx)) { dist.set(nx, dist.get(order[i]) + 1); order.push(nx); }
    return { dist, order };
  };
  const name = (id) => byId.get(id)?.name;
  if (truth.kind === 'negative') {
    if (truth.flow.connectFrameId !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(base, 'negative flow must be null/null/[]');
    if (truth.present.length + truth.absent.length < 25) fail(base, 'negative labels too few');
  } else {
    if (!scopeIds.has(start)) fail(base, `start ${start} not in scope`);
    if (truth.flow.startFrameId !== start) fail(base, `start ${truth.flow.startFrameId} != ${start}`);
    const { dist, order } = bfs(start);
    const connect = order.find((id) => CONNECT_FRAMES[base].includes(name(id))) ?? null;
    const tie = order.filter((id) => CONNECT_FRAMES[base].includes(name(id)) && dist.get(id) === dist.get(connect));
    if (tie.length > 1) fail(base, `connect tie ${tie.map(name)}`);
    if (truth.flow.connectFrameId !== connect) fail(base, `connect ${truth.flow.connectFrameId} != ${connect} (${name(connect)})`);
    const steps = connect ? dist.get(connect) : null;
    if (truth.flow.stepsToConnect !== steps) fail(base, `steps ${truth.flow.stepsToConnect} != ${steps}`);
    const fromConnect = connect ? bfs(connect).dist : new Map();
    const canReach = (id) => connect !== null && bfs(id).dist.has(connect);
    const dead = order.filter((id) => !fromConnect.has(id) && !canReach(id));
    const want = [...truth.flow.deadEnds].sort().join(',');
    if (dead.sort().join(',') !== want) fail(base, `deadEnds ${want} != ${dead} (${dead.map(name)})`);
    if (truth.present.length + truth.absent.length < 24) fail(base, 'fewer than 24 labels');
    console.log(`  flow ${base}: start ${name(start)}, connect ${name(connect)} in ${steps}, dead ends [${dead.map(name)}]`);
  }
  const screens = scope.length;
  console.log(`${base}: ${nodes - 1} nodes, ${screens} in-scope screens, present ${truth.present.length}, absent ${truth.absent.length}`);
}
console.log(failures ? `${failures} failure(s)` : 'all checks passed');
process.exitCode = failures ? 1 : 0;
