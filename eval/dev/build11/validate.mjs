// Checks the written files: JSON parses, ids unique, links resolve, truth ids valid,
// flow facts recomputed breadth-first from the prototype links.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDS } from './truth.mjs';
import { MODULES } from './modules.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failures = 0;
const fail = (f, m) => {
  failures++;
  console.log(`FAIL ${f}: ${m}`);
};

function walk(n, fn, parent = null) {
  fn(n, parent);
  for (const c of n.children || []) walk(c, fn, n);
}

for (const m of MODULES) {
  const f = m.NAME;
  const doc = JSON.parse(readFileSync(join(dir, `${f}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(dir, `${f}.truth.json`), 'utf8'));
  const { ctaFrames } = m.build();
  const byId = new Map();
  let count = 0;
  walk(doc.document, (n) => {
    count++;
    if (byId.has(n.id)) fail(f, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  walk(doc.document, (n) => {
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(f, `missing destination ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(f, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && (!byId.has(n.componentId) || !doc.components[n.componentId])) fail(f, `bad componentId ${n.componentId}`);
  });
  for (const p of doc.document.children) {
    for (const s of p.flowStartingPoints || []) if (!byId.has(s.nodeId)) fail(f, 'bad flow start');
  }
  // truth ids
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(f, `unknown id ${id}`);
  if (new Set(all).size !== all.length) fail(f, 'present/absent overlap or duplicates');
  for (const id of Object.keys(truth.notes)) if (!all.includes(id)) fail(f, `note for unlabelled ${id}`);
  if (truth.file !== `${f}.json`) fail(f, 'truth.file');

  // flow
  const fl = truth.flow;
  let page = doc.document.children.find((p) => (p.flowStartingPoints || []).length || p.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId || page.prototypeStartNodeID) : null;
  if (!page) {
    page = doc.document.children.find((p) => JSON.stringify(p).includes(`"id":"${fl.startFrameId}"`));
    start = fl.startFrameId;
  }
  if (start !== fl.startFrameId) fail(f, `start ${start} != truth ${fl.startFrameId}`);
  const frames = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    if (c.type === 'SECTION') for (const k of c.children || []) if (k.type === 'FRAME' && k.visible !== false) frames.push(k);
  }
  const owner = new Map();
  for (const fr of frames) walk(fr, (n) => owner.set(n.id, fr.id));
  const edges = new Map(frames.map((fr) => [fr.id, new Set()]));
  for (const fr of frames) {
    walk(fr, (n) => {
      const dests = [];
      for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && STEP.has(a.navigation)) dests.push(a.destinationId);
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const d of dests) if (owner.has(d)) edges.get(fr.id).add(owner.get(d));
    });
  }
  const bfs = (s) => {
    const dist = new Map([[s, 0]]);
    const q = [s];
    while (q.length) {
      const u = q.shift();
      for (const v of edges.get(u) || []) if (!dist.has(v)) {
        dist.set(v, dist.get(u) + 1);
        q.push(v);
      }
    }
    return dist;
  };
  const dist = bfs(start);
  let connect = null;
  for (const [id] of dist) if (ctaFrames.includes(id)) {
    connect = id;
    break;
  }
  if (connect !== fl.connectFrameId) fail(f, `connect ${connect} != ${fl.connectFrameId}`);
  const steps = connect ? dist.get(connect) : null;
  if (steps !== fl.stepsToConnect) fail(f, `steps ${steps} != ${fl.stepsToConnect}`);
  const dead = [];
  if (connect) {
    const fromC = bfs(connect);
    for (const [id] of dist) {
      if (fromC.has(id)) continue;
      if (!bfs(id).has(connect)) dead.push(id);
    }
  }
  if (JSON.stringify(dead.sort()) !== JSON.stringify([...fl.deadEnds].sort())) fail(f, `deadEnds ${dead} != ${fl.deadEnds}`);
  const tied = connect ? [...dist].filter(([id, d]) => d === steps && ctaFrames.includes(id)) : [];
  if (tied.length > 1) fail(f, `tie at connect distance: ${tied.map((t) => t[0])}`);
  console.log(`${f}: ${count} nodes, ${frames.length} screens in scope, present ${truth.present.length}, absent ${truth.absent.length}, start ${start}, connect ${connect}, steps ${steps}, dead ${dead}`);
}
if (failures) {
  console.log(`${failures} failure(s)`);
  process.exit(1);
}
console.log('all checks passed');
