// Checks the d63–d67 files: JSON parses, ids unique, references resolve,
// truth ids valid and disjoint, and flow facts recomputed breadth-first.
import { readFileSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const NAMES = ['d63-veterinary-practice-payments-tablet', 'd64-print-on-demand-payouts-desktop', 'd65-trades-van-leasing-mobile', 'd66-coffee-roaster-wholesale-desktop', 'd67-negative-music-lessons'];
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];

let failures = 0;
const fail = (n, m) => { failures += 1; console.log(`FAIL ${n}: ${m}`); };

function visit(node, fn, parent = null) {
  fn(node, parent);
  for (const c of node.children || []) visit(c, fn, node);
}

for (const name of NAMES) {
  let file, truth;
  try {
    file = JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'));
    truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8'));
  } catch (e) { fail(name, `parse: ${e.message}`); continue; }
  const byId = new Map();
  let count = 0;
  visit(file.document, (n, parent) => {
    count += 1;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    n._parent = parent;
    const bb = n.absoluteBoundingBox;
    const pb = parent && parent.absoluteBoundingBox;
    if (bb && pb && n.type !== 'FRAME' && parent.type !== 'CANVAS' && parent.type !== 'SECTION') {
      if (bb.x < pb.x - 1 || bb.y < pb.y - 1) fail(name, `${n.id} outside parent ${parent.id}`);
    }
  });
  visit(file.document, (n) => {
    for (const it of n.interactions || []) for (const a of it.actions || []) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `dangling destination ${a.destinationId}`);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `dangling transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && !(n.componentId in file.components)) fail(name, `instance ${n.id} componentId ${n.componentId} missing`);
  });
  for (const id of Object.keys(file.components)) if (!byId.has(id)) fail(name, `component ${id} has no node`);
  const p = new Set(truth.present), a = new Set(truth.absent);
  for (const id of [...p, ...a, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `unknown checklist id ${id}`);
  for (const id of p) if (a.has(id)) fail(name, `${id} both present and absent`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file mismatch');

  // flow
  const f = truth.flow;
  let page = null;
  for (const c of file.document.children) if (c.flowStartingPoints?.length || c.prototypeStartNodeID) { page = c; break; }
  const start = page ? (page.flowStartingPoints?.length ? page.flowStartingPoints[0].nodeId : page.prototypeStartNodeID) : f.startFrameId;
  if (!page) { page = byId.get(start)._parent; if (page.type === 'SECTION') page = page._parent; }
  if (start !== f.startFrameId) fail(name, `start ${start} != truth ${f.startFrameId}`);
  const frames = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    else if (c.type === 'SECTION') for (const g of c.children) if (g.type === 'FRAME' && g.visible !== false) frames.push(g);
  }
  const inScope = new Set(frames.map((x) => x.id));
  const topOf = (id) => { let n = byId.get(id); while (n && !inScope.has(n.id)) n = n._parent; return n ? n.id : null; };
  const adj = new Map(frames.map((x) => [x.id, []]));
  for (const fr of frames) visit(fr, (n) => {
    for (const it of n.interactions || []) for (const ac of it.actions || []) {
      if (ac.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(ac.navigation)) { const t = topOf(ac.destinationId); if (t) adj.get(fr.id).push(t); }
    }
    if (n.transitionNodeID) { const t = topOf(n.transitionNodeID); if (t) adj.get(fr.id).push(t); }
  });
  const dist = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const c = q.shift(); for (const t of adj.get(c) || []) if (!d.has(t)) { d.set(t, d.get(c) + 1); q.push(t); } } return d; };
  const ds = dist(start);
  if (truth.kind === 'negative') {
    if (f.connectFrameId !== null || f.stepsToConnect !== null || f.deadEnds.length) fail(name, 'negative flow must be null/null/[]');
  } else {
    if (!inScope.has(f.connectFrameId)) fail(name, 'connect frame not in scope');
    const steps = ds.has(f.connectFrameId) ? ds.get(f.connectFrameId) : null;
    if (steps !== f.stepsToConnect) fail(name, `steps ${steps} != ${f.stepsToConnect}`);
    const dc = dist(f.connectFrameId);
    const dead = [...ds.keys()].filter((x) => !dc.has(x) && !dist(x).has(f.connectFrameId)).sort();
    if (JSON.stringify(dead) !== JSON.stringify([...f.deadEnds].sort())) fail(name, `deadEnds ${dead} != ${f.deadEnds}`);
    const earlier = [...ds.entries()].filter(([, v]) => v < steps).map(([k]) => `${k} ${byId.get(k).name}`);
    console.log(`  ${name}: frames before connect: ${earlier.join(', ')}`);
  }
  const screens = frames.length;
  console.log(`${name}: nodes ${count}, in-scope frames ${screens}, present ${p.size}, absent ${a.size}, reachable ${ds.size}`);
}
console.log(failures ? `${failures} failure(s)` : 'all checks passed');
process.exit(failures ? 1 : 0);
