// Small helpers for writing Figma REST-format documents by hand.
// Children are given coordinates relative to their parent; finalize() turns them absolute.
import { writeFileSync } from 'node:fs';

export function hex(h, a = 1) {
  const v = h.replace('#', '');
  return { r: parseInt(v.slice(0, 2), 16) / 255, g: parseInt(v.slice(2, 4), 16) / 255, b: parseInt(v.slice(4, 6), 16) / 255, a };
}
export const solid = (h, opacity) => [{ type: 'SOLID', color: hex(h), ...(opacity !== undefined ? { opacity } : {}) }];

export class Doc {
  constructor(name, lastModified) {
    this.name = name;
    this.lastModified = lastModified;
    this.page = 0;
    this.n = 0;
    this.pages = [];
    this.components = {};
    this.componentSets = {};
  }
  id() { this.n += 1; return `${this.page}:${this.n}`; }
  canvas(name, children, start) {
    const c = { id: `${this.page}:0`, name, type: 'CANVAS', children, backgroundColor: hex('#f5f5f5') };
    if (start && start.flow) c.flowStartingPoints = start.flow.map((f) => ({ nodeId: f.id, name: f.name }));
    else c.flowStartingPoints = [];
    if (start && start.protoStart) c.prototypeStartNodeID = start.protoStart.id;
    for (const ch of children) finalize(ch, 0, 0);
    this.pages.push(c);
    return c;
  }
  newPage(p) { this.page = p; this.n = 0; }
  node(type, name, x, y, w, h, props = {}, children) {
    const o = { id: this.id(), name, type, ...props, absoluteBoundingBox: { x, y, width: w, height: h } };
    if (children) o.children = children;
    return o;
  }
  frame(name, x, y, w, h, props = {}, children = []) {
    return this.node('FRAME', name, x, y, w, h, { fills: [], clipsContent: true, ...props }, children);
  }
  screen(name, x, y, w, h, children, bg = '#ffffff') {
    return this.frame(name, x, y, w, h, { fills: solid(bg) }, children);
  }
  section(name, x, y, w, h, children) { return this.node('SECTION', name, x, y, w, h, { fills: solid('#e8e8ee') }, children); }
  group(name, x, y, w, h, children) { return this.node('GROUP', name, x, y, w, h, {}, children); }
  rect(name, x, y, w, h, props = {}) { return this.node('RECTANGLE', name, x, y, w, h, { fills: solid('#e6e6e6'), ...props }); }
  vector(name, x, y, w, h, props = {}) { return this.node('VECTOR', name, x, y, w, h, { fills: solid('#333333'), ...props }); }
  ellipse(name, x, y, w, h, props = {}) { return this.node('ELLIPSE', name, x, y, w, h, { fills: solid('#cccccc'), ...props }); }
  text(chars, x, y, w, o = {}) {
    const size = o.size || 14;
    const lines = o.lines || chars.split('\n').length;
    const h = o.h || Math.round(size * 1.4 * lines);
    const style = { fontFamily: o.font || 'Inter', fontSize: size, fontWeight: o.weight || 400, textAlignHorizontal: o.align || 'LEFT', lineHeightPx: Math.round(size * 1.4) };
    if (o.decoration) style.textDecoration = o.decoration;
    const props = { characters: chars, style, fills: solid(o.color || '#1c1c1e') };
    if (o.visible === false) props.visible = false;
    return this.node('TEXT', o.name || chars.slice(0, 40), x, y, w, h, props);
  }
  logo(name, x, y, w, h, ref) {
    return this.rect(name, x, y, w, h, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }], cornerRadius: 6 });
  }
  // auto-layout column: children x/y are overwritten
  col(name, x, y, w, children, o = {}) {
    const pad = o.pad ?? 0; const gap = o.gap ?? 8;
    let cy = pad;
    for (const c of children) {
      c.absoluteBoundingBox.x = o.center ? Math.round((w - c.absoluteBoundingBox.width) / 2) : pad;
      c.absoluteBoundingBox.y = cy;
      cy += c.absoluteBoundingBox.height + gap;
    }
    const h = o.h || (children.length ? cy - gap + pad : pad * 2);
    const props = { layoutMode: 'VERTICAL', itemSpacing: gap, paddingLeft: pad, paddingRight: pad, paddingTop: pad, paddingBottom: pad, fills: o.fill ? solid(o.fill) : [] };
    if (o.radius) props.cornerRadius = o.radius;
    if (o.stroke) { props.strokes = solid(o.stroke); props.strokeWeight = 1; }
    if (o.visible === false) props.visible = false;
    return this.frame(name, x, y, w, h, props, children);
  }
  row(name, x, y, h, children, o = {}) {
    const pad = o.pad ?? 0; const gap = o.gap ?? 8;
    let cx = pad;
    for (const c of children) {
      c.absoluteBoundingBox.x = cx;
      c.absoluteBoundingBox.y = Math.max(0, Math.round((h - c.absoluteBoundingBox.height) / 2));
      cx += c.absoluteBoundingBox.width + gap;
    }
    const w = o.w || (children.length ? cx - gap + pad : pad * 2);
    const props = { layoutMode: 'HORIZONTAL', itemSpacing: gap, paddingLeft: pad, paddingRight: pad, fills: o.fill ? solid(o.fill) : [] };
    if (o.radius) props.cornerRadius = o.radius;
    if (o.stroke) { props.strokes = solid(o.stroke); props.strokeWeight = 1; }
    return this.frame(name, x, y, w, h, props, children);
  }
  // buttons built different ways
  btnInstance(label, compId, w, h, o = {}) {
    return this.node('INSTANCE', o.name || 'Btn', 0, 0, w, h, { componentId: compId, fills: solid(o.fill || '#2b59c3'), cornerRadius: o.radius ?? 8 },
      [this.text(label, 0, Math.round((h - (o.size || 15) * 1.4) / 2), w, { size: o.size || 15, weight: 600, color: o.color || '#ffffff', align: 'CENTER' })]);
  }
  btnFrame(label, w, h, o = {}) {
    return this.frame(o.name || 'Frame ' + (100 + this.n), 0, 0, w, h, { fills: solid(o.fill || '#2b59c3'), cornerRadius: o.radius ?? 8, layoutMode: 'HORIZONTAL', primaryAxisAlignItems: 'CENTER', counterAxisAlignItems: 'CENTER', ...(o.stroke ? { strokes: solid(o.stroke), strokeWeight: 1 } : {}) },
      [this.text(label, 0, Math.round((h - (o.size || 15) * 1.4) / 2), w, { size: o.size || 15, weight: o.weight || 600, color: o.color || '#ffffff', align: 'CENTER' })]);
  }
  btnGroup(label, w, h, o = {}) {
    const shape = o.vector ? this.vector('Vector', 0, 0, w, h, { fills: solid(o.fill || '#2b59c3') }) : this.rect('Rectangle ' + (10 + this.n), 0, 0, w, h, { fills: solid(o.fill || '#2b59c3'), cornerRadius: o.radius ?? 8 });
    return this.group(o.name || 'Group ' + (this.n % 40 + 2), 0, 0, w, h, [shape, this.text(label, 0, Math.round((h - (o.size || 15) * 1.4) / 2), w, { size: o.size || 15, weight: 600, color: o.color || '#ffffff', align: 'CENTER' })]);
  }
  link(label, w, o = {}) {
    return this.text(label, 0, 0, w, { size: o.size || 14, color: o.color || '#2b59c3', weight: o.weight || 500, decoration: o.underline ? 'UNDERLINE' : undefined });
  }
  checkbox(label, w, o = {}) {
    const box = o.kind === 'vector' ? this.vector('Vector', 0, 0, 20, 20, { fills: [], strokes: solid('#8a8a8e'), strokeWeight: 1.5 })
      : this.rect('Rectangle ' + (20 + this.n), 0, 0, 20, 20, { fills: solid('#ffffff'), strokes: solid('#8a8a8e'), strokeWeight: 1.5, cornerRadius: 4 });
    const t = this.text(label, 0, 0, w - 32, { size: o.size || 13, color: '#3a3a3c', lines: o.lines || 2 });
    return this.row(o.name || 'Frame ' + (300 + this.n), 0, 0, Math.max(24, t.absoluteBoundingBox.height), [box, t], { gap: 12, w });
  }
  search(placeholder, w, o = {}) {
    return this.row(o.name || 'Frame ' + (500 + this.n), 0, 0, o.h || 44, [
      this.vector('Vector', 0, 0, 16, 16, { fills: [], strokes: solid('#8a8a8e'), strokeWeight: 2 }),
      this.text(placeholder, 0, 0, w - 60, { size: 14, color: '#8a8a8e' }),
    ], { pad: 14, gap: 10, w, radius: o.radius ?? 10, stroke: '#c7c7cc', fill: '#ffffff' });
  }
  spinner(x, y, s = 18) { return this.vector('Vector', x, y, s, s, { fills: [], strokes: solid('#2b59c3'), strokeWeight: 2 }); }
  component(name, w, h, children, o = {}) {
    const c = this.node('COMPONENT', name, 0, 0, w, h, { fills: solid(o.fill || '#2b59c3'), cornerRadius: o.radius ?? 8 }, children);
    this.components[c.id] = { key: keyOf(c.id + name), name, description: o.description || '', ...(o.setId ? { componentSetId: o.setId } : {}) };
    return c;
  }
  registerSet(set, description = '') { this.componentSets[set.id] = { key: keyOf(set.id + set.name), name: set.name, description }; }
  doc() {
    return {
      name: this.name, lastModified: this.lastModified, thumbnailUrl: '', version: String(1900000000 + this.name.length * 7919),
      role: 'owner', editorType: 'figma', schemaVersion: 0,
      document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: this.pages },
      components: this.components, componentSets: this.componentSets, styles: {},
    };
  }
}

function keyOf(s) {
  let h = 2166136261;
  for (const ch of s) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return (h.toString(16) + 'a3f9c1e07b2d4c58e6').padEnd(40, '0').slice(0, 40);
}

export function finalize(node, ox, oy) {
  const bb = node.absoluteBoundingBox;
  if (bb) { bb.x += ox; bb.y += oy; }
  for (const c of node.children || []) finalize(c, bb ? bb.x : ox, bb ? bb.y : oy);
}

export function go(node, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  node.interactions = node.interactions || [];
  node.interactions.push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: dest.id, navigation, transition: navigation === 'CHANGE_TO' ? null : { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } }, preserveScrollPosition: false }] });
  return node;
}
export function act(node, action) {
  node.interactions = node.interactions || [];
  node.interactions.push({ trigger: { type: 'ON_CLICK' }, actions: [action] });
  return node;
}

export const WRITTEN_BY = 'held-out writer Q3 (from the checklist facts and the REST format only; repository not read)';

export function write(dir, name, doc, truth) {
  writeFileSync(`${dir}/${name}.json`, JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(`${dir}/${name}.truth.json`, JSON.stringify({ file: `${name}.json`, kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow: truth.flow }, null, 2) + '\n');
}
