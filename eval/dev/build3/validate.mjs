// Independent checks of d17–d22: parse, unique ids, references, truth ids, flow facts.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import console from 'node:console';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill
value.three-part value.contextual-ctas value.faq-link value.progress-meter
privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide
privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda
platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives
platform.non-linear platform.multiple-connections
connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(/\s+/);
const FILES = ['d17-fleet-fuel-card-mobile', 'd18-wholesale-marketplace-desktop', 'd19-accountant-referral-mobile',
  'd20-ecommerce-insurance-desktop', 'd21-payroll-migration-tablet', 'd22-negative-gym-booking'];
let bad = 0;
const fail = (f, m) => { bad++; console.log(`FAIL ${f}: ${m}`); };
for (const f of FILES) {
  let doc; let truth;
  try { doc = JSON.parse(readFileSync(join(DIR, `${f}.json`), 'utf8')); truth = JSON.parse(readFileSync(join(DIR, `${f}.truth.json`), 'utf8')); } catch (e) { fail(f, e.message); continue; }
  const byId = new Map(); const all = [];
  const walk = (n, parent) => { if (byId.has(n.id)) fail(f, `dup id ${n.id}`); byId.set(n.id, n); n._p = parent; all.push(n); (n.children ?? []).forEach((k) => walk(k, n)); };
  walk(doc.document, null);
  for (const n of all) {
    if (n.componentId && (!byId.has(n.componentId) || !doc.components[n.componentId])) fail(f, `componentId ${n.componentId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(f, `transition ${n.transitionNodeID}`);
    for (const it of n.interactions ?? []) for (const a of it.actions) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(f, `dest ${a.destinationId}`);
    if (n.absoluteBoundingBox && n._p?.absoluteBoundingBox && n._p.type !== 'CANVAS') {
      const c = n.absoluteBoundingBox; const p = n._p.absoluteBoundingBox;
      if (c.x < p.x - 0.5 || c.y < p.y - 0.5 || c.x + c.width > p.x + p.width + 0.5 || c.y + c.height > p.y + p.height + 0.5) fail(f, `box of ${n.id} ${n.name} outside parent ${n._p.id}`);
    }
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(f, `text ${n.id}`);
  }
  for (const c of doc.document.children) for (const p of c.flowStartingPoints ?? []) if (!byId.has(p.nodeId)) fail(f, 'start point');
  const ids = [...truth.present, ...truth.absent];
  for (const i of ids) if (!ITEMS.includes(i)) fail(f, `unknown item ${i}`);
  if (new Set(ids).size !== ids.length) fail(f, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!ITEMS.includes(k)) fail(f, `note id ${k}`);
  if (truth.file !== `${f}.json`) fail(f, 'file field');
  // flow recomputation
  const fl = truth.flow;
  const page = doc.document.children.find((c) => (c.flowStartingPoints?.length || c.prototypeStartNodeID)) ?? doc.document.children.find((c) => byId.get(fl.startFrameId) && (c.children ?? []).some((k) => k.id === fl.startFrameId || (k.children ?? []).some((g) => g.id === fl.startFrameId)));
  const start = page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID ?? fl.startFrameId;
  if (start !== fl.startFrameId) fail(f, 'start mismatch');
  const frames = page.children.flatMap((c) => (c.visible === false ? [] : c.type === 'FRAME' ? [c] : c.type === 'SECTION' ? c.children.filter((k) => k.type === 'FRAME' && k.visible !== false) : []));
  const scope = new Set(frames.map((x) => x.id));
  const frameOf = (id) => { let n = byId.get(id); while (n && !scope.has(n.id)) n = n._p; return n?.id; };
  const adj = new Map(frames.map((x) => [x.id, []]));
  for (const n of all) {
    const src = frameOf(n.id); if (!src) continue;
    const ds = n.transitionNodeID ? [n.transitionNodeID] : [];
    for (const it of n.interactions ?? []) for (const a of it.actions) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) ds.push(a.destinationId);
    for (const d of ds) { const t = frameOf(d); if (t) adj.get(src).push(t); }
  }
  const dist = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of adj.get(u) ?? []) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); } } return d; };
  const ds = dist(start);
  if (truth.kind === 'negative') {
    if (fl.connectFrameId !== null || fl.stepsToConnect !== null || fl.deadEnds.length) fail(f, 'negative flow');
  } else {
    if (!ds.has(fl.connectFrameId)) fail(f, 'connect unreachable');
    else if (ds.get(fl.connectFrameId) !== fl.stepsToConnect) fail(f, `steps ${ds.get(fl.connectFrameId)} vs ${fl.stepsToConnect}`);
    const fromC = dist(fl.connectFrameId);
    const dead = [...ds.keys()].filter((x) => !fromC.has(x) && !dist(x).has(fl.connectFrameId)).sort();
    if (JSON.stringify(dead) !== JSON.stringify([...fl.deadEnds].sort())) fail(f, `deadEnds ${dead} vs ${fl.deadEnds}`);
  }
  const screens = frames.length;
  console.log(`${f}: ${all.length} nodes, ${screens} in-scope screens, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(fl)}`);
}
process.exit(bad ? 1 : 0);
