// Checks the written files: parse, unique ids, links, truth ids, and flow facts recomputed breadth-first.
import { readFileSync } from 'node:fs';
import { ALL_IDS } from './lib.mjs';

const dir = new URL('..', import.meta.url).pathname;
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let bad = 0;
const fail = (f, m) => { bad++; console.error(`FAIL ${f}: ${m}`); };

function walk(n, fn, top = null) {
  fn(n, top);
  for (const c of n.children || []) walk(c, fn, top);
}

for (const n of process.argv.slice(2)) {
  const mod = await import(`./${n}.mjs`);
  const { connectFrames, signupFrame } = mod.build();
  const file = mod.NAME;
  const doc = JSON.parse(readFileSync(`${dir}/${file}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${dir}/${file}.truth.json`, 'utf8'));
  const all = new Map();
  walk(doc.document, (x) => { if (all.has(x.id)) fail(file, `dup id ${x.id}`); all.set(x.id, x); });
  for (const x of all.values()) {
    if (x.transitionNodeID && !all.has(x.transitionNodeID)) fail(file, `missing transition ${x.transitionNodeID}`);
    for (const i of x.interactions || []) for (const a of i.actions) if (a.type === 'NODE' && !all.has(a.destinationId)) fail(file, `missing dest ${a.destinationId}`);
    if (x.type === 'INSTANCE' && (!all.has(x.componentId) || !doc.components[x.componentId])) fail(file, `missing component ${x.componentId}`);
    if (x.type === 'TEXT' && typeof x.characters !== 'string') fail(file, `text without characters ${x.id}`);
  }
  // truth ids
  const p = new Set(truth.present); const a = new Set(truth.absent);
  for (const id of [...p, ...a]) if (!ALL_IDS.includes(id)) fail(file, `bad id ${id}`);
  for (const id of p) if (a.has(id)) fail(file, `both ${id}`);
  for (const id of Object.keys(truth.notes)) if (!ALL_IDS.includes(id)) fail(file, `bad note id ${id}`);
  // flow
  const pages = doc.document.children;
  const startPage = pages.find((c) => (c.flowStartingPoints || []).length || c.prototypeStartNodeID) || pages.find((c) => JSON.stringify(c).includes('"interactions"') || JSON.stringify(c).includes('transitionNodeID'));
  const frames = [];
  for (const c of startPage.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const owner = new Map();
  for (const f of frames) walk(f, (x) => owner.set(x.id, f.id));
  const edges = new Map(frames.map((f) => [f.id, []]));
  for (const f of frames) walk(f, (x) => {
    const dests = [];
    if (x.transitionNodeID) dests.push(x.transitionNodeID);
    for (const i of x.interactions || []) for (const ac of i.actions) if (ac.type === 'NODE' && STEP.has(ac.navigation)) dests.push(ac.destinationId);
    for (const d of dests) if (owner.has(d)) edges.get(f.id).push(owner.get(d));
  });
  const start = (startPage.flowStartingPoints || [])[0]?.nodeId || startPage.prototypeStartNodeID || signupFrame;
  const bfs = (s) => { const dist = new Map([[s, 0]]); const q = [s]; const order = [];
    while (q.length) { const u = q.shift(); order.push(u); for (const v of edges.get(u) || []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } }
    return { dist, order }; };
  const { dist, order } = bfs(start);
  const conn = truth.kind === 'negative' ? null : order.find((id) => connectFrames.includes(id)) || null;
  const steps = conn ? dist.get(conn) : null;
  const dead = [];
  if (conn) {
    const fromConn = bfs(conn).dist;
    for (const id of order) if (!fromConn.has(id) && !bfs(id).dist.has(conn)) dead.push(id);
  }
  const exp = { startFrameId: start, connectFrameId: conn, stepsToConnect: steps, deadEnds: dead };
  if (JSON.stringify(exp) !== JSON.stringify({ ...truth.flow, deadEnds: [...truth.flow.deadEnds] })) fail(file, `flow mismatch: computed ${JSON.stringify(exp)} truth ${JSON.stringify(truth.flow)}`);
  let count = 0; walk(doc.document, () => count++);
  const screens = frames.length;
  console.log(`${file}: ${count} nodes, ${screens} in-scope frames, present ${p.size}, absent ${a.size}, flow ${JSON.stringify(exp)}`);
}
if (bad) { console.error(`${bad} problem(s)`); process.exit(1); }
console.log('all good');
