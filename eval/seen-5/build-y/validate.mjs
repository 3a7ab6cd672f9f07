// Independent checks of the writer-Y files: parse, unique ids, links resolve,
// truth ids valid and disjoint, flow facts recomputed breadth-first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, IDS } from './lib.mjs';

const NAMES = [
  'h96-pharmacy-wholesale-credit-desktop',
  'h97-yoga-teacher-tax-mobile',
  'h98-printing-company-quotes-tablet',
  'h99-negative-church-giving',
  'h100-negative-language-flashcards',
];
const CONNECTISH = /\b(connect|link|sync|integrat|authori[sz]e|plug)/i;
let failed = 0;
const fail = (n, m) => {
  failed++;
  console.log(`FAIL ${n}: ${m}`);
};

for (const name of NAMES) {
  let file, truth;
  try {
    file = JSON.parse(readFileSync(join(OUT_DIR, `${name}.json`), 'utf8'));
    truth = JSON.parse(readFileSync(join(OUT_DIR, `${name}.truth.json`), 'utf8'));
  } catch (e) {
    fail(name, `parse/read: ${e.message}`);
    continue;
  }
  const byId = new Map();
  const parentFrame = new Map();
  let count = 0;
  const visit = (n, top) => {
    count++;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (top) parentFrame.set(n.id, top);
    for (const c of n.children || []) visit(c, top);
  };
  visit(file.document, null);
  // top-level frames per canvas (children of canvas, or of a section on it)
  const topFrames = new Map();
  for (const cv of file.document.children) {
    const list = [];
    for (const c of cv.children) {
      if (c.type === 'FRAME' && c.visible !== false) list.push(c);
      if (c.type === 'SECTION' && c.visible !== false)
        for (const d of c.children || []) if (d.type === 'FRAME' && d.visible !== false) list.push(d);
    }
    topFrames.set(cv.id, list);
    for (const f of list) {
      const mark = (n) => {
        parentFrame.set(n.id, f.id);
        (n.children || []).forEach(mark);
      };
      mark(f);
    }
  }
  const edges = new Map();
  const allNodes = [...byId.values()];
  for (const n of allNodes) {
    for (const it of n.interactions || [])
      for (const a of it.actions || [])
        if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `dangling ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `dangling old ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) fail(name, `componentId ${n.componentId}`);
  }
  for (const k of Object.keys(file.components)) if (!byId.has(k)) fail(name, `component ${k} not in tree`);
  // truth
  const all = [...truth.present, ...truth.absent];
  for (const k of all) if (!IDS.includes(k)) fail(name, `bad truth id ${k}`);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or dup');
  // flow
  const startCanvas = file.document.children.find(
    (c) => (c.flowStartingPoints || []).length || c.prototypeStartNodeID,
  );
  const canvas = startCanvas || file.document.children.find((c) => topFrames.get(c.id).some((f) => f.id === truth.flow.startFrameId));
  const scope = new Set(topFrames.get(canvas.id).map((f) => f.id));
  const start = startCanvas
    ? (startCanvas.flowStartingPoints[0] || {}).nodeId || startCanvas.prototypeStartNodeID
    : truth.flow.startFrameId;
  if (start !== truth.flow.startFrameId) fail(name, `start ${start} vs truth ${truth.flow.startFrameId}`);
  for (const f of scope) edges.set(f, new Set());
  for (const n of allNodes) {
    const src = parentFrame.get(n.id);
    if (!scope.has(src)) continue;
    const dests = [];
    for (const it of n.interactions || [])
      for (const a of it.actions || [])
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) {
      const df = scope.has(d) ? d : parentFrame.get(d);
      if (scope.has(df)) edges.get(src).add(df);
    }
  }
  const bfs = (s) => {
    const dist = new Map([[s, 0]]);
    const q = [s];
    while (q.length) {
      const u = q.shift();
      for (const v of edges.get(u) || [])
        if (!dist.has(v)) {
          dist.set(v, dist.get(u) + 1);
          q.push(v);
        }
    }
    return dist;
  };
  const dist = bfs(start);
  const cf = truth.flow.connectFrameId;
  if (truth.kind === 'negative') {
    if (cf !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(name, 'negative flow not null');
  } else {
    if (!dist.has(cf)) fail(name, `connect frame ${cf} not reachable`);
    else if (dist.get(cf) !== truth.flow.stepsToConnect) fail(name, `steps ${dist.get(cf)} vs ${truth.flow.stepsToConnect}`);
    // warn on earlier frames with connect-ish clickable text
    for (const [f, d] of dist) {
      if (d >= dist.get(cf)) continue;
      const texts = [];
      const grab = (n) => {
        if (n.visible === false) return;
        if (n.type === 'TEXT' && CONNECTISH.test(n.characters)) texts.push(n.characters.slice(0, 50));
        (n.children || []).forEach(grab);
      };
      grab(byId.get(f));
      if (texts.length) console.log(`  note ${name}: earlier frame ${byId.get(f).name} has: ${texts.join(' | ')}`);
    }
    const fromC = bfs(cf);
    const dead = [...dist.keys()].filter((f) => !fromC.has(f) && !bfs(f).has(cf)).sort();
    const td = [...truth.flow.deadEnds].sort();
    if (JSON.stringify(dead) !== JSON.stringify(td)) fail(name, `deadEnds ${dead} vs ${td}`);
  }
  console.log(
    `${name}: nodes=${count - 1} screens=${scope.size} present=${truth.present.length} absent=${truth.absent.length} flow=${JSON.stringify(truth.flow)}`,
  );
}
console.log(failed ? `${failed} failures` : 'all ok');
process.exitCode = failed ? 1 : 0;
