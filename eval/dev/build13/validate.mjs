// Validates the d68–d72 files: JSON, unique ids, references, truth ids, flow facts (breadth-first).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMES = [
  'd68-dental-lab-invoicing-desktop',
  'd69-market-stall-card-payments-mobile',
  'd70-architecture-supplier-credit-tablet',
  'd71-subscription-box-analytics-desktop',
  'd72-negative-pet-sitting',
];
const IDS = new Set([
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
]);

let failures = 0;
const fail = (f, m) => { failures++; console.error(`FAIL ${f}: ${m}`); };

function walk(n, fn, top = null, hidden = false) {
  const h = hidden || n.visible === false;
  fn(n, top, h);
  for (const c of n.children || []) walk(c, fn, top, h);
}

function bfs(adj, s) {
  const dist = new Map([[s, 0]]); const q = [s];
  while (q.length) { const u = q.shift(); for (const v of adj.get(u) || []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } }
  return dist;
}

for (const name of NAMES) {
  const file = `${name}.json`;
  let doc; let truth;
  try { doc = JSON.parse(readFileSync(join(DIR, file), 'utf8')); truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8')); } catch (e) { fail(file, e.message); continue; }
  const byId = new Map();
  let count = 0;
  walk(doc.document, (n) => { count++; if (byId.has(n.id)) fail(file, `duplicate id ${n.id}`); byId.set(n.id, n); });
  // references
  walk(doc.document, (n) => {
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(file, `transitionNodeID ${n.transitionNodeID} missing`);
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(file, `destination ${a.destinationId} missing`);
    if (n.type === 'INSTANCE' && (!n.componentId || !doc.components[n.componentId])) fail(file, `instance ${n.id} componentId ${n.componentId} not in components`);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(file, `text ${n.id} without characters`);
  });
  for (const cid of Object.keys(doc.components)) if (!byId.has(cid)) fail(file, `component ${cid} has no node`);
  // truth
  if (truth.file !== file) fail(file, 'truth.file mismatch');
  const labelled = [...truth.present, ...truth.absent];
  for (const id of labelled) if (!IDS.has(id)) fail(file, `bad id ${id}`);
  if (new Set(labelled).size !== labelled.length) fail(file, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes || {})) if (!IDS.has(k)) fail(file, `bad note id ${k}`);
  // flow
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints || []).length || p.prototypeStartNodeID);
  let start = page ? ((page.flowStartingPoints || [])[0] || {}).nodeId || page.prototypeStartNodeID : null;
  if (!page) {
    start = truth.flow.startFrameId;
    page = pages.find((p) => { let f = false; walk(p, (n) => { if (n.id === start) f = true; }); return f; });
  }
  const scope = new Set();
  const topOf = new Map();
  for (const c of page ? page.children : []) {
    const tops = c.type === 'SECTION' ? c.children.filter((k) => k.type === 'FRAME') : c.type === 'FRAME' ? [c] : [];
    for (const t of tops) {
      if (t.visible === false) continue;
      scope.add(t.id);
      walk(t, (n) => topOf.set(n.id, t.id));
    }
  }
  const adj = new Map();
  for (const t of scope) {
    walk(byId.get(t), (n, _top, hidden) => {
      if (hidden) return;
      const dests = [];
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
      for (const d of dests) { const to = topOf.get(d); if (to) { if (!adj.has(t)) adj.set(t, new Set()); adj.get(t).add(to); } }
    });
  }
  const fl = truth.flow;
  if (fl.startFrameId !== start) fail(file, `start ${start} vs truth ${fl.startFrameId}`);
  if (!scope.has(start)) fail(file, 'start not in scope');
  const dist = bfs(adj, start);
  if (truth.kind === 'negative') {
    if (fl.connectFrameId !== null || fl.stepsToConnect !== null || fl.deadEnds.length) fail(file, 'negative flow facts');
  } else {
    const c = fl.connectFrameId;
    const d = dist.has(c) ? dist.get(c) : null;
    if (d !== fl.stepsToConnect) fail(file, `stepsToConnect ${d} vs truth ${fl.stepsToConnect}`);
    const fromC = bfs(adj, c);
    const dead = [...dist.keys()].filter((f) => !fromC.has(f) && !bfs(adj, f).has(c));
    if (JSON.stringify(dead.sort()) !== JSON.stringify([...fl.deadEnds].sort())) fail(file, `deadEnds ${dead} vs truth ${fl.deadEnds}`);
    const closer = [...dist.entries()].filter(([, v]) => d != null && v < d).map(([k]) => `${k} ${byId.get(k).name}`);
    console.log(`  frames closer than connect: ${closer.join(' | ')}`);
  }
  const screens = scope.size;
  console.log(`${file}: ${count} nodes, ${screens} in-scope frames, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(fl)}`);
}
if (failures) { console.error(`${failures} failure(s)`); process.exit(1); }
console.log('all ok');
