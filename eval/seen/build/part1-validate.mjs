// Validates h01–h05: JSON parses, ids unique, prototype targets exist, truth ids valid, flow facts recomputed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..');
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['h01-lending-mobile', 'h02-payroll-desktop', 'h03-insurance-mobile', 'h04-negative-food-tracker', 'h05-negative-dating-app'];
let bad = 0;
const fail = (m) => { bad++; console.log('  FAIL', m); };
for (const name of names) {
  console.log(name);
  const file = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(dir, name + '.truth.json'), 'utf8'));
  const byId = new Map();
  const parent = new Map();
  const walk = (n, p) => {
    if (byId.has(n.id)) fail('duplicate id ' + n.id);
    byId.set(n.id, n); parent.set(n.id, p);
    if (!n.id || !n.name || !n.type) fail('missing id/name/type on ' + JSON.stringify(n).slice(0, 80));
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) fail('instance without component meta ' + n.id);
    (n.children || []).forEach((c) => walk(c, n));
  };
  walk(file.document, null);
  const links = [];
  for (const n of byId.values()) {
    for (const it of n.interactions || []) for (const a of it.actions) if (a.type === 'NODE') { if (!byId.has(a.destinationId)) fail('dest missing ' + a.destinationId); links.push([n.id, a.destinationId, a.navigation]); }
    if (n.transitionNodeID) { if (!byId.has(n.transitionNodeID)) fail('transition missing'); links.push([n.id, n.transitionNodeID, 'LEGACY']); }
  }
  for (const k of [...truth.present, ...truth.absent]) if (!IDS.includes(k)) fail('bad truth id ' + k);
  const dup = truth.present.filter((k) => truth.absent.includes(k));
  if (dup.length) fail('in both lists ' + dup);
  const unl = IDS.filter((k) => !truth.present.includes(k) && !truth.absent.includes(k));
  console.log(`  nodes ${byId.size - 1}; present ${truth.present.length} absent ${truth.absent.length}; unlabelled: ${unl.join(', ') || '-'}`);
  // flow
  let page = byId.get(truth.flow.startFrameId);
  while (page && page.type !== 'CANVAS') page = parent.get(page.id);
  if (!page) { fail('start frame not found'); continue; }
  const tops = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'SECTION') { for (const f of c.children) if (f.visible !== false && ['FRAME', 'COMPONENT', 'INSTANCE'].includes(f.type)) tops.push(f); }
    else if (c.type === 'FRAME') tops.push(c);
  }
  const topIds = new Set(tops.map((t) => t.id));
  const topOf = (id) => { let n = byId.get(id); while (n && !topIds.has(n.id)) n = parent.get(n.id); return n?.id; };
  const start = page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID ?? null;
  if (start && start !== truth.flow.startFrameId) fail('start mismatch');
  if (!topIds.has(truth.flow.startFrameId)) fail('start not a visible top frame');
  const adj = new Map();
  for (const [from, to, nav] of links) {
    if (!['NAVIGATE', 'SWAP', 'OVERLAY', 'LEGACY'].includes(nav)) continue;
    const a = topOf(from); if (!a || !topIds.has(to)) continue;
    if (!adj.has(a)) adj.set(a, new Set()); adj.get(a).add(to);
  }
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const x = q.shift(); for (const y of adj.get(x) || []) if (!d.has(y)) { d.set(y, d.get(x) + 1); q.push(y); } } return d; };
  const ds = bfs(truth.flow.startFrameId);
  const label = (id) => `${id} "${byId.get(id).name}"`;
  console.log('  BFS from start:', [...ds].map(([k, v]) => `${v}:${label(k)}`).join(', '));
  if (truth.flow.connectFrameId) {
    const st = ds.get(truth.flow.connectFrameId);
    if (st !== truth.flow.stepsToConnect) fail(`steps ${st} != ${truth.flow.stepsToConnect}`);
    const dc = bfs(truth.flow.connectFrameId);
    const dead = [...ds.keys()].filter((f) => !dc.has(f) && !bfs(f).has(truth.flow.connectFrameId));
    if (JSON.stringify(dead.sort()) !== JSON.stringify([...truth.flow.deadEnds].sort())) fail(`deadEnds computed ${dead} vs ${truth.flow.deadEnds}`);
    console.log('  connect', label(truth.flow.connectFrameId), 'steps', st, 'deadEnds', dead.map(label).join(', '));
  } else if (truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail('negative flow fields');
  // overflow report
  for (const t of tops) {
    const bb = t.absoluteBoundingBox; let maxY = 0;
    const w = (n) => { if (n.visible === false) return; const b = n.absoluteBoundingBox; if (b) maxY = Math.max(maxY, b.y + b.height - bb.y); (n.children || []).forEach(w); };
    t.children.forEach(w);
    if (maxY > bb.height + 1) console.log(`  overflow ${label(t.id)}: content ${Math.round(maxY)} > ${bb.height}${t.overflowDirection ? ' (scrolls)' : ''}`);
  }
}
console.log(bad ? `${bad} problem(s)` : 'all OK');
process.exit(bad ? 1 : 0);
