// Checks the d48–d52 files: parse, unique ids, links and components resolve,
// truth ids valid and disjoint, and the flow facts recomputed breadth-first.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..');
const NAMES = ['d48-law-firm-billing-desktop', 'd49-ecommerce-fulfilment-tablet', 'd50-care-home-payroll-mobile',
  'd51-farm-grants-desktop', 'd52-negative-banking-budgeting'];
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

let failures = 0;
const fail = (f, m) => { failures += 1; console.error(`FAIL ${f}: ${m}`); };

function walk(node, fn, parent) {
  fn(node, parent);
  for (const c of node.children || []) walk(c, fn, node);
}

for (const name of NAMES.filter((n) => existsSync(join(dir, `${n}.json`)))) {
  const file = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8'));
  const byId = new Map();
  let count = 0;
  walk(file.document, (n) => {
    count += 1;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  walk(file.document, (n) => {
    for (const it of n.interactions || []) for (const a of it.actions) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `missing destination ${a.destinationId}`);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.componentId && (!file.components[n.componentId] || !byId.has(n.componentId))) fail(name, `missing component ${n.componentId}`);
  });
  // truth ids
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `bad id ${id}`);
  for (const id of truth.present) if (truth.absent.includes(id)) fail(name, `both lists: ${id}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');

  // flow
  const pages = file.document.children;
  let page = pages.find((p) => p.flowStartingPoints?.length || p.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId || page.prototypeStartNodeID) : null;
  if (!page) {
    start = truth.flow.startFrameId;
    page = pages.find((p) => { let hit = false; walk(p, (n) => { if (n.id === start) hit = true; }); return hit; });
  }
  const frames = [];
  const owner = new Map();
  for (const top of page.children) {
    const tops = top.type === 'SECTION' ? top.children : [top];
    for (const f of tops) {
      if (f.type !== 'FRAME' || f.visible === false) continue;
      frames.push(f.id);
      walk(f, (n) => owner.set(n.id, f.id));
    }
  }
  const edges = new Map(frames.map((f) => [f, new Set()]));
  for (const fid of frames) {
    walk(byId.get(fid), (n) => {
      const dests = [];
      for (const it of n.interactions || []) for (const a of it.actions) if (a.type === 'NODE' && STEP.has(a.navigation)) dests.push(a.destinationId);
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const d of dests) if (owner.has(d)) edges.get(fid).add(owner.get(d));
    });
  }
  const bfs = (s) => {
    const dist = new Map([[s, 0]]);
    const q = [s];
    while (q.length) { const c = q.shift(); for (const d of edges.get(c) || []) if (!dist.has(d)) { dist.set(d, dist.get(c) + 1); q.push(d); } }
    return dist;
  };
  if (!frames.includes(start)) fail(name, `start ${start} not an in-scope frame`);
  if (truth.flow.startFrameId !== start) fail(name, `startFrameId ${truth.flow.startFrameId} != ${start}`);
  const fromStart = bfs(start);
  const c = truth.flow.connectFrameId;
  let steps = null; const dead = [];
  if (c) {
    steps = fromStart.has(c) ? fromStart.get(c) : null;
    const fromC = bfs(c);
    for (const f of fromStart.keys()) if (!fromC.has(f) && !bfs(f).has(c)) dead.push(f);
  }
  if (steps !== truth.flow.stepsToConnect) fail(name, `steps ${steps} != ${truth.flow.stepsToConnect}`);
  if (JSON.stringify(dead.sort()) !== JSON.stringify([...truth.flow.deadEnds].sort())) fail(name, `deadEnds ${dead} != ${truth.flow.deadEnds}`);
  const screens = frames.length;
  const order = [...fromStart.entries()].map(([f, d]) => `${byId.get(f).name}@${d}`).join(', ');
  console.log(`${name}: ${count} nodes, ${screens} screens, present ${truth.present.length}, absent ${truth.absent.length}, steps ${steps}, dead [${dead}]\n   bfs: ${order}`);
}
if (failures) { console.error(`${failures} failure(s)`); process.exit(1); }
console.log('all ok');
