// Checks d53–d57: JSON parses, ids unique, links and componentIds resolve, truth ids valid and
// disjoint, and the flow facts recomputed breadth-first from the prototype links match the truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, OUT, IDS, countNodes } from './lib.mjs';

const FILES = [
  'd53-courier-fleet-payroll-tablet',
  'd54-game-studio-grants-desktop',
  'd55-pharmacy-stock-financing-mobile',
  'd56-architecture-timesheets-desktop',
  'd57-negative-event-ticketing',
];
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failed = 0;
const fail = (f, msg) => { failed += 1; console.error('FAIL', f, msg); };

function check(base) {
  const file = JSON.parse(readFileSync(join(OUT, base + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT, base + '.truth.json'), 'utf8'));
  const meta = JSON.parse(readFileSync(join(HERE, 'meta', base + '.meta.json'), 'utf8'));
  const byId = new Map();
  const parent = new Map();
  const walk = (node, par) => {
    if (byId.has(node.id)) fail(base, 'duplicate id ' + node.id);
    byId.set(node.id, node);
    parent.set(node.id, par);
    for (const c of node.children ?? []) walk(c, node);
  };
  walk(file.document, null);
  for (const node of byId.values()) {
    if (node.componentId && (!file.components[node.componentId] || !byId.has(node.componentId))) fail(base, 'componentId missing ' + node.componentId);
    for (const it of node.interactions ?? []) for (const a of it.actions) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(base, 'destination missing ' + a.destinationId);
    }
    if (node.transitionNodeID && !byId.has(node.transitionNodeID)) fail(base, 'transitionNodeID missing');
  }
  for (const k of Object.keys(file.components)) if (!byId.has(k)) fail(base, 'component entry without node ' + k);
  // truth ids
  const seen = new Set();
  for (const id of [...truth.present, ...truth.absent]) {
    if (!IDS.includes(id)) fail(base, 'unknown checklist id ' + id);
    if (seen.has(id)) fail(base, 'id labelled twice ' + id);
    seen.add(id);
  }
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(base, 'unknown note id ' + k);
  if (truth.file !== base + '.json') fail(base, 'truth.file');
  // flow
  const pages = file.document.children;
  let page = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start;
  if (page) start = page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID;
  else { page = pages.find((p) => p.name === meta.flowPage); start = meta.signup; }
  const scope = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c.id);
    if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) scope.push(f.id);
  }
  const inScope = new Set(scope);
  const frameOf = (id) => { let n = byId.get(id); while (n && !inScope.has(n.id)) n = parent.get(n.id); return n?.id ?? null; };
  const edges = new Map(scope.map((f) => [f, []]));
  for (const f of scope) {
    const stack = [byId.get(f)];
    while (stack.length) {
      const n = stack.pop();
      for (const it of n.interactions ?? []) for (const a of it.actions) {
        if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) { const d = frameOf(a.destinationId); if (d) edges.get(f).push(d); }
      }
      if (n.transitionNodeID) { const d = frameOf(n.transitionNodeID); if (d) edges.get(f).push(d); }
      stack.push(...(n.children ?? []));
    }
  }
  const bfs = (from) => {
    const dist = new Map([[from, 0]]);
    const order = [from];
    for (let i = 0; i < order.length; i++) for (const d of edges.get(order[i]) ?? []) if (!dist.has(d)) { dist.set(d, dist.get(order[i]) + 1); order.push(d); }
    return { dist, order };
  };
  const { dist, order } = bfs(start);
  const cands = order.filter((f) => meta.connectCandidates.includes(f));
  const connect = cands[0] ?? null;
  if (cands.length > 1 && dist.get(cands[1]) === dist.get(connect)) fail(base, 'tie between connect candidates');
  const steps = connect ? dist.get(connect) : null;
  let dead = [];
  if (connect) {
    const fromC = bfs(connect).dist;
    dead = order.filter((f) => !fromC.has(f) && !bfs(f).dist.has(connect));
  }
  const exp = truth.flow;
  if (exp.startFrameId !== start) fail(base, `start ${exp.startFrameId} vs ${start}`);
  if (exp.connectFrameId !== connect) fail(base, `connect ${exp.connectFrameId} vs ${connect}`);
  if (exp.stepsToConnect !== steps) fail(base, `steps ${exp.stepsToConnect} vs ${steps}`);
  if (JSON.stringify([...exp.deadEnds].sort()) !== JSON.stringify([...dead].sort())) fail(base, `deadEnds ${exp.deadEnds} vs ${dead}`);
  const screens = scope.length;
  console.log(base, 'nodes', countNodes(file.document), 'screens in scope', screens, 'present', truth.present.length, 'absent', truth.absent.length,
    'flow', JSON.stringify({ start, connect, steps, dead }));
}

const only = process.argv.slice(2);
for (const f of FILES.filter((x) => !only.length || only.some((o) => x.startsWith(o)))) {
  try { check(f); } catch (e) { fail(f, e.message); }
}
if (failed) { console.error(failed, 'failure(s)'); process.exit(1); }
console.log('all good');
