// Checks the five files written by build-p: structure, references, truth ids,
// and the flow facts recomputed breadth-first from the prototype links.
import { readFileSync } from 'node:fs';

const dir = new URL('..', import.meta.url).pathname;
const ids29 = readFileSync('/work/shared/CHECKLIST.md', 'utf8').match(/^\| `([a-z]+\.[a-z0-9-]+)`/gm).map((s) => s.slice(3, -1));
// frames (by name) that present a call to action to connect the customer's software
const config = {
  'h51-vet-clinic-payments-desktop': { connect: ['Link your systems', 'Choose systems', 'Home', 'Settings / Connections'] },
  'h52-print-shop-credit-mobile': { connect: ['04 boost limit', '05 pick software', '09 home', '10 accounts'], signup: '02 sign up' },
  'h53-wedding-venue-bookkeeping-tablet': { connect: ['Welcome email', 'Connect hub', 'Pick platforms', 'Dashboard', 'Settings – Integrations'] },
  'h54-negative-language-exchange': { connect: [] },
  'h55-negative-home-insurance-consumer': { connect: [] },
};
let failed = 0;
const fail = (f, m) => { failed++; console.error(`FAIL ${f}: ${m}`); };

for (const [name, cfg] of Object.entries(config)) {
  const doc = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${dir}${name}.truth.json`, 'utf8'));
  const all = new Map();
  const walk = (n, fn) => { fn(n); for (const k of n.children ?? []) walk(k, fn); };
  walk(doc.document, (n) => { if (all.has(n.id)) fail(name, `duplicate id ${n.id}`); all.set(n.id, n); });
  walk(doc.document, (n) => {
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && !all.has(a.destinationId)) fail(name, `missing destination ${a.destinationId}`);
    if (n.transitionNodeID && !all.has(n.transitionNodeID)) fail(name, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && !doc.components[n.componentId]) fail(name, `missing component ${n.componentId}`);
  });
  for (const id of Object.keys(doc.components)) if (!all.has(id)) fail(name, `component ${id} not in document`);
  // truth ids
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!ids29.includes(id)) fail(name, `unknown id ${id}`);
  const both = truth.present.filter((i) => truth.absent.includes(i));
  if (both.length) fail(name, `present and absent: ${both}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  // flow
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  const frames = [];
  const scopePage = page ?? pages.find((p) => p.children.some((f) => f.name === cfg.signup));
  if (scopePage) {
    for (const c of scopePage.children) {
      if (c.visible === false) continue;
      if (c.type === 'FRAME') frames.push(c);
      if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
    }
  }
  if (!start && cfg.signup) start = frames.find((f) => f.name === cfg.signup)?.id;
  const owner = new Map();
  for (const f of frames) walk(f, (n) => owner.set(n.id, f.id));
  const edges = new Map(frames.map((f) => [f.id, new Set()]));
  for (const f of frames) walk(f, (n) => {
    const dests = [];
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) if (owner.has(d)) edges.get(f.id).add(owner.get(d));
  });
  const bfs = (s) => { const dist = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u) ?? []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } } return dist; };
  const candidates = new Set(frames.filter((f) => cfg.connect.includes(f.name)).map((f) => f.id));
  let connect = null, steps = null, dead = [];
  if (start) {
    const d = bfs(start);
    const order = [...d.keys()];
    connect = order.find((f) => candidates.has(f)) ?? null;
    if (connect) {
      steps = d.get(connect);
      const fromC = bfs(connect);
      dead = order.filter((f) => !fromC.has(f) && !bfs(f).has(connect));
    }
  }
  const fl = truth.flow;
  if (truth.kind === 'negative') { connect = null; steps = null; dead = []; }
  if (fl.startFrameId !== (start ?? null)) fail(name, `start ${fl.startFrameId} vs ${start}`);
  if (fl.connectFrameId !== connect) fail(name, `connect ${fl.connectFrameId} vs ${connect}`);
  if (fl.stepsToConnect !== steps) fail(name, `steps ${fl.stepsToConnect} vs ${steps}`);
  if (JSON.stringify([...fl.deadEnds].sort()) !== JSON.stringify([...dead].sort())) fail(name, `deadEnds ${fl.deadEnds} vs ${dead}`);
  const screens = frames.length;
  console.warn(`${name}: nodes=${all.size} screens=${screens} present=${truth.present.length} absent=${truth.absent.length} start=${start} connect=${connect} steps=${steps} dead=${JSON.stringify(dead)}`);
}
if (failed) process.exit(1);
console.warn('all checks passed');
