// Checks each Z5 file: JSON parses, ids unique, links/components resolve, truth ids valid and
// disjoint, and the flow facts in the truth match a breadth-first walk over the prototype links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from './lib.mjs';

const IDS = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill
value.three-part value.contextual-ctas value.faq-link value.progress-meter
privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide
privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda
platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives
platform.non-linear platform.multiple-connections
connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(/\s+/);

const FILES = ['h121-hair-salon-chain-payroll-desktop', 'h122-roofing-contractor-finance-mobile', 'h123-bookshop-ecommerce-tablet', 'h124-negative-student-loans', 'h125-negative-karaoke'];
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let bad = 0;
const fail = (f, m) => { bad++; console.error(`${f}: ${m}`); };

function walk(n, f) { f(n); for (const c of n.children || []) walk(c, f); }

for (const name of FILES) {
  const doc = JSON.parse(readFileSync(join(OUT, name + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT, name + '.truth.json'), 'utf8'));
  const seen = new Set();
  let count = 0;
  walk(doc.document, (n) => { count++; if (seen.has(n.id)) fail(name, 'dup id ' + n.id); seen.add(n.id); });
  walk(doc.document, (n) => {
    for (const it of n.interactions || []) for (const a of it.actions) if (a.destinationId && !seen.has(a.destinationId)) fail(name, 'dangling ' + a.destinationId);
    if (n.transitionNodeID && !seen.has(n.transitionNodeID)) fail(name, 'dangling tnid ' + n.transitionNodeID);
    if (n.componentId && !doc.components[n.componentId]) fail(name, 'no component ' + n.componentId);
  });
  for (const id of [...truth.present, ...truth.absent]) if (!IDS.includes(id)) fail(name, 'bad id ' + id);
  for (const id of truth.present) if (truth.absent.includes(id)) fail(name, 'both ' + id);
  for (const id of Object.keys(truth.notes)) if (!IDS.includes(id)) fail(name, 'bad note id ' + id);

  // flow
  const pages = doc.document.children;
  let pg = pages.find((p) => (p.flowStartingPoints || []).length || p.prototypeStartNodeID);
  let start = pg ? (pg.flowStartingPoints?.[0]?.nodeId || pg.prototypeStartNodeID) : null;
  if (!pg) { pg = pages.find((p) => { let hit = false; walk(p, (n) => { if (n.id === truth.flow.startFrameId) hit = true; }); return hit; }); start = truth.flow.startFrameId; }
  const top = [];
  for (const c of pg.children) {
    if (c.type === 'FRAME' && c.visible !== false) top.push(c);
    if (c.type === 'SECTION' && c.visible !== false) for (const d of c.children) if (d.type === 'FRAME' && d.visible !== false) top.push(d);
  }
  const owner = new Map();
  for (const f of top) walk(f, (n) => owner.set(n.id, f.id));
  const edges = new Map(top.map((f) => [f.id, new Set()]));
  for (const f of top) walk(f, (n) => {
    if (n.visible === false) return;
    for (const it of n.interactions || []) for (const a of it.actions) if (a.type === 'NODE' && STEP.has(a.navigation) && owner.has(a.destinationId)) edges.get(f.id).add(owner.get(a.destinationId));
    if (n.transitionNodeID && owner.has(n.transitionNodeID)) edges.get(f.id).add(owner.get(n.transitionNodeID));
  });
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const x = q.shift(); for (const y of edges.get(x) || []) if (!d.has(y)) { d.set(y, d.get(x) + 1); q.push(y); } } return d; };
  const fl = truth.flow;
  if (start !== fl.startFrameId) fail(name, `start ${start} vs truth ${fl.startFrameId}`);
  const fromStart = bfs(start);
  if (fl.connectFrameId) {
    const d = fromStart.get(fl.connectFrameId);
    if (d !== fl.stepsToConnect) fail(name, `steps ${d} vs ${fl.stepsToConnect}`);
    const fromConnect = bfs(fl.connectFrameId);
    const dead = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(fl.connectFrameId)).sort();
    if (JSON.stringify(dead) !== JSON.stringify([...fl.deadEnds].sort())) fail(name, `deadEnds ${dead} vs ${fl.deadEnds}`);
    const order = [...fromStart.entries()].filter(([, v]) => v < d).map(([k]) => top.find((t) => t.id === k).name);
    console.log(`  ${name}: frames closer than connect: ${order.join(' | ')}`);
  } else if (fl.stepsToConnect !== null || fl.deadEnds.length) fail(name, 'negative flow must be null/[]');
  console.log(`${name}: ${count} nodes, ${top.length} screens, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(fl)}`);
}
if (bad) { console.error(bad + ' problem(s)'); process.exit(1); }
console.log('ok');
