// Checks the writer-K files: JSON shape, ids, references, truth labels and flow facts.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib.mjs';

const NAMES = [
  'h36-fitness-studio-payroll-desktop', 'h37-marketplace-seller-loans-mobile', 'h38-construction-invoicing-tablet',
  'h39-negative-weather-app', 'h40-negative-video-calls',
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
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failures = 0;
const fail = (f, m) => { failures++; console.error(`FAIL ${f}: ${m}`); };

for (const name of NAMES) {
  if (!existsSync(join(OUT_DIR, `${name}.json`))) { fail(name, 'missing'); continue; }
  const file = JSON.parse(readFileSync(join(OUT_DIR, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT_DIR, `${name}.truth.json`), 'utf8'));
  const side = JSON.parse(readFileSync(join(OUT_DIR, 'build-k', `${name}.connect-frames.json`), 'utf8'));
  const byId = new Map();
  const parentOf = new Map();
  let count = 0;
  const walk = (n, parent) => {
    count++;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (parent) parentOf.set(n.id, parent);
    if (n.type !== 'DOCUMENT' && n.type !== 'CANVAS' && !n.absoluteBoundingBox) fail(name, `no bbox ${n.id}`);
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(file.document, null);
  for (const n of byId.values()) {
    for (const i of n.interactions ?? []) for (const a of i.actions) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `dangling destination ${a.destinationId}`);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `dangling transition ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && (!file.components[n.componentId] || !byId.has(n.componentId))) fail(name, `bad componentId ${n.componentId}`);
    if (n.absoluteBoundingBox && parentOf.get(n.id)?.absoluteBoundingBox && parentOf.get(n.id).type !== 'CANVAS') {
      const p = parentOf.get(n.id).absoluteBoundingBox; const b = n.absoluteBoundingBox;
      if (b.x < p.x - 1 || b.y < p.y - 1 || b.x + b.width > p.x + p.width + 1 || b.y + b.height > p.y + p.height + 1) fail(name, `child ${n.id} ${n.name} outside parent`);
    }
  }
  // truth labels
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(name, `unknown checklist id ${id}`);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, `note on unknown id ${k}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file mismatch');

  // flow
  const canvases = file.document.children;
  let startId = null; let pageNode = null;
  for (const c of canvases) {
    const s = c.flowStartingPoints?.[0]?.nodeId ?? c.prototypeStartNodeID;
    if (s) { startId = s; pageNode = c; break; }
  }
  if (!startId) {
    startId = side.signUpFrame;
    pageNode = canvases.find((c) => { let p = byId.get(startId); while (p && p.type !== 'CANVAS') p = parentOf.get(p.id); return p === c; });
  }
  const inScope = new Set();
  const screens = [];
  if (pageNode) for (const c of pageNode.children) {
    const kids = c.type === 'SECTION' && c.visible !== false ? c.children : [c];
    for (const f of kids) if (f.type === 'FRAME' && f.visible !== false) { inScope.add(f.id); screens.push(f.id); }
  }
  const topOf = (id) => { let p = byId.get(id); while (p && !inScope.has(p.id)) p = parentOf.get(p.id); return p?.id ?? null; };
  const edges = new Map(screens.map((s) => [s, []]));
  for (const s of screens) {
    const visit = (n) => {
      if (n.visible === false) return;
      const dests = [];
      for (const i of n.interactions ?? []) for (const a of i.actions) if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) dests.push(a.destinationId);
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const d of dests) { const t = topOf(d); if (t) edges.get(s).push(t); }
      for (const c of n.children ?? []) visit(c);
    };
    visit(byId.get(s));
  }
  const bfs = (from) => {
    const dist = new Map([[from, 0]]); const order = [from];
    for (let i = 0; i < order.length; i++) for (const d of edges.get(order[i]) ?? []) if (!dist.has(d)) { dist.set(d, dist.get(order[i]) + 1); order.push(d); }
    return { dist, order };
  };
  const start = inScope.has(startId) ? startId : topOf(startId);
  const { dist, order } = bfs(start);
  const connect = truth.kind === 'negative' ? null : (order.find((f) => side.connectFrames.includes(f)) ?? null);
  const steps = connect ? dist.get(connect) : null;
  let deadEnds = [];
  if (connect) {
    const fromConnect = bfs(connect).dist;
    deadEnds = order.filter((f) => !fromConnect.has(f) && !bfs(f).dist.has(connect));
  }
  const want = truth.flow;
  const same = want.startFrameId === start && want.connectFrameId === connect && want.stepsToConnect === steps &&
    JSON.stringify([...want.deadEnds].sort()) === JSON.stringify([...deadEnds].sort());
  if (!same) fail(name, `flow mismatch: computed ${JSON.stringify({ start, connect, steps, deadEnds })} vs truth ${JSON.stringify(want)}`);
  console.log(`${name}: ${count} nodes, ${screens.length} in-scope screens, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify({ start, connect, steps, deadEnds })}`);
}
if (failures) { console.error(`${failures} failure(s)`); process.exit(1); }
console.log('all checks passed');
