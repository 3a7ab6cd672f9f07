// Checks the Z4 files: JSON parses, ids unique, references resolve, truth ids valid, flow facts match the links.
import { readFileSync } from 'node:fs';

const DIR = new URL('../', import.meta.url).pathname;
const FILES = ['h116-specialty-coffee-subscriptions-desktop', 'h117-window-cleaner-scheduling-mobile', 'h118-dental-lab-finance-tablet', 'h119-negative-fundraising-runner', 'h120-negative-comic-reader'];
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
let failures = 0;
const fail = (f, m) => { failures++; console.error(`FAIL ${f}: ${m}`); };

for (const name of FILES) {
  let doc, truth;
  try { doc = JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8')); truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8')); } catch (e) { fail(name, e.message); continue; }
  const byId = new Map(); const topOf = new Map();
  const walk = (n, top) => {
    byId.set(n.id, n); if (top) topOf.set(n.id, top);
    for (const k of n.children ?? []) walk(k, top);
  };
  walk(doc.document, null);
  for (const page of doc.document.children) {
    for (const c of page.children) {
      if (c.type === 'SECTION') { for (const f of c.children) walk(f, f.type === 'FRAME' && f.visible !== false ? f.id : null); } else walk(c, c.type === 'FRAME' && c.visible !== false ? c.id : null);
    }
  }
  const seen = new Set(); let real = 0;
  const count = (n) => { if (seen.has(n.id)) real++; seen.add(n.id); for (const k of n.children ?? []) count(k); };
  count(doc.document);
  if (real) fail(name, `${real} duplicate ids`);
  for (const n of byId.values()) {
    for (const ix of n.interactions ?? []) for (const a of ix.actions ?? []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `missing destination ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `missing transitionNodeID ${n.transitionNodeID}`);
    if (n.componentId && !doc.components[n.componentId]) fail(name, `missing component ${n.componentId}`);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(name, `text without characters ${n.id}`);
  }
  for (const f of [...truth.present, ...truth.absent]) if (!IDS.includes(f)) fail(name, `unknown id ${f}`);
  for (const f of truth.present) if (truth.absent.includes(f)) fail(name, `${f} in both lists`);
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, `note for unknown id ${k}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  // flow
  const flowPage = doc.document.children.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID)
    ?? doc.document.children.find((p) => JSON.stringify(p).includes(`"${truth.flow.startFrameId}"`));
  const inScope = new Set();
  for (const c of flowPage.children) {
    if (c.type === 'FRAME' && c.visible !== false) inScope.add(c.id);
    if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) inScope.add(f.id);
  }
  const edges = new Map([...inScope].map((i) => [i, new Set()]));
  const pageNodes = []; const collect = (n) => { pageNodes.push(n); for (const k of n.children ?? []) collect(k); }; collect(flowPage);
  for (const n of pageNodes) {
    const from = topOf.get(n.id); if (!from || !inScope.has(from)) continue;
    const dests = [];
    for (const ix of n.interactions ?? []) for (const a of ix.actions ?? []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) { const to = topOf.get(d); if (to && inScope.has(to)) edges.get(from).add(to); }
  }
  const start = flowPage.flowStartingPoints?.length ? flowPage.flowStartingPoints[0].nodeId : flowPage.prototypeStartNodeID;
  const startFrame = start ? topOf.get(start) ?? start : truth.flow.startFrameId;
  if (startFrame !== truth.flow.startFrameId) fail(name, `start ${startFrame} != ${truth.flow.startFrameId}`);
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u) ?? []) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); } } return d; };
  const dist = bfs(startFrame);
  const label = (i) => `${i} "${byId.get(i)?.name}"`;
  console.log(`${name}: ${seen.size - 1} nodes, ${inScope.size} screens, start ${label(startFrame)}, present ${truth.present.length}, absent ${truth.absent.length}`);
  console.log('   distances:', [...dist].map(([k, v]) => `${byId.get(k).name}=${v}`).join(', '));
  if (truth.kind === 'negative') {
    if (truth.flow.connectFrameId !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(name, 'negative flow must be null/null/[]');
    continue;
  }
  const c = truth.flow.connectFrameId;
  const steps = c == null ? null : dist.has(c) ? dist.get(c) : null;
  if (steps !== truth.flow.stepsToConnect) fail(name, `stepsToConnect ${steps} != ${truth.flow.stepsToConnect}`);
  const fromC = c ? bfs(c) : new Map();
  const dead = [...dist.keys()].filter((f) => !fromC.has(f) && !(c && bfs(f).has(c))).sort();
  const want = [...truth.flow.deadEnds].sort();
  if (JSON.stringify(dead) !== JSON.stringify(want)) fail(name, `deadEnds ${dead.map(label)} != ${want}`);
  console.log(`   connect ${label(c)} steps ${steps}, deadEnds ${dead.map(label).join(', ') || 'none'}`);
}
console.log(failures ? `${failures} failures` : 'all checks passed');
process.exit(failures ? 1 : 0);
