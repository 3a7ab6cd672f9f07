// Shared helpers for the d53–d57 dev files: a tiny Figma REST-shaped node builder.
// Boxes are given relative to the parent and turned into absolute coordinates on finish.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, '..');
export const WRITTEN_BY = 'dev writer N (from the checklist facts and the REST format only; repository not read)';

export function rgb(hex, a = 1) {
  const h = hex.replace('#', '');
  const v = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: v(0), g: v(2), b: v(4), a };
}
export const solid = (hex, a = 1) => [{ blendMode: 'NORMAL', type: 'SOLID', color: rgb(hex, a) }];
export const image = (ref) => [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export function builder() {
  let page = 0;
  let n = 1;
  const keys = {};
  const b = {};
  b.page = () => { page += 1; n = 1; };
  b.id = () => `${page}:${n++}`;
  b.keys = keys;

  function base(type, name, box, props = {}, children) {
    const node = { id: b.id(), name, type };
    if (props.visible === false) node.visible = false;
    node._b = box;
    if (props.key) keys[props.key] = node.id;
    if (props.click) node._click = props.click;
    if (props.trans) node._trans = props.trans;
    if (children) node.children = children.flat().filter(Boolean);
    return node;
  }
  function paint(node, props) {
    if (props.image) node.fills = image(props.image);
    else if (props.fill) node.fills = solid(props.fill, props.fillA ?? 1);
    else if (node.type !== 'GROUP' && node.type !== 'TEXT') node.fills = [];
    if (props.stroke) { node.strokes = solid(props.stroke); node.strokeWeight = props.strokeWeight ?? 1; }
    if (props.radius !== undefined) node.cornerRadius = props.radius;
    if (props.layout) {
      node.layoutMode = props.layout;
      node.itemSpacing = props.gap ?? 8;
      node.paddingLeft = node.paddingRight = props.padX ?? 0;
      node.paddingTop = node.paddingBottom = props.padY ?? 0;
      node.primaryAxisSizingMode = 'FIXED';
      node.counterAxisSizingMode = 'FIXED';
    }
    if (props.clips) node.clipsContent = true;
    return node;
  }
  b.frame = (name, box, props = {}, children = []) => paint(base('FRAME', name, box, props, children), props);
  b.al = (name, box, dir, props = {}, children = []) => b.frame(name, box, { layout: dir, ...props }, children);
  b.section = (name, box, children) => paint(base('SECTION', name, box, {}, children), { fill: '#F5F5F5' });
  b.group = (name, box, children, props = {}) => base('GROUP', name, box, props, children);
  b.rect = (name, box, props = {}) => paint(base('RECTANGLE', name, box, props), props);
  b.ellipse = (name, box, props = {}) => paint(base('ELLIPSE', name, box, props), props);
  b.vector = (name, box, props = {}) => paint(base('VECTOR', name, box, props), props);
  b.line = (box, color = '#E4E4E7') => paint(base('LINE', 'Line', box, {}), { stroke: color });
  b.text = (chars, box, props = {}) => {
    const node = base('TEXT', props.name ?? chars.slice(0, 40), box, props);
    node.characters = chars;
    node.style = {
      fontFamily: props.font ?? 'Inter',
      fontSize: props.size ?? 14,
      fontWeight: props.weight ?? 400,
      textAlignHorizontal: props.align ?? 'LEFT',
      lineHeightPx: Math.round((props.size ?? 14) * 1.4),
    };
    if (props.underline) node.style.textDecoration = 'UNDERLINE';
    node.fills = solid(props.color ?? '#18181B');
    return node;
  };
  b.instance = (name, box, componentId, props = {}, children = []) => {
    const node = paint(base('INSTANCE', name, box, props, children), props);
    node.componentId = componentId;
    return node;
  };
  b.component = (name, box, props = {}, children = []) => paint(base('COMPONENT', name, box, props, children), props);
  b.componentSet = (name, box, children) => paint(base('COMPONENT_SET', name, box, {}, children), { stroke: '#9747FF' });
  b.canvas = (name, children, start) => {
    const node = { id: b.id(), name, type: 'CANVAS', children: children.flat().filter(Boolean), backgroundColor: rgb('#E5E5E5') };
    node._start = start;
    return node;
  };

  // ---- widgets -------------------------------------------------------------
  // Button as a plain frame with a fill and a centred label.
  b.btnFrame = (label, box, props = {}) => b.frame(props.name ?? 'Frame ' + (200 + n), box,
    { fill: props.fill ?? '#111827', radius: props.radius ?? 8, layout: 'HORIZONTAL', padX: 16, padY: 10, ...props },
    [b.text(label, [16, (box[3] - 20) / 2, box[2] - 32, 20], { size: props.size ?? 15, weight: 600, color: props.color ?? '#FFFFFF', align: 'CENTER' })]);
  // Button as a component instance with a text child.
  b.btnInst = (label, box, componentId, props = {}) => b.instance(props.name ?? 'Property 1=Default', box, componentId,
    { fill: props.fill ?? '#2563EB', radius: props.radius ?? 6, ...props },
    [b.text(label, [12, (box[3] - 20) / 2, box[2] - 24, 20], { size: props.size ?? 15, weight: 600, color: props.color ?? '#FFFFFF', align: 'CENTER' })]);
  // Button as a group: a rectangle with text centred over it.
  b.btnGroup = (label, box, props = {}) => b.group(props.name ?? 'Group ' + (10 + n), box, [
    b.rect(props.rectName ?? 'Rectangle ' + (30 + n), [0, 0, box[2], box[3]], { fill: props.fill ?? '#0F766E', radius: props.radius ?? 10 }),
    b.text(label, [12, (box[3] - 20) / 2, box[2] - 24, 20], { size: props.size ?? 15, weight: 600, color: props.color ?? '#FFFFFF', align: 'CENTER' }),
  ], props);
  b.link = (label, box, props = {}) => b.text(label, box, { color: props.color ?? '#2563EB', size: props.size ?? 14, underline: props.underline, weight: props.weight ?? 500, ...props });
  b.checkbox = (label, box, props = {}) => b.frame(props.name ?? 'Frame ' + (400 + n), box, { layout: 'HORIZONTAL', gap: 10 }, [
    props.kind === 'vector'
      ? b.vector('Vector', [0, 0, 20, 20], { stroke: '#6B7280', fill: props.checked ? '#111827' : undefined })
      : b.rect('Rectangle ' + (50 + n), [0, 0, 20, 20], { stroke: '#6B7280', radius: 4, fill: props.checked ? '#111827' : '#FFFFFF' }),
    ...(props.parts ?? [b.text(label, [30, 0, box[2] - 30, box[3]], { size: 13, color: '#374151' })]),
  ]);
  b.search = (placeholder, box, props = {}) => b.frame(props.name ?? 'Frame ' + (500 + n), box, { fill: '#FFFFFF', stroke: '#D4D4D8', radius: box[3] / 2, layout: 'HORIZONTAL', padX: 14, gap: 8 }, [
    b.vector('Vector', [14, (box[3] - 16) / 2, 16, 16], { stroke: '#71717A' }),
    b.text(placeholder, [38, (box[3] - 20) / 2, box[2] - 50, 20], { size: 14, color: '#A1A1AA' }),
  ]);
  // Platform logo: an image-filled rectangle (or a vector mark) beside a product name.
  b.logo = (product, box, props = {}) => b.frame(props.name ?? 'Frame ' + (600 + n), box, { fill: '#FFFFFF', stroke: '#E4E4E7', radius: 10, layout: 'HORIZONTAL', padX: 12, gap: 10, click: props.click }, [
    props.mark === 'vector'
      ? b.vector('Vector', [12, (box[3] - 28) / 2, 28, 28], { fill: props.brand ?? '#16A34A' })
      : b.rect(props.logoName ?? 'image ' + (n % 7 + 1), [12, (box[3] - 28) / 2, 28, 28], { image: props.ref ?? ('img' + n.toString(16)), radius: 6 }),
    b.text(product, [50, (box[3] - 20) / 2 - (props.sub ? 8 : 0), box[2] - 62, 20], { size: 14, weight: 500 }),
    props.sub ? b.text(props.sub, [50, box[3] / 2 + 2, box[2] - 62, 16], { size: 12, color: '#71717A' }) : null,
    ...(props.extra ?? []),
  ]);
  // Status: a coloured dot with one word.
  b.dot = (word, box, color) => b.group('Group ' + (70 + n), box, [
    b.ellipse('Ellipse ' + (n % 9 + 1), [0, (box[3] - 8) / 2, 8, 8], { fill: color }),
    b.text(word, [14, 0, box[2] - 14, box[3]], { size: 12, weight: 500, color: '#3F3F46' }),
  ]);
  b.spinner = (box) => b.vector('Vector', box, { stroke: '#2563EB', strokeWeight: 3 });
  b.dots = (box, count, active, color = '#111827') => b.frame('Frame ' + (700 + n), box, { layout: 'HORIZONTAL', gap: 6 },
    Array.from({ length: count }, (_, i) => b.ellipse('Ellipse ' + (i + 1), [i * 14, 0, 8, 8], { fill: i <= active ? color : '#D4D4D8' })));
  b.chat = (box, props = {}) => b.group(props.name ?? 'Group ' + (90 + n), box, [
    b.ellipse('Ellipse ' + (20 + n), [0, 0, box[2], box[3]], { fill: props.fill ?? '#2563EB' }),
    b.vector('Vector', [box[2] / 4, box[3] / 4, box[2] / 2, box[3] / 2], { fill: '#FFFFFF' }),
  ], props);
  b.statusBar = (w) => b.frame('Status Bar', [0, 0, w, 44], {}, [
    b.text('9:41', [24, 14, 40, 18], { size: 15, weight: 600, font: 'SF Pro Text' }),
    b.vector('Vector', [w - 74, 17, 50, 12], { fill: '#111827' }),
  ]);
  return b;
}

function finishNode(node, ox, oy, keys, pageOf) {
  const [x, y, w, h] = node._b;
  delete node._b;
  node.absoluteBoundingBox = { x: ox + x, y: oy + y, width: w, height: h };
  if (node._click) {
    const c = node._click;
    delete node._click;
    let action;
    if (c.back) action = { type: 'BACK' };
    else if (c.close) action = { type: 'CLOSE' };
    else if (c.url) action = { type: 'URL', url: c.url };
    else {
      if (!keys[c.to]) throw new Error('unknown link key ' + c.to);
      action = { type: 'NODE', destinationId: keys[c.to], navigation: c.nav ?? 'NAVIGATE', transition: c.nav === 'OVERLAY' ? { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } : null, preserveScrollPosition: false };
    }
    node.interactions = [{ trigger: { type: c.trigger ?? 'ON_CLICK' }, actions: [action] }];
  }
  if (node._trans) {
    if (!keys[node._trans]) throw new Error('unknown transition key ' + node._trans);
    node.transitionNodeID = keys[node._trans];
    delete node._trans;
  }
  for (const ch of node.children ?? []) finishNode(ch, node.absoluteBoundingBox.x, node.absoluteBoundingBox.y, keys, pageOf);
}

export function countNodes(node) {
  return 1 + (node.children ?? []).reduce((s, c) => s + countNodes(c), 0);
}

// Assemble the file; canvases carry their start (array of [key, name]) or a raw prototypeStartNodeID key.
export function finishFile(b, name, canvases, components, componentSets) {
  for (const cv of canvases) {
    for (const ch of cv.children) finishNode(ch, 0, 0, b.keys);
    const s = cv._start;
    delete cv._start;
    if (s && s.flows) {
      cv.flowStartingPoints = s.flows.map(([k, nm]) => ({ nodeId: b.keys[k], name: nm }));
      cv.prototypeStartNodeID = b.keys[s.flows[0][0]];
    } else if (s && s.proto) {
      cv.flowStartingPoints = [];
      cv.prototypeStartNodeID = b.keys[s.proto];
    } else {
      cv.flowStartingPoints = [];
      cv.prototypeStartNodeID = null;
    }
    cv.prototypeDevice = s?.device ?? { type: 'NONE', rotation: 'NONE' };
  }
  return {
    name,
    lastModified: '2026-10-' + String(10 + (name.length % 18)).padStart(2, '0') + 'T14:22:07Z',
    thumbnailUrl: 'https://s3-alpha.figma.com/thumbnails/' + name.length + 'a1c',
    version: String(4100000000 + name.length * 7919),
    role: 'viewer',
    editorType: 'figma',
    linkAccess: 'view',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: canvases },
    components,
    componentSets,
    styles: {},
  };
}

export function write(base, file, truth, meta) {
  writeFileSync(join(OUT, base + '.json'), JSON.stringify(file, null, 1) + '\n');
  writeFileSync(join(OUT, base + '.truth.json'), JSON.stringify(truth, null, 2) + '\n');
  mkdirSync(join(HERE, 'meta'), { recursive: true });
  writeFileSync(join(HERE, 'meta', base + '.meta.json'), JSON.stringify(meta, null, 2) + '\n');
  console.log(base, 'nodes', countNodes(file.document), 'present', truth.present.length, 'absent', truth.absent.length);
}

export const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

// Truth helper: flow keys are turned into ids.
export function truth(b, base, kind, description, present, absent, notes, flow) {
  return {
    file: base + '.json',
    kind,
    writtenBy: WRITTEN_BY,
    description,
    present,
    absent,
    notes,
    flow: {
      startFrameId: flow.start ? b.keys[flow.start] : null,
      connectFrameId: flow.connect ? b.keys[flow.connect] : null,
      stepsToConnect: flow.steps,
      deadEnds: (flow.deadEnds ?? []).map((k) => b.keys[k]),
    },
  };
}

// A components page: one COMPONENT_SET per entry with Default/Hover variants (the Hover one
// carries a CHANGE_TO back interaction, a look-alike that is not a step), plus loose COMPONENTs.
export function componentsPage(b, pageName, sets, loose = []) {
  const components = {};
  const componentSets = {};
  const out = {};
  const kids = [];
  let y = 0;
  for (const s of sets) {
    const def = b.component('Property 1=Default', [20, 20, s.w, s.h], { fill: s.fill, radius: s.radius ?? 6 },
      [b.text(s.label, [12, (s.h - 20) / 2, s.w - 24, 20], { size: 15, weight: 600, color: s.color ?? '#FFFFFF', align: 'CENTER' })]);
    const hov = b.component('Property 1=Hover', [40 + s.w, 20, s.w, s.h], { fill: s.hover ?? s.fill, radius: s.radius ?? 6 },
      [b.text(s.label, [12, (s.h - 20) / 2, s.w - 24, 20], { size: 15, weight: 600, color: s.color ?? '#FFFFFF', align: 'CENTER' })]);
    def.interactions = [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: hov.id, navigation: 'CHANGE_TO', transition: null }] }];
    const set = b.componentSet(s.name, [0, y, s.w * 2 + 60, s.h + 40], [def, hov]);
    kids.push(set);
    componentSets[set.id] = { key: 'cs' + set.id.replace(':', 'x') + 'e81f', name: s.name, description: s.desc ?? '' };
    components[def.id] = { key: 'c' + def.id.replace(':', 'x') + '4b2d', name: 'Property 1=Default', description: s.desc ?? '', componentSetId: set.id };
    components[hov.id] = { key: 'c' + hov.id.replace(':', 'x') + '4b2d', name: 'Property 1=Hover', description: '', componentSetId: set.id };
    out[s.key] = def.id;
    y += s.h + 80;
  }
  for (const l of loose) {
    const c = b.component(l.name, [0, y, l.w, l.h], { fill: l.fill ?? '#FFFFFF', radius: 4, stroke: '#6B7280' }, l.children ?? []);
    kids.push(c);
    components[c.id] = { key: 'c' + c.id.replace(':', 'x') + '77aa', name: l.name, description: l.desc ?? '' };
    out[l.key] = c.id;
    y += l.h + 60;
  }
  const canvas = b.canvas(pageName, kids, null);
  return { canvas, components, componentSets, ids: out };
}
