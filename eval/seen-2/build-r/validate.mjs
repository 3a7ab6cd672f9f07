// Checks the writer-R files independently of the builders: node validate.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..');
const names = [
  'h61-dental-practice-financing-desktop',
  'h62-food-truck-payments-mobile',
  'h63-importer-fx-desktop',
  'h64-negative-meditation-app',
  'h65-negative-smart-home',
];
const checklist = readFileSync('/work/shared/CHECKLIST.md', 'utf8');
const ITEMS = new Set([...checklist.matchAll(/^\| `([a-z]+\.[a-z0-9-]+)`/gm)].map((m) => m[1]));
const cta = JSON.parse(readFileSync(join(here, 'cta-frames.json'), 'utf8'));
let failures = 0;
const fail = (name, msg) => {
  failures++;
  process.stderr.write(`FAIL ${name}: ${msg}\n`);
};
if (ITEMS.size !== 29) fail('checklist', `expected 29 ids, found ${ITEMS.size}`);

for (const name of names) {
  const file = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8'));
  const byId = new Map();
  let count = 0;
  const walk = (n, parent) => {
    count++;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, { node: n, parent });
    const b = n.absoluteBoundingBox;
    const pb = parent?.absoluteBoundingBox;
    if (b && pb && parent.type !== 'CANVAS' && (b.x < pb.x - 1 || b.y < pb.y - 1 || b.x + b.width > pb.x + pb.width + 1 || b.y + b.height > pb.y + pb.height + 1))
      fail(name, `${n.id} "${n.name}" ${JSON.stringify(b)} sticks out of ${parent.id} ${JSON.stringify(pb)}`);
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(file.document, null);
  const refs = [];
  for (const [id, { node }] of byId) {
    for (const it of node.interactions ?? []) for (const a of it.actions ?? []) if (a.destinationId) refs.push([id, a.destinationId]);
    if (node.transitionNodeID) refs.push([id, node.transitionNodeID]);
    if (node.componentId) {
      refs.push([id, node.componentId]);
      if (!file.components[node.componentId]) fail(name, `componentId ${node.componentId} missing from components`);
    }
    for (const f of node.flowStartingPoints ?? []) refs.push([id, f.nodeId]);
    if (node.prototypeStartNodeID) refs.push([id, node.prototypeStartNodeID]);
  }
  for (const [from, to] of refs) if (!byId.has(to)) fail(name, `${from} points at missing ${to}`);

  // truth shape
  const keys = Object.keys(truth).join(',');
  if (keys !== 'file,kind,writtenBy,description,present,absent,notes,flow') fail(name, `truth keys ${keys}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!ITEMS.has(id)) fail(name, `unknown item ${id}`);
  for (const id of truth.present) if (truth.absent.includes(id)) fail(name, `${id} both present and absent`);
  const labelled = truth.present.length + truth.absent.length;
  if (truth.kind === 'onboarding' && labelled < 24) fail(name, `only ${labelled} labelled`);

  // flow, recomputed
  const pages = file.document.children;
  let pg = pages.find((p) => p.flowStartingPoints?.length || p.prototypeStartNodeID);
  let start = pg ? (pg.flowStartingPoints?.[0]?.nodeId ?? pg.prototypeStartNodeID) : truth.flow.startFrameId;
  if (!pg) pg = pages.find((p) => JSON.stringify(p).includes(`"id":"${start}"`));
  const frames = [];
  for (const c of pg.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c.id);
    if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) frames.push(f.id);
  }
  const frameOf = (id) => {
    let cur = id;
    while (cur && !frames.includes(cur)) cur = byId.get(cur)?.parent?.id;
    return cur ?? null;
  };
  start = frameOf(start);
  const adj = new Map(frames.map((f) => [f, new Set()]));
  for (const [id, { node }] of byId) {
    const src = frameOf(id);
    if (!src) continue;
    const ds = [];
    for (const it of node.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) ds.push(a.destinationId);
    if (node.transitionNodeID) ds.push(node.transitionNodeID);
    for (const d of ds) if (frameOf(d)) adj.get(src).add(frameOf(d));
  }
  const reach = (from) => {
    const dist = new Map([[from, 0]]);
    const q = [from];
    for (let i = 0; i < q.length; i++)
      for (const nx of adj.get(q[i])) {
        if (dist.has(nx)) continue;
        dist.set(nx, dist.get(q[i]) + 1);
        q.push(nx);
      }
    return dist;
  };
  const fromStart = reach(start);
  const f = truth.flow;
  if (f.startFrameId !== start) fail(name, `start ${f.startFrameId} vs ${start}`);
  if (truth.kind === 'negative') {
    if (f.connectFrameId !== null || f.stepsToConnect !== null || f.deadEnds.length) fail(name, 'negative flow must be null/null/[]');
  } else {
    const candidates = cta[name] ?? [];
    const first = [...fromStart.keys()].find((id) => candidates.includes(id));
    if (f.connectFrameId !== first) fail(name, `connect ${f.connectFrameId} vs ${first}`);
    if (f.stepsToConnect !== fromStart.get(first)) fail(name, `steps ${f.stepsToConnect} vs ${fromStart.get(first)}`);
    const fromConnect = reach(first);
    const dead = [...fromStart.keys()].filter((id) => !fromConnect.has(id) && !reach(id).has(first));
    if (JSON.stringify([...dead].sort()) !== JSON.stringify([...f.deadEnds].sort())) fail(name, `deadEnds ${f.deadEnds} vs ${dead}`);
  }
  const unreached = frames.filter((id) => !fromStart.has(id)).map((id) => byId.get(id).node.name);
  process.stdout.write(`${name}: nodes=${count} screens=${frames.length} labelled=${labelled} (present ${truth.present.length}, absent ${truth.absent.length}) steps=${f.stepsToConnect} deadEnds=${f.deadEnds.map((id) => byId.get(id).node.name)} not-reached-from-start=[${unreached.join(' | ')}]\n`);
}
if (failures) process.exit(1);
process.stdout.write('all checks passed\n');
