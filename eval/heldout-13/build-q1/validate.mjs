// Checks the written Q1 files: JSON parses, ids unique, references resolve,
// truth ids valid and disjoint, and flow facts recomputed breadth-first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builders } from './all.mjs';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failures = 0;
const fail = (name, msg) => { failures += 1; console.error(`FAIL ${name}: ${msg}`); };

function walk(node, fn, parent = null) {
  fn(node, parent);
  for (const c of node.children ?? []) walk(c, fn, node);
}

function bfs(adj, from) {
  const dist = new Map([[from, 0]]);
  const q = [from];
  while (q.length) {
    const cur = q.shift();
    for (const nx of adj.get(cur) ?? []) {
      if (!dist.has(nx)) { dist.set(nx, dist.get(cur) + 1); q.push(nx); }
    }
  }
  return dist;
}

for (const b of builders) {
  const { name, connectCandidates } = b();
  const json = JSON.parse(fs.readFileSync(path.join(outDir, name + '.json'), 'utf8'));
  const truth = JSON.parse(fs.readFileSync(path.join(outDir, name + '.truth.json'), 'utf8'));
  const byId = new Map();
  let count = 0;
  walk(json.document, (n) => {
    count += 1;
    if (byId.has(n.id)) fail(name, 'duplicate id ' + n.id);
    byId.set(n.id, n);
  });
  walk(json.document, (n) => {
    if (n.componentId && !json.components[n.componentId]) fail(name, 'componentId not in components ' + n.componentId);
    if (n.componentId && !byId.has(n.componentId)) fail(name, 'componentId node missing ' + n.componentId);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, 'transitionNodeID missing ' + n.transitionNodeID);
    for (const it of n.interactions ?? []) {
      for (const a of it.actions ?? []) {
        if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, 'destination missing ' + a.destinationId);
      }
    }
  });
  for (const cid of Object.keys(json.components)) if (byId.get(cid)?.type !== 'COMPONENT') fail(name, 'component entry not a COMPONENT ' + cid);
  for (const sid of Object.keys(json.componentSets)) if (byId.get(sid)?.type !== 'COMPONENT_SET') fail(name, 'set entry not a COMPONENT_SET ' + sid);
  // truth lists
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(name, 'bad checklist id ' + id);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, 'bad notes id ' + k);
  if (truth.file !== name + '.json') fail(name, 'truth.file mismatch');

  // flow
  const pages = json.document.children;
  let page = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) {
    start = truth.flow.startFrameId;
    page = pages.find((p) => { let f = false; walk(p, (n) => { if (n.id === start) f = true; }); return f; });
  }
  if (truth.flow.startFrameId !== start) fail(name, `start ${truth.flow.startFrameId} != ${start}`);
  const scope = new Set();
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.add(c.id);
    if (c.type === 'SECTION') for (const f of c.children ?? []) if (f.type === 'FRAME' && f.visible !== false) scope.add(f.id);
  }
  if (!scope.has(start)) fail(name, 'start not an in-scope frame');
  const owner = new Map();
  for (const fid of scope) walk(byId.get(fid), (n) => owner.set(n.id, fid));
  const adj = new Map();
  for (const fid of scope) {
    const outs = new Set();
    walk(byId.get(fid), (n) => {
      const dests = [];
      for (const it of n.interactions ?? []) for (const a of it.actions ?? []) {
        if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) dests.push(a.destinationId);
      }
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const d of dests) if (owner.has(d)) outs.add(owner.get(d));
    });
    adj.set(fid, [...outs]);
  }
  const fromStart = bfs(adj, start);
  const cands = (connectCandidates ?? []).filter((c) => fromStart.has(c)).sort((a, b) => fromStart.get(a) - fromStart.get(b));
  const connect = cands[0] ?? null;
  if (cands.length > 1 && fromStart.get(cands[0]) === fromStart.get(cands[1])) fail(name, 'tie for connect frame');
  if (truth.flow.connectFrameId !== connect) fail(name, `connect ${truth.flow.connectFrameId} != ${connect}`);
  const steps = connect ? fromStart.get(connect) : null;
  if (truth.flow.stepsToConnect !== steps) fail(name, `steps ${truth.flow.stepsToConnect} != ${steps}`);
  let dead = [];
  if (connect) {
    const fromConnect = bfs(adj, connect);
    dead = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(adj, f).has(connect));
  }
  const want = [...truth.flow.deadEnds].sort();
  if (JSON.stringify(want) !== JSON.stringify(dead.sort())) fail(name, `deadEnds ${want} != ${dead}`);
  const screens = scope.size;
  console.log(`${name}: nodes=${count} screens(in scope)=${screens} present=${truth.present.length} absent=${truth.absent.length} start=${start} connect=${connect} steps=${steps} deadEnds=${JSON.stringify(dead)}`);
}
if (failures) { console.error(failures + ' failure(s)'); process.exit(1); }
console.log('all ok');
