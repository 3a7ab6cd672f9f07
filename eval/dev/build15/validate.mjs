// Validates d78–d82: JSON parses, ids unique, references resolve, truth ids valid and
// disjoint, and the flow facts recomputed breadth-first from the prototype links.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const devDir = join(here, '..');
const checklist = readFileSync('/work/shared/CHECKLIST.md', 'utf8');
const validIds = new Set([...checklist.matchAll(/^\| `([a-z]+\.[a-z0-9-]+)`/gm)].map((m) => m[1]));
const names = [
  'd78-yoga-studio-bookings-tablet',
  'd79-freight-forwarder-finance-desktop',
  'd80-florist-ecommerce-mobile',
  'd81-it-msp-billing-desktop',
  'd82-negative-baby-tracker',
];
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
const CONNECTISH = /connect|link|sync|integrat|authori[sz]e|plug in|import/i;
let failures = 0;
const fail = (f, msg) => { failures += 1; console.log(`FAIL ${f}: ${msg}`); };

if (validIds.size !== 29) fail('checklist', `expected 29 ids, got ${validIds.size}`);

for (const name of names) {
  if (!existsSync(join(devDir, `${name}.json`))) { console.log(`skip ${name} (not built)`); continue; }
  const doc = JSON.parse(readFileSync(join(devDir, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(devDir, `${name}.truth.json`), 'utf8'));
  const byId = new Map();
  let count = 0;
  const visit = (nd) => {
    count += 1;
    if (byId.has(nd.id)) fail(name, `duplicate id ${nd.id}`);
    byId.set(nd.id, nd);
    for (const c of nd.children || []) visit(c);
  };
  visit(doc.document);
  // scope per page
  const scopeOf = (page) => {
    const frames = [];
    for (const c of page.children) {
      if (c.visible === false) continue;
      if (c.type === 'FRAME') frames.push(c);
      if (c.type === 'SECTION') for (const s of c.children || []) if (s.type === 'FRAME' && s.visible !== false) frames.push(s);
    }
    return frames;
  };
  const refs = [];
  for (const nd of byId.values()) {
    for (const i of nd.interactions || []) for (const a of i.actions || []) if (a.type === 'NODE') refs.push(a.destinationId);
    if (nd.transitionNodeID) refs.push(nd.transitionNodeID);
    if (nd.componentId) { refs.push(nd.componentId); if (!doc.components[nd.componentId]) fail(name, `componentId ${nd.componentId} not in components map`); }
    if (nd.type === 'CANVAS') {
      for (const s of nd.flowStartingPoints || []) refs.push(s.nodeId);
      if (nd.prototypeStartNodeID) refs.push(nd.prototypeStartNodeID);
    }
  }
  for (const r of refs) if (!byId.has(r)) fail(name, `dangling reference ${r}`);
  for (const cid of Object.keys(doc.components)) if (!byId.has(cid)) fail(name, `components map id ${cid} missing`);

  // truth
  const pres = new Set(truth.present);
  for (const id of [...truth.present, ...truth.absent]) if (!validIds.has(id)) fail(name, `invalid id ${id}`);
  for (const id of truth.absent) if (pres.has(id)) fail(name, `id in both lists ${id}`);
  for (const id of Object.keys(truth.notes)) if (!validIds.has(id)) fail(name, `invalid note id ${id}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file mismatch');

  // flow
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints || []).length || p.prototypeStartNodeID);
  let start;
  if (page) start = (page.flowStartingPoints || [])[0]?.nodeId || page.prototypeStartNodeID;
  else {
    page = pages.find((p) => scopeOf(p).some((f) => f.id === truth.flow.startFrameId));
    start = truth.flow.startFrameId;
  }
  const scope = scopeOf(page);
  const scopeIds = new Set(scope.map((f) => f.id));
  const frameOf = new Map();
  const mark = (nd, fid) => { frameOf.set(nd.id, fid); for (const c of nd.children || []) mark(c, fid); };
  for (const f of scope) mark(f, f.id);
  const edges = new Map(scope.map((f) => [f.id, new Set()]));
  const collect = (nd, fid) => {
    if (nd.visible === false) return;
    const dests = [];
    for (const i of nd.interactions || []) for (const a of i.actions || []) if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) dests.push(a.destinationId);
    if (nd.transitionNodeID) dests.push(nd.transitionNodeID);
    for (const d of dests) if (frameOf.has(d) && scopeIds.has(frameOf.get(d))) edges.get(fid).add(frameOf.get(d));
    for (const c of nd.children || []) collect(c, fid);
  };
  for (const f of scope) collect(f, f.id);
  const bfs = (from) => {
    const dist = new Map([[from, 0]]);
    const q = [from];
    while (q.length) {
      const cur = q.shift();
      for (const nx of edges.get(cur) || []) if (!dist.has(nx)) { dist.set(nx, dist.get(cur) + 1); q.push(nx); }
    }
    return dist;
  };
  if (start !== truth.flow.startFrameId) fail(name, `start ${start} != truth ${truth.flow.startFrameId}`);
  const fromStart = bfs(start);
  const cf = truth.flow.connectFrameId;
  let steps = null;
  let dead = [];
  if (cf) {
    steps = fromStart.has(cf) ? fromStart.get(cf) : null;
    const fromConnect = bfs(cf);
    dead = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(cf));
  }
  if (steps !== truth.flow.stepsToConnect) fail(name, `stepsToConnect ${steps} != truth ${truth.flow.stepsToConnect}`);
  const dt = [...truth.flow.deadEnds].sort().join(',');
  if (dead.sort().join(',') !== dt) fail(name, `deadEnds ${dead} != truth ${dt}`);
  // frames closer than the connect frame: print connect-ish visible text for a human check
  const texts = (nd, out) => { if (nd.visible === false) return out; if (nd.type === 'TEXT') out.push(nd.characters); for (const c of nd.children || []) texts(c, out); return out; };
  for (const f of scope) {
    const d = fromStart.get(f.id);
    if (d === undefined || (steps !== null && d >= steps)) continue;
    const hits = texts(f, []).filter((s) => CONNECTISH.test(s));
    if (hits.length) console.log(`  check ${name} ${f.name} (d=${d}): ${hits.map((s) => JSON.stringify(s.slice(0, 60))).join(' | ')}`);
  }
  const screens = scope.length;
  console.log(`${name}: nodes=${count} screens(in scope)=${screens} present=${truth.present.length} absent=${truth.absent.length} start=${start} connect=${cf} steps=${steps} dead=[${dead}]`);
}
if (failures) { console.log(`${failures} failure(s)`); process.exit(1); }
console.log('all ok');
