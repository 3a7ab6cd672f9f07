// Checks the writer-F files: JSON parses, ids unique, links and componentIds resolve,
// truth ids valid and disjoint, and the flow facts recomputed breadth-first match the truth.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib.mjs';

const CHECKLIST = readFileSync('/work/shared/CHECKLIST.md', 'utf8');
const IDS = new Set([...CHECKLIST.matchAll(/^\| `([a-z]+\.[a-z0-9-]+)`/gm)].map((m) => m[1]));
if (IDS.size !== 29) throw new Error(`expected 29 checklist ids, got ${IDS.size}`);

let failures = 0;
const fail = (f, msg) => { failures++; console.log(`FAIL ${f}: ${msg}`); };

for (const metaName of readdirSync(join(OUT_DIR, 'build-f', 'meta')).sort()) {
  const base = metaName.replace('.meta.json', '');
  const meta = JSON.parse(readFileSync(join(OUT_DIR, 'build-f', 'meta', metaName), 'utf8'));
  const file = JSON.parse(readFileSync(join(OUT_DIR, `${base}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT_DIR, `${base}.truth.json`), 'utf8'));
  const byId = new Map();
  const parent = new Map();
  let count = 0;
  const walk = (n, p) => {
    count++;
    if (byId.has(n.id)) fail(base, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (p) parent.set(n.id, p);
    for (const c of n.children || []) walk(c, n);
  };
  walk(file.document, null);
  for (const k of ['name', 'lastModified', 'version', 'role', 'editorType', 'schemaVersion', 'document', 'components', 'componentSets', 'styles']) if (!(k in file)) fail(base, `missing ${k}`);
  const links = [];
  for (const n of byId.values()) {
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) fail(base, `componentId ${n.componentId} missing`);
    if (n.transitionNodeID) { if (!byId.has(n.transitionNodeID)) fail(base, `transitionNodeID ${n.transitionNodeID}`); links.push([n.id, n.transitionNodeID]); }
    for (const it of n.interactions || []) for (const a of it.actions || []) {
      if (a.type === 'NODE') {
        if (!byId.has(a.destinationId)) fail(base, `destination ${a.destinationId} missing`);
        if (['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) links.push([n.id, a.destinationId]);
      }
    }
    if (n.absoluteBoundingBox && parent.get(n.id)?.absoluteBoundingBox) {
      const a = n.absoluteBoundingBox, b = parent.get(n.id).absoluteBoundingBox;
      if (a.x < b.x - 1 || a.y < b.y - 1 || a.x + a.width > b.x + b.width + 1 || a.y + a.height > b.y + b.height + 1) {
        if (parent.get(n.id).type !== 'CANVAS') fail(base, `${n.id} ${n.name} outside parent ${parent.get(n.id).id}`);
      }
    }
  }
  for (const id of Object.keys(file.components)) if (!file.components[id].remote && !byId.has(id)) fail(base, `component ${id} has no node`);
  // truth
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.has(id)) fail(base, `bad truth id ${id}`);
  if (new Set(all).size !== all.length) fail(base, 'present/absent overlap or duplicates');
  for (const id of Object.keys(truth.notes || {})) if (!IDS.has(id)) fail(base, `bad note id ${id}`);
  if (truth.file !== `${base}.json`) fail(base, 'truth.file');
  // flow
  const pg = byId.get(meta.flowPage);
  const inScope = new Set();
  for (const c of pg.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') inScope.add(c.id);
    if (c.type === 'SECTION') for (const f of c.children || []) if (f.type === 'FRAME' && f.visible !== false) inScope.add(f.id);
  }
  const frameOf = (id) => { let n = byId.get(id); while (n && !inScope.has(n.id)) n = parent.get(n.id); return n ? n.id : null; };
  const adj = new Map();
  for (const [from, to] of links) {
    const a = frameOf(from), b = frameOf(to);
    if (!a || !b) continue;
    if (!adj.has(a)) adj.set(a, []);
    adj.get(a).push(b);
  }
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const x = q.shift(); for (const y of adj.get(x) || []) if (!d.has(y)) { d.set(y, d.get(x) + 1); q.push(y); } } return d; };
  const start = pg.flowStartingPoints?.length ? pg.flowStartingPoints[0].nodeId : pg.prototypeStartNodeID || meta.fallbackStart;
  const f = truth.flow;
  let connect = null, steps = null, dead = [];
  if (start) {
    const d = bfs(start);
    const order = [...d.keys()];
    connect = order.find((id) => meta.connectCandidates.includes(id)) ?? null;
    if (connect) {
      steps = d.get(connect);
      const fromC = bfs(connect);
      dead = order.filter((id) => !fromC.has(id) && !bfs(id).has(connect));
    }
    console.log(`${base}: BFS ${order.map((id) => `${byId.get(id).name}@${d.get(id)}`).join(' | ')}`);
  }
  if (truth.kind === 'negative') { connect = null; steps = null; dead = []; }
  if (f.startFrameId !== start) fail(base, `start ${f.startFrameId} vs ${start}`);
  if (f.connectFrameId !== connect) fail(base, `connect ${f.connectFrameId} vs ${connect}`);
  if (f.stepsToConnect !== steps) fail(base, `steps ${f.stepsToConnect} vs ${steps}`);
  if (JSON.stringify([...f.deadEnds].sort()) !== JSON.stringify([...dead].sort())) fail(base, `deadEnds ${f.deadEnds} vs ${dead}`);
  const screens = inScope.size;
  console.log(`${base}: ${count} nodes, ${screens} in-scope frames, present ${truth.present.length}, absent ${truth.absent.length}`);
}
console.log(failures ? `${failures} failure(s)` : 'all checks passed');
process.exit(failures ? 1 : 0);
