// Checks the d23–d27 files: parse, unique ids, links resolve, truth ids, and flow facts recomputed breadth-first.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

function walk(n, fn, hidden = false, parent = null) {
  const h = hidden || n.visible === false;
  fn(n, h, parent);
  for (const k of n.children ?? []) walk(k, fn, h, n);
}

export function bfs(adj, s) {
  const dist = new Map([[s, 0]]);
  const q = [s];
  while (q.length) {
    const u = q.shift();
    for (const v of adj.get(u) ?? []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); }
  }
  return dist;
}

export function validate(file, truth, hint = {}) {
  const errs = [];
  const nodes = new Map();
  let count = 0;
  walk(file.document, (n, h) => {
    count += 1;
    if (nodes.has(n.id)) errs.push(`duplicate id ${n.id}`);
    nodes.set(n.id, n);
    if (h && (n.interactions || n.transitionNodeID)) errs.push(`interaction in hidden layer ${n.id}`);
  });
  for (const n of nodes.values()) {
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) errs.push(`missing component ${n.componentId}`);
    if (n.transitionNodeID && !nodes.has(n.transitionNodeID)) errs.push(`bad transitionNodeID ${n.id}`);
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && !nodes.has(a.destinationId)) errs.push(`bad destination ${n.id} -> ${a.destinationId}`);
  }
  for (const cid of Object.keys(file.components)) if (!nodes.has(cid)) errs.push(`component ${cid} not in document`);
  // truth
  const P = new Set(truth.present);
  for (const id of [...truth.present, ...truth.absent]) if (!IDS.includes(id)) errs.push(`unknown id ${id}`);
  for (const id of truth.absent) if (P.has(id)) errs.push(`present and absent ${id}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) errs.push('duplicate ids in truth');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) errs.push(`note key ${k}`);
  // flow
  const pages = file.document.children;
  let page = pages.find((c) => c.flowStartingPoints?.length || c.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) { start = truth.flow.startFrameId; page = pages.find((c) => { let f = false; walk(c, (n) => { if (n.id === start) f = true; }); return f; }); }
  const scope = [];
  for (const k of page.children) {
    if (k.visible === false) continue;
    if (k.type === 'FRAME') scope.push(k);
    if (k.type === 'SECTION') for (const f of k.children ?? []) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const owner = new Map();
  for (const f of scope) walk(f, (n) => owner.set(n.id, f.id));
  const adj = new Map(scope.map((f) => [f.id, new Set()]));
  for (const f of scope) walk(f, (n, h) => {
    if (h) return;
    const dests = [];
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && STEP.has(a.navigation)) dests.push(a.destinationId);
    for (const d of dests) if (owner.has(d) && owner.get(d) !== f.id) adj.get(f.id).add(owner.get(d));
  });
  if (start !== truth.flow.startFrameId) errs.push(`start ${start} != truth ${truth.flow.startFrameId}`);
  if (!owner.has(start)) errs.push('start not in scope');
  const ds = bfs(adj, start);
  const c = truth.flow.connectFrameId;
  if (truth.kind === 'negative') {
    if (c !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) errs.push('negative flow must be null');
  } else {
    if (!ds.has(c)) errs.push('connect frame not reachable');
    if (ds.get(c) !== truth.flow.stepsToConnect) errs.push(`steps ${ds.get(c)} != truth ${truth.flow.stepsToConnect}`);
    for (const cand of hint.connectFrames ?? []) if (cand !== c && ds.has(cand) && ds.get(cand) <= ds.get(c)) errs.push(`other connect frame ${cand} at depth ${ds.get(cand)}`);
    if (hint.connectFrames && !hint.connectFrames.includes(c)) errs.push('connect frame not in hint list');
    const dc = bfs(adj, c);
    const dead = [...ds.keys()].filter((f) => !dc.has(f) && !bfs(adj, f).has(c));
    const want = [...truth.flow.deadEnds].sort().join(',');
    if (dead.sort().join(',') !== want) errs.push(`deadEnds ${dead} != truth ${want}`);
  }
  const screens = scope.length;
  return { errs, count, screens, present: truth.present.length, absent: truth.absent.length, reach: ds.size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('..', import.meta.url).pathname;
  const names = process.argv.slice(2).length ? process.argv.slice(2) : ['d23-freight-invoicing-mobile', 'd24-hospitality-payroll-desktop', 'd25-subscription-analytics-desktop', 'd26-construction-lending-tablet', 'd27-negative-recipe-app'];
  let bad = 0;
  for (const nm of names) {
    const r = validate(JSON.parse(readFileSync(`${dir}${nm}.json`, 'utf8')), JSON.parse(readFileSync(`${dir}${nm}.truth.json`, 'utf8')));
    process.stdout.write(`${nm}: nodes=${r.count} screens=${r.screens} present=${r.present} absent=${r.absent} ${r.errs.length ? `ERR ${r.errs.join('; ')}` : 'ok'}\n`);
    bad += r.errs.length;
  }
  process.exitCode = bad ? 1 : 0;
}
