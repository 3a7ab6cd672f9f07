// Checks the written files: JSON parses, ids unique, references resolve, truth ids valid,
// flow facts recomputed breadth-first from the prototype links.
import { readFileSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
// Frames (by name) that present a call to action to connect the customer's software or accounts.
const CTA = {
  'h141-dentist-practice-payroll-desktop': ['Settings / Integrations', 'Pay run – April', 'Integrations – linked'],
  'h142-etsy-jeweller-cashflow-mobile': ['Plug in', 'Plug in – 1 done', 'Home', 'Welcome email', 'Pick your bank'],
  'h143-freight-broker-factoring-tablet': ['05 Connect systems', '07 Connections', '08 Dashboard'],
  'h144-negative-parenting-journal': [],
  'h145-negative-bike-rental': [],
};
let bad = 0;
const fail = (f, m) => { bad += 1; console.log(`FAIL ${f}: ${m}`); };

for (const name of Object.keys(CTA)) {
  const doc = JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8'));
  const byId = new Map(); let count = 0;
  const walk = (n, fn, parent) => { fn(n, parent); for (const c of n.children || []) walk(c, fn, n); };
  walk(doc.document, (n) => { count += 1; if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`); byId.set(n.id, n); });
  const links = [];
  walk(doc.document, (n) => {
    if (n.componentId && !doc.components[n.componentId]) fail(name, `componentId ${n.componentId} not in components`);
    if (n.componentId && !byId.has(n.componentId)) fail(name, `componentId ${n.componentId} no node`);
    if (n.transitionNodeID) { if (!byId.has(n.transitionNodeID)) fail(name, `transitionNodeID ${n.transitionNodeID}`); links.push([n, n.transitionNodeID, 'NAVIGATE']); }
    for (const it of n.interactions || []) for (const a of it.actions || []) {
      if (a.type === 'NODE') { if (!byId.has(a.destinationId)) fail(name, `dest ${a.destinationId}`); links.push([n, a.destinationId, a.navigation]); }
    }
  });
  for (const c of doc.document.children) for (const s of c.flowStartingPoints || []) if (!byId.has(s.nodeId)) fail(name, 'flow start missing');
  const tids = [...truth.present, ...truth.absent];
  for (const t of tids) if (!IDS.includes(t)) fail(name, `bad truth id ${t}`);
  if (new Set(tids).size !== tids.length) fail(name, 'present/absent overlap or duplicate');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, `bad note id ${k}`);
  // flow
  const f = truth.flow;
  const startNode = byId.get(f.startFrameId);
  const page = doc.document.children.find((c) => { let hit = false; walk(c, (n) => { if (n.id === f.startFrameId) hit = true; }); return hit; });
  const scope = [];
  for (const ch of page.children) {
    if (ch.visible === false) continue;
    if (ch.type === 'FRAME') scope.push(ch);
    if (ch.type === 'SECTION') for (const g of ch.children) if (g.type === 'FRAME' && g.visible !== false) scope.push(g);
  }
  const scopeIds = new Set(scope.map((s) => s.id));
  if (!scopeIds.has(f.startFrameId)) fail(name, 'start not in scope');
  const declared = (page.flowStartingPoints && page.flowStartingPoints[0] && page.flowStartingPoints[0].nodeId) || page.prototypeStartNodeID;
  if (declared && declared !== f.startFrameId) fail(name, `declared start ${declared} != truth`);
  const frameOf = new Map();
  for (const s of scope) walk(s, (n) => frameOf.set(n.id, s.id));
  const adj = new Map(scope.map((s) => [s.id, []]));
  for (const [n, d, nav] of links) {
    if (!['NAVIGATE', 'SWAP', 'OVERLAY'].includes(nav)) continue;
    const from = frameOf.get(n.id); const to = frameOf.get(d);
    if (from && to && scopeIds.has(to)) adj.get(from).push(to);
  }
  const bfs = (s) => { const dist = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of adj.get(u)) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } } return dist; };
  const dist = bfs(f.startFrameId);
  const ctaIds = scope.filter((s) => CTA[name].includes(s.name)).map((s) => s.id);
  if (ctaIds.length !== CTA[name].length) fail(name, `cta frame names not all found ${ctaIds.length}/${CTA[name].length}`);
  const order = [...dist.keys()];
  const first = order.find((id) => ctaIds.includes(id)) || null;
  if (first !== f.connectFrameId) fail(name, `connect frame ${first} != ${f.connectFrameId}`);
  const steps = first ? dist.get(first) : null;
  if (steps !== f.stepsToConnect) fail(name, `steps ${steps} != ${f.stepsToConnect}`);
  let dead = [];
  if (first) {
    const fromC = bfs(first);
    dead = order.filter((id) => !fromC.has(id) && !bfs(id).has(first));
  }
  if (JSON.stringify([...dead].sort()) !== JSON.stringify([...f.deadEnds].sort())) fail(name, `deadEnds ${JSON.stringify(dead)} != ${JSON.stringify(f.deadEnds)}`);
  const screens = scope.length;
  console.log(`${name}: nodes ${count}, in-scope screens ${screens}, present ${truth.present.length}, absent ${truth.absent.length}, start ${startNode && startNode.name}, connect ${first && byId.get(first).name}, steps ${steps}, dead ${dead.map((d) => byId.get(d).name).join(',')}`);
}
if (bad) { console.log(`${bad} problem(s)`); process.exit(1); } else console.log('all good');
