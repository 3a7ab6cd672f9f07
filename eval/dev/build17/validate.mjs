// Checks the d88–d92 files: parse, unique ids, links resolve, truth ids valid, flow facts recomputed.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, OUT } from './lib.mjs';

const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const NAMES = ['d88-wedding-planner-invoicing-tablet', 'd89-pharmacy-group-analytics-desktop', 'd90-food-truck-loans-mobile',
  'd91-law-practice-trust-accounting-desktop', 'd92-negative-team-chat'];

let bad = 0;
const fail = (f, m) => { bad++; console.error(`FAIL ${f}: ${m}`); };

for (const name of NAMES) {
  if (!existsSync(join(OUT, `${name}.json`))) { fail(name, 'missing'); continue; }
  const file = JSON.parse(readFileSync(join(OUT, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT, `${name}.truth.json`), 'utf8'));
  const meta = JSON.parse(readFileSync(join(HERE, 'meta', `${name}.meta.json`), 'utf8'));
  const byId = new Map(); let count = 0;
  const walk = (n, parent, fn) => { fn(n, parent); for (const c of n.children ?? []) walk(c, n, fn); };
  walk(file.document, null, (n, parent) => {
    count++;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, { n, parent });
  });
  walk(file.document, null, (n) => {
    for (const i of n.interactions ?? []) for (const a of i.actions ?? []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `missing destination ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && (!file.components[n.componentId] || !byId.has(n.componentId))) fail(name, `missing component ${n.componentId}`);
    const p = byId.get(n.id).parent;
    if (n.absoluteBoundingBox && p?.absoluteBoundingBox && n.type !== 'CANVAS') {
      const a = n.absoluteBoundingBox; const b = p.absoluteBoundingBox;
      if (a.x < b.x - 0.5 || a.y < b.y - 0.5 || a.x + a.width > b.x + b.width + 0.5 || a.y + a.height > b.y + b.height + 0.5) fail(name, `child ${n.id} (${n.name}) outside parent ${p.id}`);
    }
  });
  for (const id of [...truth.present, ...truth.absent]) if (!IDS.includes(id)) fail(name, `unknown checklist id ${id}`);
  for (const id of Object.keys(truth.notes)) if (!IDS.includes(id)) fail(name, `unknown note id ${id}`);
  if (truth.present.some((id) => truth.absent.includes(id))) fail(name, 'present/absent overlap');
  if (new Set([...truth.present, ...truth.absent]).size !== truth.present.length + truth.absent.length) fail(name, 'duplicate label');

  // Flow recomputation.
  const pages = file.document.children;
  const startOf = (pg) => (pg.flowStartingPoints?.length ? pg.flowStartingPoints[0].nodeId : (pg.prototypeStartNodeID || null));
  let page = pages.find((pg) => startOf(pg));
  let start = page ? startOf(page) : null;
  if (!page) { start = meta.signupFrameId; page = pages.find((pg) => pg.children.some((c) => c.id === start || (c.type === 'SECTION' && c.children.some((d) => d.id === start)))); }
  const scope = new Set();
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.add(c.id);
    if (c.type === 'SECTION') for (const d of c.children) if (d.type === 'FRAME' && d.visible !== false) scope.add(d.id);
  }
  const top = (id) => { let cur = id; while (cur && !scope.has(cur)) { const e = byId.get(cur); cur = e?.parent?.id; } return cur ?? null; };
  const edges = new Map([...scope].map((s) => [s, new Set()]));
  for (const s of scope) walk(byId.get(s).n, null, (n) => {
    if (n.visible === false) return;
    const dests = [];
    for (const i of n.interactions ?? []) for (const a of i.actions ?? []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) { const t = top(d); if (t) edges.get(s).add(t); }
  });
  const bfs = (from) => { const dist = new Map([[from, 0]]); const q = [from]; while (q.length) { const c = q.shift(); for (const d of edges.get(c)) if (!dist.has(d)) { dist.set(d, dist.get(c) + 1); q.push(d); } } return dist; };
  if (!scope.has(start)) fail(name, `start ${start} not in scope`);
  const dist = bfs(start);
  const order = [...dist.entries()].sort((a, b) => a[1] - b[1]);
  const cands = order.filter(([id]) => meta.connectCandidates.includes(id));
  if (cands.length > 1 && cands[0][1] === cands[1][1]) fail(name, 'tie between connect candidates');
  const connect = cands.length ? cands[0][0] : null;
  const steps = connect ? dist.get(connect) : null;
  let dead = [];
  if (connect) {
    const fromC = bfs(connect);
    dead = [...dist.keys()].filter((f) => !fromC.has(f) && !bfs(f).has(connect));
  }
  const f = truth.flow;
  if (f.startFrameId !== start) fail(name, `start ${f.startFrameId} vs ${start}`);
  if (f.connectFrameId !== connect) fail(name, `connect ${f.connectFrameId} vs ${connect}`);
  if (f.stepsToConnect !== steps) fail(name, `steps ${f.stepsToConnect} vs ${steps}`);
  if (JSON.stringify([...f.deadEnds].sort()) !== JSON.stringify(dead.sort())) fail(name, `deadEnds ${f.deadEnds} vs ${dead}`);
  const screens = scope.size;
  console.log(`${name}: nodes ${count}, screens ${screens}, present ${truth.present.length}, absent ${truth.absent.length}, start ${start}, connect ${connect}, steps ${steps}, deadEnds [${dead}]`);
}
if (bad) { console.error(`${bad} problem(s)`); process.exit(1); }
console.log('all ok');
