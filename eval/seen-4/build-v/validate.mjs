// Checks the writer-V files: JSON shape, unique ids, link/component targets, truth ids, flow facts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');
const NAMES = ['h81-kennel-bookings-payouts-tablet', 'h82-marketing-agency-retainers-desktop', 'h83-pop-up-shop-payments-mobile', 'h84-negative-car-sharing', 'h85-negative-study-planner'];
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

let failed = 0;
const fail = (f, m) => { failed++; console.error(`FAIL ${f}: ${m}`); };

function walk(n, fn, parent = null) {
  fn(n, parent);
  for (const c of n.children ?? []) walk(c, fn, n);
}

for (const name of (process.argv.slice(2).length ? process.argv.slice(2) : NAMES)) {
  const file = JSON.parse(readFileSync(join(outDir, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(outDir, `${name}.truth.json`), 'utf8'));
  const byId = new Map();
  let count = 0;
  walk(file.document, (n) => {
    count++;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  walk(file.document, (n) => {
    if (n.type === 'INSTANCE') {
      if (!byId.has(n.componentId)) fail(name, `componentId ${n.componentId} missing`);
      if (!file.components[n.componentId]) fail(name, `componentId ${n.componentId} not in components map`);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `transition ${n.transitionNodeID} missing`);
    for (const i of n.interactions ?? []) for (const a of i.actions) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `destination ${a.destinationId} missing`);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(name, `text ${n.id} without characters`);
  });
  for (const k of Object.keys(file.components)) if (!byId.has(k)) fail(name, `components entry ${k} has no node`);
  // truth
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  if (!truth.writtenBy.startsWith('held-out writer V')) fail(name, 'writtenBy');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `bad id ${id}`);
  const overlap = truth.present.filter((i) => truth.absent.includes(i));
  if (overlap.length) fail(name, `present/absent overlap ${overlap}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'duplicate labels');
  // flow
  const pages = file.document.children;
  let page = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start = page ? ((page.flowStartingPoints ?? [])[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) {
    page = pages.find((p) => { let hit = false; walk(p, (n) => { if (n.id === truth.flow.startFrameId) hit = true; }); return hit; });
    start = truth.flow.startFrameId;
  }
  const scope = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c);
    if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const frameOf = new Map();
  for (const f of scope) walk(f, (n) => frameOf.set(n.id, f.id));
  const edges = new Map(scope.map((f) => [f.id, new Set()]));
  for (const f of scope) walk(f, (n) => {
    const dests = [];
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const i of n.interactions ?? []) for (const a of i.actions) if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) dests.push(a.destinationId);
    for (const d of dests) if (frameOf.has(d)) edges.get(f.id).add(frameOf.get(d));
  });
  const bfs = (s) => { const dist = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u) ?? []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } } return dist; };
  if (!frameOf.has(start) || scope.every((f) => f.id !== start)) fail(name, `start ${start} not an in-scope frame`);
  if (truth.flow.startFrameId !== start) fail(name, `start ${truth.flow.startFrameId} != ${start}`);
  const fromStart = bfs(start);
  const cf = truth.flow.connectFrameId;
  if (truth.kind === 'negative') {
    if (cf !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(name, 'negative flow facts');
  } else {
    const d = fromStart.get(cf);
    if (d !== truth.flow.stepsToConnect) fail(name, `steps ${truth.flow.stepsToConnect} != ${d}`);
    const fromConnect = bfs(cf);
    const dead = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(cf)).sort();
    if (JSON.stringify(dead) !== JSON.stringify([...truth.flow.deadEnds].sort())) fail(name, `deadEnds ${dead} != ${truth.flow.deadEnds}`);
    const order = [...fromStart.entries()].sort((a, b) => a[1] - b[1]).map(([f, dd]) => `${byId.get(f).name}(${dd})`);
    console.log(`  bfs: ${order.join(' > ')}`);
  }
  const labelled = truth.present.length + truth.absent.length;
  console.log(`${name}: nodes ${count}, flow-page screens ${scope.length}, present ${truth.present.length}, absent ${truth.absent.length}, labelled ${labelled}, start ${start}, connect ${cf}, steps ${truth.flow.stepsToConnect}, deadEnds ${JSON.stringify(truth.flow.deadEnds)}`);
}
if (failed) { console.error(`${failed} failure(s)`); process.exit(1); }
console.log('all checks passed');
