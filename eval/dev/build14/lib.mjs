// Small deterministic helpers for writing Figma REST-format files by hand.
import { writeFileSync } from 'node:fs';

export const WRITTEN_BY = 'dev writer R (from the checklist facts and the REST format only; repository not read)';

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}
export const solid = (h) => [{ type: 'SOLID', color: hex(h) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export function createBuilder() {
  let prefix = 1;
  let counter = 1;
  const components = {};
  const componentSets = {};
  const nid = () => `${prefix}:${counter++}`;
  const setPage = (p, start = 1) => { prefix = p; counter = start; };

  function node(type, name, x, y, w, h, props = {}, kids) {
    const n = { id: props.id || nid(), name, type };
    const rest = { ...props };
    delete rest.id;
    if (rest.fill) { rest.fills = solid(rest.fill); delete rest.fill; }
    if (rest.stroke) { rest.strokes = solid(rest.stroke); rest.strokeWeight = 1; delete rest.stroke; }
    if (rest.radius !== undefined) { rest.cornerRadius = rest.radius; delete rest.radius; }
    Object.assign(n, rest);
    n._x = x; n._y = y; n._w = w; n._h = h;
    if (kids) n.children = kids.filter(Boolean);
    return n;
  }
  const frame = (name, x, y, w, h, props, kids) => node('FRAME', name, x, y, w, h, props, kids || []);
  const auto = (name, dir, x, y, w, h, kids, props = {}) => node('FRAME', name, x, y, w, h,
    { layoutMode: dir === 'H' ? 'HORIZONTAL' : 'VERTICAL', itemSpacing: props.gap ?? 12,
      paddingLeft: props.pad ?? 0, paddingRight: props.pad ?? 0, paddingTop: props.pad ?? 0, paddingBottom: props.pad ?? 0,
      primaryAxisSizingMode: 'AUTO', counterAxisSizingMode: 'FIXED', fills: [], ...props, gap: undefined, pad: undefined }, kids);
  const text = (chars, x, y, w, h, o = {}) => node('TEXT', o.name || chars.replace(/\n/g, ' ').slice(0, 48), x, y, w, h, {
    id: o.id,
    characters: chars,
    style: { fontFamily: o.family || 'Inter', fontSize: o.size || 14, fontWeight: o.weight || 400,
      textAlignHorizontal: o.align || 'LEFT', lineHeightPx: Math.round((o.size || 14) * 1.4),
      ...(o.deco ? { textDecoration: o.deco } : {}) },
    fills: solid(o.color || '#1c1f24'),
    ...(o.hidden ? { visible: false } : {}),
  });
  const rect = (name, x, y, w, h, props) => node('RECTANGLE', name, x, y, w, h, props);
  const vector = (name, x, y, w, h, props) => node('VECTOR', name, x, y, w, h, props);
  const ellipse = (name, x, y, w, h, props) => node('ELLIPSE', name, x, y, w, h, props);
  const line = (name, x, y, w, props) => node('LINE', name, x, y, w, 0, { strokes: solid('#e3e5e8'), strokeWeight: 1, ...props });
  const group = (name, x, y, w, h, kids, props) => node('GROUP', name, x, y, w, h, props, kids);
  const section = (name, x, y, w, h, kids) => node('SECTION', name, x, y, w, h, { fills: solid('#f4f4f4') }, kids);
  const instance = (componentId, name, x, y, w, h, props, kids) => {
    if (!components[componentId]) throw new Error(`unknown component ${componentId}`);
    return node('INSTANCE', name, x, y, w, h, { componentId, ...props }, kids || []);
  };
  const component = (name, x, y, w, h, props, kids, desc = '') => {
    const c = node('COMPONENT', name, x, y, w, h, props, kids || []);
    components[c.id] = { key: `k${c.id.replace(':', 'x')}${name.length}f`, name, description: desc };
    return c;
  };
  const componentSet = (name, x, y, w, h, kids) => {
    const s = node('COMPONENT_SET', name, x, y, w, h, { fills: [], strokes: solid('#9747ff') }, kids);
    componentSets[s.id] = { key: `ks${s.id.replace(':', 'x')}`, name, description: '' };
    for (const k of kids) components[k.id].componentSetId = s.id;
    return s;
  };

  // interactions
  const act = (n, action, trigger = 'ON_CLICK') => {
    n.interactions = n.interactions || [];
    n.interactions.push({ trigger: { type: trigger }, actions: [action] });
    return n;
  };
  const go = (n, dest, navigation = 'NAVIGATE') => act(n, { type: 'NODE', destinationId: dest, navigation,
    transition: navigation === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.2, easing: { type: 'EASE_OUT' } } : null });
  const back = (n) => act(n, { type: 'BACK' });
  const close = (n) => act(n, { type: 'CLOSE' });
  const url = (n, u) => act(n, { type: 'URL', url: u });
  const oldLink = (n, dest) => { n.transitionNodeID = dest; n.transitionDuration = 300; n.transitionEasing = 'EASE_IN_AND_OUT'; return n; };
  const hide = (n) => { n.visible = false; return n; };

  // common pieces
  const btnFrame = (label, x, y, w, h, o = {}) => frame(o.name || 'Frame ' + (o.n || 88), x, y, w, h,
    { id: o.id, fill: o.bg || '#1f5eff', radius: o.r ?? 8, layoutMode: 'HORIZONTAL', primaryAxisAlignItems: 'CENTER', counterAxisAlignItems: 'CENTER', paddingLeft: 16, paddingRight: 16 },
    [text(label, 16, (h - 20) / 2, w - 32, 20, { size: o.size || 15, weight: 600, color: o.fg || '#ffffff', align: 'CENTER' })]);
  const btnGroup = (label, x, y, w, h, o = {}) => group(o.name || 'Group ' + (o.n || 7), x, y, w, h, [
    o.vector ? vector('Vector', 0, 0, w, h, { fill: o.bg || '#1f5eff' }) : rect(o.rname || 'Rectangle 4', 0, 0, w, h, { fill: o.bg || '#1f5eff', radius: o.r ?? 6 }),
    text(label, 12, (h - 20) / 2, w - 24, 20, { size: o.size || 15, weight: 600, color: o.fg || '#ffffff', align: 'CENTER' }),
  ], { id: o.id });
  const link = (label, x, y, w, o = {}) => text(label, x, y, w, 18, { size: o.size || 13, weight: o.weight || 500,
    color: o.color || '#1f5eff', deco: o.under ? 'UNDERLINE' : undefined, id: o.id, name: o.name });
  const checkbox = (label, x, y, w, o = {}) => frame(o.name || 'Frame 5', x, y, w, 40, { fills: [], layoutMode: 'HORIZONTAL', itemSpacing: 10 }, [
    o.kind === 'vector' ? vector('Vector 2', 0, 2, 20, 20, { strokes: solid('#8a8f98'), strokeWeight: 1.5 })
      : rect(o.rname || 'Rectangle 31', 0, 2, 20, 20, { fills: solid('#ffffff'), stroke: '#8a8f98', radius: 4 }),
    text(label, 30, 0, w - 30, 40, { size: 13, color: '#3d424a' }),
  ]);
  const search = (placeholder, x, y, w, o = {}) => frame(o.name || 'Frame 61', x, y, w, 40, { fill: '#f3f4f6', radius: 20, stroke: '#d9dce1', layoutMode: 'HORIZONTAL', itemSpacing: 8, paddingLeft: 14 }, [
    group('Group 3', 14, 12, 16, 16, [ellipse('Ellipse 1', 0, 0, 12, 12, { strokes: solid('#6b7280'), strokeWeight: 2 }), vector('Vector', 10, 10, 6, 6, { strokes: solid('#6b7280'), strokeWeight: 2 })]),
    text(placeholder, 38, 10, w - 50, 20, { size: 14, color: '#8a8f98' }),
  ]);
  const logo = (name, x, y, s, ref) => rect(name, x, y, s, s, { fills: image(ref), radius: 6 });
  const field = (label, value, x, y, w, o = {}) => frame(o.name || 'Input', x, y, w, 64, { fills: [], layoutMode: 'VERTICAL', itemSpacing: 6 }, [
    text(label, 0, 0, w, 18, { size: 12, weight: 500, color: '#5b616b' }),
    frame('Frame 9', 0, 24, w, 40, { fill: o.filled ? '#f2f8f4' : '#ffffff', stroke: o.filled ? '#6dbb8a' : '#ced2d8', radius: 6 }, [
      text(value, 12, 10, w - 24, 20, { size: 14, color: value && !o.placeholder ? '#1c1f24' : '#9aa0a8' }),
    ]),
  ]);
  const spinner = (x, y, s = 24) => group('Group 12', x, y, s, s, [
    ellipse('Ellipse 7', 0, 0, s, s, { strokes: solid('#e1e4ea'), strokeWeight: 3 }),
    ellipse('Ellipse 8', 0, 0, s, s, { strokes: solid('#1f5eff'), strokeWeight: 3, arcData: { startingAngle: 0, endingAngle: 1.9, innerRadius: 0.8 } }),
  ]);
  const bar = (x, y, w, pct, o = {}) => group(o.name || 'Group 21', x, y, w, 8, [
    rect('Rectangle 40', 0, 0, w, 8, { fill: '#e6e8ec', radius: 4 }),
    rect('Rectangle 41', 0, 0, Math.round(w * pct), 8, { fill: o.color || '#1f9d55', radius: 4 }),
  ]);
  const statusBar = (w) => frame('Status Bar', 0, 0, w, 44, { fills: [] }, [
    text('9:41', 24, 14, 40, 18, { size: 15, weight: 600, family: 'SF Pro Text' }),
    vector('Cellular', w - 80, 18, 17, 11, { fill: '#000000' }), vector('Wifi', w - 58, 18, 15, 11, { fill: '#000000' }),
    rect('Battery', w - 36, 17, 25, 12, { stroke: '#000000', radius: 3 }),
  ]);

  function finalize(n, ox, oy) {
    const ax = ox + n._x; const ay = oy + n._y;
    n.absoluteBoundingBox = { x: ax, y: ay, width: n._w, height: n._h };
    if (n.type !== 'CANVAS') n.absoluteRenderBounds = { ...n.absoluteBoundingBox };
    delete n._x; delete n._y; delete n._w; delete n._h;
    for (const k of Object.keys(n)) if (n[k] === undefined) delete n[k];
    if (n.children) for (const c of n.children) finalize(c, ax, ay);
    return n;
  }
  const canvas = (id, name, kids, o = {}) => {
    const c = { id, name, type: 'CANVAS', children: kids, backgroundColor: hex('#e5e5e5') };
    for (const k of kids) finalize(k, 0, 0);
    c.flowStartingPoints = o.starts || [];
    c.prototypeStartNodeID = o.startNode ?? (o.starts && o.starts[0] ? o.starts[0].nodeId : null);
    if (o.noStartField) delete c.prototypeStartNodeID;
    c.prototypeDevice = o.device || { type: 'NONE', rotation: 'NONE' };
    return c;
  };
  const documentOf = (name, canvases, lastModified) => ({
    name, lastModified, thumbnailUrl: '', version: String(4000000000 + name.length * 7919), role: 'owner', editorType: 'figma', schemaVersion: 0,
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: canvases },
    components, componentSets, styles: {},
  });

  return { nid, setPage, node, frame, auto, text, rect, vector, ellipse, line, group, section, instance, component, componentSet,
    act, go, back, close, url, oldLink, hide, btnFrame, btnGroup, link, checkbox, search, logo, field, spinner, bar, statusBar,
    canvas, documentOf, components };
}

export function countNodes(n) {
  let c = 1;
  for (const k of n.children || []) c += countNodes(k);
  return c;
}

export function writeOut(dir, name, doc, truth) {
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify(truth, null, 2) + '\n');
}

export const ALL_IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
