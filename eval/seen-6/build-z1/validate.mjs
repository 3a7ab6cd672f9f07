// Checks each Z1 file: JSON parses, ids unique, links and component ids
// resolve, truth ids valid and disjoint, flow facts recomputed breadth-first.
// Usage: node validate.mjs [name ...]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const NAMES = [
  'h101-barbershop-cash-advance-mobile',
  'h102-architecture-firm-resourcing-desktop',
  'h103-farm-shop-ecommerce-tablet',
  'h104-negative-dog-walking',
  'h105-negative-home-workout',
];

const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

function check(name) {
  const errs = [];
  const doc = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8'));
  const byId = new Map();
  const parent = new Map();
  let count = 0;
  const walk = (n, p) => {
    count++;
    if (byId.has(n.id)) errs.push(`duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (p) parent.set(n.id, p);
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(doc.document, null);
  for (const n of byId.values()) {
    for (const ix of n.interactions ?? [])
      for (const a of ix.actions ?? [])
        if (a.type === 'NODE' && !byId.has(a.destinationId)) errs.push(`${n.id}: missing destination ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) errs.push(`${n.id}: missing transitionNodeID`);
    if (n.componentId && !(byId.has(n.componentId) && doc.components[n.componentId]))
      errs.push(`${n.id}: componentId ${n.componentId} unresolved`);
    const p = parent.get(n.id);
    if (n.absoluteBoundingBox && p?.absoluteBoundingBox && p.type !== 'CANVAS' && p.type !== 'GROUP') {
      const a = n.absoluteBoundingBox;
      const b = p.absoluteBoundingBox;
      if (a.x < b.x - 1 || a.y < b.y - 1 || a.x + a.width > b.x + b.width + 1)
        if (n.visible !== false) errs.push(`${n.id} (${n.name}) outside parent ${p.id}`);
    }
  }
  // truth ids
  const bad = [...truth.present, ...truth.absent, ...Object.keys(truth.notes)].filter((i) => !IDS.includes(i));
  if (bad.length) errs.push(`unknown ids ${bad}`);
  const both = truth.present.filter((i) => truth.absent.includes(i));
  if (both.length) errs.push(`both present and absent: ${both}`);
  if (truth.file !== `${name}.json`) errs.push('truth.file mismatch');

  // flow
  const canvases = doc.document.children;
  let pg = canvases.find((c) => (c.flowStartingPoints ?? []).length || c.prototypeStartNodeID);
  let start = pg ? (pg.flowStartingPoints ?? [])[0]?.nodeId ?? pg.prototypeStartNodeID : null;
  if (!pg) {
    pg = canvases.find((c) => JSON.stringify(c).includes(`"id":"${truth.flow.startFrameId}"`));
    start = truth.flow.startFrameId;
  }
  const top = new Map();
  const frames = [];
  for (const c of pg.children) {
    if (c.visible === false) continue;
    const list = c.type === 'SECTION' ? c.children.filter((f) => f.visible !== false) : [c];
    for (const f of list) {
      if (f.type !== 'FRAME') continue;
      frames.push(f.id);
      const mark = (n) => {
        top.set(n.id, f.id);
        for (const k of n.children ?? []) mark(k);
      };
      mark(f);
    }
  }
  const edges = new Map(frames.map((f) => [f, []]));
  for (const f of frames) {
    const visit = (n) => {
      for (const ix of n.interactions ?? [])
        for (const a of ix.actions ?? [])
          if (a.type === 'NODE' && STEP.has(a.navigation) && top.has(a.destinationId))
            edges.get(f).push(top.get(a.destinationId));
      if (n.transitionNodeID && top.has(n.transitionNodeID)) edges.get(f).push(top.get(n.transitionNodeID));
      for (const k of n.children ?? []) visit(k);
    };
    visit(byId.get(f));
  }
  const bfs = (s, E) => {
    const d = new Map([[s, 0]]);
    const q = [s];
    while (q.length) {
      const u = q.shift();
      for (const v of E.get(u) ?? [])
        if (!d.has(v)) {
          d.set(v, d.get(u) + 1);
          q.push(v);
        }
    }
    return d;
  };
  if (start !== truth.flow.startFrameId) errs.push(`start ${start} != truth ${truth.flow.startFrameId}`);
  const ds = bfs(start, edges);
  const cf = truth.flow.connectFrameId;
  if (cf == null) {
    if (truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) errs.push('negative flow facts not null/empty');
  } else {
    if (ds.get(cf) !== truth.flow.stepsToConnect)
      errs.push(`steps to ${cf}: computed ${ds.get(cf)} truth ${truth.flow.stepsToConnect}`);
    const dc = bfs(cf, edges);
    const rev = new Map(frames.map((f) => [f, []]));
    for (const [u, vs] of edges) for (const v of vs) rev.get(v).push(u);
    const toC = bfs(cf, rev);
    const dead = [...ds.keys()].filter((f) => !dc.has(f) && !toC.has(f)).sort();
    const td = [...truth.flow.deadEnds].sort();
    if (JSON.stringify(dead) !== JSON.stringify(td)) errs.push(`deadEnds computed ${dead} truth ${td}`);
    // frames closer than the connect frame, for eyeballing
    const order = [...ds.entries()].filter(([, d]) => d <= ds.get(cf)).map(([f, d]) => `${byId.get(f).name}@${d}`);
    console.log(`  before/at connect: ${order.join(', ')}`);
  }
  const screens = frames.length;
  console.log(
    `${name}: ${count} nodes, ${screens} in-scope frames, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(truth.flow)}`,
  );
  for (const e of errs) console.log('  ERROR', e);
  return errs.length === 0;
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : NAMES;
let ok = true;
for (const n of names) {
  try {
    ok = check(n) && ok;
  } catch (e) {
    console.log(`${n}: ${e.message}`);
    ok = false;
  }
}
process.exit(ok ? 0 : 1);
