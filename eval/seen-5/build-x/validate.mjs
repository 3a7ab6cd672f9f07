// Checks the files written by the build scripts in this folder.
import { readFileSync } from 'node:fs';

const dir = new URL('..', import.meta.url).pathname;
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const NAMES = ['h91-landscaping-invoicing-mobile', 'h92-b2b-saas-revenue-ops-desktop', 'h93-guesthouse-channel-payouts-tablet', 'h94-negative-parking-permits', 'h95-negative-recipe-box'];
const WB = 'held-out writer X (from the checklist facts and the REST format only; repository not read)';
let failed = 0;
const fail = (f, m) => { failed += 1; console.log(`FAIL ${f}: ${m}`); };

for (const name of NAMES) {
  let doc, truth, meta;
  try {
    doc = JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8'));
    truth = JSON.parse(readFileSync(`${dir}/${name}.truth.json`, 'utf8'));
    meta = JSON.parse(readFileSync(`${dir}/build-x/${name}.meta.json`, 'utf8'));
  } catch (e) { fail(name, `missing or unparsable: ${e.message}`); continue; }
  const byId = new Map();
  const frameOf = new Map();
  const parentOf = new Map();
  let count = 0;
  const walk = (n, top, parent) => {
    count += 1;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    parentOf.set(n.id, parent);
    if (top) frameOf.set(n.id, top);
    const b = n.absoluteBoundingBox;
    if (b && parent && parent.absoluteBoundingBox && parent.type !== 'CANVAS') {
      const p = parent.absoluteBoundingBox;
      if (b.x < p.x - 1 || b.y < p.y - 1) fail(name, `${n.id} starts outside its parent`);
    }
    for (const c of n.children ?? []) walk(c, top, n);
  };
  walk(doc.document, null, null);
  // in-scope frames per page
  const pages = doc.document.children;
  for (const k of ['name', 'lastModified', 'version', 'role', 'editorType', 'schemaVersion', 'document', 'components', 'componentSets', 'styles']) if (!(k in doc)) fail(name, `missing ${k}`);
  const scopeOf = (page) => {
    const out = [];
    for (const c of page.children) {
      if (c.visible === false) continue;
      if (c.type === 'FRAME') out.push(c);
      if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) out.push(f);
    }
    return out;
  };
  for (const n of byId.values()) {
    for (const it of n.interactions ?? []) for (const a of it.actions) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `bad destination ${a.destinationId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `bad transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && (!byId.has(n.componentId) || !doc.components[n.componentId])) fail(name, `bad componentId ${n.componentId}`);
  }
  // truth
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  if (truth.writtenBy !== WB) fail(name, 'writtenBy');
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(name, `unknown item ${id}`);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, `note for unknown ${k}`);
  // flow
  const startPage = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID) ?? pages.find((p) => meta.signUp && scopeOf(p).some((f) => f.id === meta.signUp));
  const scope = scopeOf(startPage);
  const scopeIds = new Set(scope.map((f) => f.id));
  const topFrame = (id) => { let cur = id; while (cur && !scopeIds.has(cur)) cur = parentOf.get(cur)?.id; return cur; };
  const edges = new Map(scope.map((f) => [f.id, new Set()]));
  for (const f of scope) {
    const visit = (n) => {
      for (const it of n.interactions ?? []) for (const a of it.actions) {
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) { const t = topFrame(a.destinationId); if (t) edges.get(f.id).add(t); }
      }
      if (n.transitionNodeID) { const t = topFrame(n.transitionNodeID); if (t) edges.get(f.id).add(t); }
      for (const c of n.children ?? []) visit(c);
    };
    visit(f);
  }
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; const order = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u) ?? []) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); order.push(v); } } return { d, order }; };
  const start = startPage.flowStartingPoints?.[0]?.nodeId ?? startPage.prototypeStartNodeID ?? meta.signUp;
  if (start !== truth.flow.startFrameId) fail(name, `start ${start} vs truth ${truth.flow.startFrameId}`);
  const { d, order } = bfs(start);
  const connect = order.find((f) => meta.connectCandidates.includes(f)) ?? null;
  const steps = connect ? d.get(connect) : null;
  let dead = [];
  if (connect) {
    const fromC = bfs(connect).d;
    dead = order.filter((f) => !fromC.has(f) && !bfs(f).d.has(connect));
  }
  if (truth.kind === 'negative') {
    if (truth.flow.connectFrameId !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(name, 'negative flow must be null/null/[]');
  } else {
    if (connect !== truth.flow.connectFrameId) fail(name, `connect ${connect} vs ${truth.flow.connectFrameId}`);
    if (steps !== truth.flow.stepsToConnect) fail(name, `steps ${steps} vs ${truth.flow.stepsToConnect}`);
    if (JSON.stringify([...dead].sort()) !== JSON.stringify([...truth.flow.deadEnds].sort())) fail(name, `deadEnds ${dead} vs ${truth.flow.deadEnds}`);
  }
  const screens = scope.length;
  console.log(`${name}: ${count} nodes, ${screens} in-scope frames, present ${truth.present.length}, absent ${truth.absent.length}, start ${start}, connect ${connect}, steps ${steps}, deadEnds [${dead}]`);
}
console.log(failed ? `${failed} problem(s)` : 'all checks passed');
process.exit(failed ? 1 : 0);
