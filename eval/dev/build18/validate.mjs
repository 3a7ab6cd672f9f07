// Re-reads the written files and checks structure, truth ids and flow facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from './lib.mjs';
import * as d93 from './d93.mjs';
import * as d94 from './d94.mjs';
import * as d95 from './d95.mjs';
import * as d96 from './d96.mjs';
import * as d97 from './d97.mjs';

const MODULES = [d93, d94, d95, d96, d97];
const IDS = new Set(['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator']);
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let bad = 0;
const fail = (f, m) => { bad += 1; console.log('FAIL', f, m); };

for (const m of MODULES) {
  const f = m.NAME;
  const doc = JSON.parse(readFileSync(join(OUT, f + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT, f + '.truth.json'), 'utf8'));
  const byId = new Map(); const parent = new Map(); let count = 0;
  const walk = (n, p) => { count += 1; if (byId.has(n.id)) fail(f, 'dup id ' + n.id); byId.set(n.id, n); parent.set(n.id, p); (n.children || []).forEach((c) => walk(c, n)); };
  walk(doc.document, null);
  for (const n of byId.values()) {
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(f, 'missing dest ' + a.destinationId);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(f, 'missing transition ' + n.transitionNodeID);
    if (n.type === 'INSTANCE' && (!doc.components[n.componentId] || !byId.has(n.componentId))) fail(f, 'missing component ' + n.componentId);
    if (n.absoluteBoundingBox && parent.get(n.id)?.absoluteBoundingBox && n.type !== 'FRAME' && parent.get(n.id).type !== 'SECTION') {
      const a = n.absoluteBoundingBox; const b = parent.get(n.id).absoluteBoundingBox;
      if (a.x < b.x - 1 || a.y < b.y - 1) fail(f, 'child outside parent ' + n.id);
    }
  }
  const all = [...truth.present, ...truth.absent];
  for (const i of all) if (!IDS.has(i)) fail(f, 'bad id ' + i);
  if (new Set(all).size !== all.length) fail(f, 'present/absent overlap or dupes');
  for (const k of Object.keys(truth.notes)) if (!IDS.has(k)) fail(f, 'bad note id ' + k);
  if (truth.file !== f + '.json') fail(f, 'file field');

  // flow
  const canvases = doc.document.children;
  let page = canvases.find((c) => (c.flowStartingPoints && c.flowStartingPoints.length) || c.prototypeStartNodeID);
  let start;
  if (page) start = page.flowStartingPoints && page.flowStartingPoints.length ? page.flowStartingPoints[0].nodeId : page.prototypeStartNodeID;
  else { start = truth.flow.startFrameId; page = canvases.find((c) => JSON.stringify(c).includes('"id":"' + start + '"')); }
  const scope = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c);
    if (c.type === 'SECTION') for (const k of c.children || []) if (k.type === 'FRAME' && k.visible !== false) scope.push(k);
  }
  const inScope = new Set(scope.map((s) => s.id));
  const frameOf = (id) => { let n = byId.get(id); while (n && !inScope.has(n.id)) n = parent.get(n.id); return n ? n.id : null; };
  const edges = new Map(scope.map((s) => [s.id, []]));
  for (const s of scope) {
    const visit = (n) => {
      if (n.visible === false) return;
      for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && STEP.has(a.navigation)) { const d = frameOf(a.destinationId); if (d) edges.get(s.id).push(d); }
      if (n.transitionNodeID) { const d = frameOf(n.transitionNodeID); if (d) edges.get(s.id).push(d); }
      (n.children || []).forEach(visit);
    };
    visit(s);
  }
  const bfs = (from) => { const dist = new Map([[from, 0]]); const q = [from]; while (q.length) { const x = q.shift(); for (const y of edges.get(x) || []) if (!dist.has(y)) { dist.set(y, dist.get(x) + 1); q.push(y); } } return dist; };
  if (!inScope.has(start)) fail(f, 'start not in scope');
  const dist = bfs(start);
  const order = [...dist.keys()];
  let connect = null;
  if (truth.kind === 'onboarding') connect = order.find((id) => m.connectFrames.includes(byId.get(id).name)) ?? null;
  const steps = connect ? dist.get(connect) : null;
  const dead = [];
  if (connect) {
    const fromC = bfs(connect);
    for (const id of order) if (!fromC.has(id) && !bfs(id).has(connect)) dead.push(id);
  }
  const exp = { startFrameId: start, connectFrameId: connect, stepsToConnect: steps, deadEnds: dead.sort() };
  const got = { ...truth.flow, deadEnds: [...truth.flow.deadEnds].sort() };
  if (JSON.stringify(exp) !== JSON.stringify(got)) fail(f, 'flow ' + JSON.stringify(exp) + ' vs truth ' + JSON.stringify(got));
  const screens = scope.length;
  console.log(f, 'nodes', count, 'screens', screens, 'present', truth.present.length, 'absent', truth.absent.length, 'flow', JSON.stringify(truth.flow));
}
if (bad) { console.log(bad, 'problems'); process.exit(1); } else console.log('all ok');
