// Small helpers for writing Figma REST-format files by hand.
// Coordinates are given relative to the parent and turned into
// absoluteBoundingBox values when the document is finalised.
import { writeFileSync } from 'node:fs';

export function hex(h, a = 1) {
  const n = parseInt(h.replace('#', ''), 16);
  return {
    r: +(((n >> 16) & 255) / 255).toFixed(4),
    g: +(((n >> 8) & 255) / 255).toFixed(4),
    b: +((n & 255) / 255).toFixed(4),
    a,
  };
}

export const solid = (h, a = 1) => [{ type: 'SOLID', color: hex(h, a) }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

function node(type, name, x, y, w, h, props = {}, children) {
  const n = { type, name, _r: [x, y, w, h], ...props };
  if (children) n.children = children.filter(Boolean);
  return n;
}

export const F = (name, x, y, w, h, props, children = []) =>
  node('FRAME', name, x, y, w, h, props, children);
export const R = (name, x, y, w, h, props = {}) => node('RECTANGLE', name, x, y, w, h, props);
export const V = (name, x, y, w, h, props = {}) => node('VECTOR', name, x, y, w, h, props);
export const E = (name, x, y, w, h, props = {}) => node('ELLIPSE', name, x, y, w, h, props);
export const G = (name, x, y, w, h, children, props = {}) =>
  node('GROUP', name, x, y, w, h, props, children);
export const SEC = (name, x, y, w, h, children) =>
  node('SECTION', name, x, y, w, h, { fills: solid('#F5F5F5') }, children);
export const I = (name, comp, x, y, w, h, props = {}, children = []) =>
  node('INSTANCE', name, x, y, w, h, { _comp: comp, ...props }, children);
export const COMP = (name, key, x, y, w, h, props = {}, children = []) =>
  node('COMPONENT', name, x, y, w, h, { _key: key, ...props }, children);
export const CSET = (name, x, y, w, h, children, props = {}) =>
  node('COMPONENT_SET', name, x, y, w, h, props, children);

// TEXT node. opts: size, weight, color, family, deco, name, align, visible, key
export function T(chars, x, y, w, h, opts = {}) {
  const {
    size = 14, weight = 400, color = '#1A1A1A', family = 'Inter', deco, name, align,
    ...rest
  } = opts;
  const style = { fontFamily: family, fontSize: size, fontWeight: weight };
  if (deco) style.textDecoration = deco;
  if (align) style.textAlignHorizontal = align;
  style.lineHeightPx = Math.round(size * 1.35);
  return node('TEXT', name ?? chars.slice(0, 40), x, y, w, h, {
    characters: chars, style, fills: solid(color), ...rest,
  });
}

// Auto-layout column/row: children are placed one after another.
export function stack(dir, name, x, y, w, children, opts = {}) {
  const { gap = 8, pad = 0, h: fixedH, ...props } = opts;
  const kids = children.filter(Boolean);
  let cursor = pad;
  let cross = 0;
  for (const k of kids) {
    if (dir === 'VERTICAL') {
      const off = k._r[0] || 0;
      k._r[0] = pad + off;
      k._r[1] = cursor;
      cursor += k._r[3] + gap;
      cross = Math.max(cross, off + k._r[2]);
    } else {
      const off = k._r[1] || 0;
      k._r[0] = cursor;
      k._r[1] = pad + off;
      cursor += k._r[2] + gap;
      cross = Math.max(cross, off + k._r[3]);
    }
  }
  const main = kids.length ? cursor - gap + pad : pad * 2;
  const width = dir === 'VERTICAL' ? w : (w ?? main);
  const height = fixedH ?? (dir === 'VERTICAL' ? main : cross + pad * 2);
  return node('FRAME', name, x, y, width, height, {
    layoutMode: dir, itemSpacing: gap,
    paddingLeft: pad, paddingRight: pad, paddingTop: pad, paddingBottom: pad,
    fills: [], ...props,
  }, kids);
}
export const col = (name, x, y, w, children, opts) => stack('VERTICAL', name, x, y, w, children, opts);
export const row = (name, x, y, children, opts) => stack('HORIZONTAL', name, x, y, undefined, children, opts);

// Prototype links, resolved by key after finalising.
export function go(n, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  (n._links ??= []).push({ kind: 'NODE', dest, navigation, trigger });
  return n;
}
export function act(n, type, extra = {}) {
  (n._links ??= []).push({ kind: type, ...extra });
  return n;
}
export const key = (n, k) => { n._key = k; return n; };
export const hidden = (n) => { n.visible = false; return n; };

// Build the final document. pages: [{ name, children, start: [keys] | null, startId: key, bg }]
export function build({ name, lastModified, version, pages, styles = {} }) {
  const keys = new Map();
  const all = [];
  const comps = {};
  const compSets = {};
  pages.forEach((p, pi) => {
    let c = 1;
    const prefix = pi + 1;
    const walk = (n, px, py) => {
      n.id = `${prefix}:${c++}`;
      const [x, y, w, h] = n._r;
      n.absoluteBoundingBox = { x: px + x, y: py + y, width: w, height: h };
      if (n._key) keys.set(n._key, n);
      all.push(n);
      for (const k of n.children ?? []) walk(k, px + x, py + y);
    };
    p.children.forEach((n) => walk(n, 0, 0));
  });
  for (const n of all) {
    if (n.type === 'COMPONENT') {
      comps[n.id] = {
        key: hash(n.name + n.id), name: n.name, description: n._desc ?? '',
        ...(n._setKey ? { componentSetId: keys.get(n._setKey)?.id } : {}),
      };
    }
    if (n.type === 'COMPONENT_SET') compSets[n.id] = { key: hash(n.name), name: n.name, description: '' };
  }
  for (const n of all) {
    if (n._comp) {
      const target = keys.get(n._comp);
      if (!target) throw new Error('missing component ' + n._comp);
      n.componentId = target.id;
    }
    if (n._links) {
      n.interactions = [];
      for (const l of n._links) {
        if (l.kind === 'TRANSITION') {
          const t = keys.get(l.dest);
          if (!t) throw new Error('missing dest ' + l.dest);
          n.transitionNodeID = t.id;
          continue;
        }
        let action;
        if (l.kind === 'NODE') {
          const t = keys.get(l.dest);
          if (!t) throw new Error('missing dest ' + l.dest);
          action = { type: 'NODE', destinationId: t.id, navigation: l.navigation, transition: null };
          if (l.navigation === 'OVERLAY') action.overlayRelativePosition = { x: 0, y: 0 };
        } else if (l.kind === 'URL') action = { type: 'URL', url: l.url };
        else action = { type: l.kind };
        n.interactions.push({ trigger: { type: l.trigger ?? 'ON_CLICK' }, actions: [action] });
      }
      if (!n.interactions.length) delete n.interactions;
    }
  }
  for (const n of all) {
    delete n._r; delete n._key; delete n._links; delete n._comp; delete n._desc; delete n._setKey;
    // key order: id, name, type first
    const { id, name: nm, type, ...rest } = n;
    for (const k of Object.keys(n)) delete n[k];
    Object.assign(n, { id, name: nm, type, ...rest });
  }
  const document = {
    id: '0:0', type: 'DOCUMENT', name: 'Document',
    children: pages.map((p, pi) => {
      const canvas = {
        id: `${pi}:${pi === 0 ? 1 : 0}`, name: p.name, type: 'CANVAS', children: p.children,
        backgroundColor: hex(p.bg ?? '#E5E5E5'),
      };
      if (p.start) {
        canvas.flowStartingPoints = p.start.map(([k, label]) => ({ nodeId: keys.get(k).id, name: label }));
        canvas.prototypeStartNodeID = keys.get(p.start[0][0]).id;
      } else if (p.startId) {
        canvas.prototypeStartNodeID = keys.get(p.startId).id;
      } else {
        canvas.flowStartingPoints = [];
        canvas.prototypeStartNodeID = null;
      }
      return canvas;
    }),
  };
  // canvas ids must not clash with node ids ("1:1"...); use "0:N" style
  document.children.forEach((c, i) => { c.id = `0:${i + 1}`; });
  return {
    name, lastModified, thumbnailUrl: '', version, role: 'owner', editorType: 'figma',
    linkAccessPerm: 'view', schemaVersion: 0, document, components: comps, componentSets: compSets, styles,
    _keys: keys,
  };
}

export function hash(s) {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let r = 0; r < 5; r++) {
    for (const ch of s + r) { h1 ^= ch.charCodeAt(0); h1 = Math.imul(h1, 16777619) >>> 0; }
    out += h1.toString(16).padStart(8, '0');
  }
  return out;
}

export function write(dir, fileName, doc, truth) {
  const keys = doc._keys;
  delete doc._keys;
  const id = (k) => (k == null ? null : keys.get(k).id);
  const t = {
    file: fileName + '.json',
    kind: truth.kind,
    writtenBy: 'held-out writer B (from the checklist facts and the REST format only; repository not read)',
    description: truth.description,
    present: truth.present,
    absent: truth.absent,
    notes: truth.notes,
    flow: {
      startFrameId: id(truth.flow.start),
      connectFrameId: id(truth.flow.connect),
      stepsToConnect: truth.flow.steps,
      deadEnds: truth.flow.deadEnds.map(id),
    },
  };
  writeFileSync(`${dir}/${fileName}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${fileName}.truth.json`, JSON.stringify(t, null, 2) + '\n');
}

// Common bits reused across screens
export const statusBar = (w, dark = false) =>
  F('Status Bar', 0, 0, w, 44, { fills: [] }, [
    T('9:41', 24, 14, 40, 18, { size: 15, weight: 600, color: dark ? '#FFFFFF' : '#000000', name: 'Time' }),
    V('Cellular Connection', w - 80, 18, 17, 11, { fills: solid(dark ? '#FFFFFF' : '#000000') }),
    V('Wifi', w - 58, 18, 15, 11, { fills: solid(dark ? '#FFFFFF' : '#000000') }),
    R('Battery', w - 38, 17, 24, 12, { cornerRadius: 3, strokes: solid('#000000', 0.4), fills: [] }),
  ]);
