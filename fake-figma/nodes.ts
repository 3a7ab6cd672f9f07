/**
 * In-memory nodes with the subset of Figma's node API the plugin uses. Every property a
 * scan might read goes through a counted getter (FakeContext.touch), so benchmarks can
 * count reads per node. Builder methods (frame(), text(), …) are the fake's own, for tests.
 */
import type { FakeContext } from './context';
import type { StoredAnnotation } from './annotation-rules';
import { acceptAnnotations, ANNOTATION_UNSUPPORTED_TYPES, readAnnotations } from './annotation-rules';

/** Figma's per-entry limit on plugin data. */
export const PLUGIN_DATA_LIMIT_BYTES = 100 * 1024;

export type FakeNodeType =
  | 'DOCUMENT' | 'PAGE' | 'FRAME' | 'SECTION' | 'GROUP' | 'COMPONENT' | 'COMPONENT_SET' | 'INSTANCE'
  | 'TEXT' | 'RECTANGLE' | 'ELLIPSE' | 'VECTOR' | 'LINE' | 'BOOLEAN_OPERATION';

export interface NodeOptions {
  id?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  visible?: boolean;
  locked?: boolean;
}

export interface FakeHooks {
  /** Whether a category id exists (annotation rules need the file's categories). */
  categoryExists(id: string): boolean;
  /** Called before an annotation write; throws to model an editor that refuses it. */
  beforeAnnotationWrite(node: FakeNode): void;
  /** A page's selection changed. */
  selectionChanged(page: FakePage): void;
  /** The document changed (reported to `nodechange` listeners, LOCAL or REMOTE by who wrote it). */
  changed(node: FakeNode, change: FakeChange): void;
  /** A plugin registers or removes a page listener (`page.on('nodechange', …)`). */
  listen(page: FakePage, type: string, listener: (event: unknown) => void, add: boolean): void;
}

/** One change as `nodechange` reports it (before origin and node are filled in per listener). */
export type FakeChange = { type: 'CREATE' | 'DELETE' } | { type: 'PROPERTY_CHANGE'; properties: string[] };

function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

export class FakeNode {
  protected readonly ctx: FakeContext;
  protected readonly hooks: FakeHooks;
  private readonly _id: string;
  private readonly _type: FakeNodeType;
  _name: string;
  _visible: boolean;
  _locked: boolean;
  _x: number;
  _y: number;
  _width: number;
  _height: number;
  _parent: FakeNode | null = null;
  _children: FakeNode[] = [];
  _removed = false;
  _reactions: Reaction[] = [];
  _annotations: StoredAnnotation[] = [];
  readonly _pluginData = new Map<string, Map<string, string>>();
  _relaunchData: Record<string, string> = {};

  constructor(ctx: FakeContext, hooks: FakeHooks, type: FakeNodeType, name: string, options: NodeOptions = {}) {
    this.ctx = ctx;
    this.hooks = hooks;
    this._type = type;
    this._name = name;
    if (options.id !== undefined) ctx.reserveId(options.id);
    this._id = options.id ?? ctx.newId();
    this._visible = options.visible ?? true;
    this._locked = options.locked ?? false;
    this._x = options.x ?? 0;
    this._y = options.y ?? 0;
    this._width = options.width ?? 100;
    this._height = options.height ?? 100;
    ctx.nodes.set(this._id, this);
  }

  /** The id without counting a read (for the fake's own bookkeeping). */
  get rawId(): string {
    return this._id;
  }
  get rawType(): FakeNodeType {
    return this._type;
  }

  /** Like Figma, a removed node answers `id` and `removed`; anything else throws. */
  protected read(): void {
    this.ctx.touch(this._id);
    if (this._removed) throw new Error(`The node with id "${this._id}" does not exist`);
  }

  get id(): string {
    this.ctx.touch(this._id);
    return this._id;
  }
  get type(): FakeNodeType {
    this.read();
    return this._type;
  }
  get name(): string {
    this.read();
    return this._name;
  }
  set name(value: string) {
    this._name = value;
    this.hooks.changed(this, { type: 'PROPERTY_CHANGE', properties: ['name'] });
  }
  get visible(): boolean {
    this.read();
    return this._visible;
  }
  set visible(value: boolean) {
    this._visible = value;
    this.hooks.changed(this, { type: 'PROPERTY_CHANGE', properties: ['visible'] });
  }
  get locked(): boolean {
    this.read();
    return this._locked;
  }
  get removed(): boolean {
    this.ctx.touch(this._id);
    return this._removed;
  }
  get parent(): FakeNode | null {
    this.read();
    return this._parent;
  }
  get x(): number {
    this.read();
    return this._x;
  }
  get y(): number {
    this.read();
    return this._y;
  }
  get width(): number {
    this.read();
    return this._width;
  }
  get height(): number {
    this.read();
    return this._height;
  }
  get absoluteBoundingBox(): Rect | null {
    this.read();
    let x = this._x;
    let y = this._y;
    for (let p = this._parent; p && p._type !== 'PAGE' && p._type !== 'DOCUMENT'; p = p._parent) {
      x += p._x;
      y += p._y;
    }
    return { x, y, width: this._width, height: this._height };
  }

  /** Inside an instance, hidden layers vanish when skipInvisibleInstanceChildren is on (as in Figma). */
  get children(): ReadonlyArray<FakeNode> {
    this.read();
    return Object.freeze(this.visibleChildren());
  }
  protected visibleChildren(): FakeNode[] {
    if (this.ctx.skipInvisibleInstanceChildren && this.isInInstance()) return this._children.filter((c) => c._visible);
    return this._children.slice();
  }
  private isInInstance(): boolean {
    if (this._type === 'INSTANCE') return true;
    for (let n = this._parent; n; n = n._parent) if (n._type === 'INSTANCE') return true;
    return false;
  }

  get reactions(): ReadonlyArray<Reaction> {
    this.read();
    return Object.freeze(this._reactions.slice());
  }

  get annotations(): ReadonlyArray<Annotation> {
    this.read();
    return readAnnotations(this._annotations);
  }
  set annotations(value: ReadonlyArray<Annotation>) {
    if (ANNOTATION_UNSUPPORTED_TYPES.has(this._type)) {
      throw new Error(`in set_annotations: Cannot set annotations on a node of type ${this._type}`);
    }
    if (this._removed) throw new Error('The node with id ' + this._id + ' does not exist');
    this.hooks.beforeAnnotationWrite(this);
    this._annotations = acceptAnnotations(value, (id) => this.hooks.categoryExists(id));
    // Not a NodeChangeProperty in Figma's typings; the fake reports it so plugins prove they ignore it.
    this.hooks.changed(this, { type: 'PROPERTY_CHANGE', properties: ['annotations'] });
  }

  getSharedPluginData(namespace: string, key: string): string {
    this.read();
    return this._pluginData.get(namespace)?.get(key) ?? '';
  }
  getSharedPluginDataKeys(namespace: string): string[] {
    this.read();
    return Array.from(this._pluginData.get(namespace)?.keys() ?? []);
  }
  setSharedPluginData(namespace: string, key: string, value: string): void {
    if (this._removed) throw new Error('The node with id ' + this._id + ' does not exist');
    if (typeof value !== 'string') throw new Error('in setSharedPluginData: Expected value to be a string');
    if (byteLength(namespace) + byteLength(key) + byteLength(value) > PLUGIN_DATA_LIMIT_BYTES) {
      throw new Error('in setSharedPluginData: Plugin data is too large. The total size of a single entry cannot exceed 100kB.');
    }
    const entries = this._pluginData.get(namespace) ?? new Map<string, string>();
    if (value === '') entries.delete(key);
    else entries.set(key, value);
    this._pluginData.set(namespace, entries);
    this.hooks.changed(this, { type: 'PROPERTY_CHANGE', properties: ['pluginData'] });
  }

  setRelaunchData(data: { [command: string]: string }): void {
    this._relaunchData = { ...data };
    this.hooks.changed(this, { type: 'PROPERTY_CHANGE', properties: ['relaunchData'] });
  }
  getRelaunchData(): { [command: string]: string } {
    return { ...this._relaunchData };
  }

  remove(): void {
    this.hooks.changed(this, { type: 'DELETE' });
    if (this._parent) this._parent._children = this._parent._children.filter((c) => c !== this);
    this._parent = null;
    const drop = (n: FakeNode): void => {
      n._removed = true;
      this.ctx.nodes.delete(n._id);
      n._children.forEach(drop);
    };
    drop(this);
  }

  // ---- the fake's own test helpers (not Figma API) ----

  append<T extends FakeNode>(child: T): T {
    child._parent = this;
    this._children.push(child);
    this.hooks.changed(child, { type: 'CREATE' });
    return child;
  }

  /** A designer resizes the layer (test convenience; reported like Figma reports it). */
  resize(width: number, height: number): void {
    this._width = width;
    this._height = height;
    this.hooks.changed(this, { type: 'PROPERTY_CHANGE', properties: ['width', 'height'] });
  }

  /** A prototype link from this node to a frame, as Figma stores it (`navigation`: NAVIGATE, OVERLAY, CHANGE_TO…). */
  linkTo(destination: FakeNode | string, useDeprecatedAction = false, navigation = 'NAVIGATE'): this {
    const destinationId = typeof destination === 'string' ? destination : destination._id;
    // Cast: in the browser preview's program the DOM's global `Navigation` shadows Figma's type of that name.
    const action = { type: 'NODE', destinationId, navigation, transition: null } as unknown as Action;
    this._reactions.push(useDeprecatedAction ? { action, trigger: { type: 'ON_CLICK' } } : { actions: [action], trigger: { type: 'ON_CLICK' } });
    return this;
  }

  /** Stored annotations as a plugin or the file set them (what a foreign write looked like). */
  get storedAnnotations(): readonly StoredAnnotation[] {
    return this._annotations;
  }
  setStoredAnnotations(annotations: StoredAnnotation[]): void {
    this._annotations = annotations.map((a) => ({ ...a }));
  }

  /** Depth-first search by name (test convenience). */
  findByName(name: string): FakeNode | null {
    for (const child of this._children) {
      if (child._name === name) return child;
      const found = child.findByName(name);
      if (found) return found;
    }
    return null;
  }

  // ---- builders ----

  frame(name: string, build?: (frame: FakeFrame) => void, options?: NodeOptions): this {
    const node = this.append(new FakeFrame(this.ctx, this.hooks, 'FRAME', name, options));
    build?.(node);
    return this;
  }
  section(name: string, build?: (section: FakeFrame) => void, options?: NodeOptions): this {
    const node = this.append(new FakeFrame(this.ctx, this.hooks, 'SECTION', name, options));
    build?.(node);
    return this;
  }
  group(name: string, build?: (group: FakeFrame) => void, options?: NodeOptions): this {
    const node = this.append(new FakeFrame(this.ctx, this.hooks, 'GROUP', name, options));
    build?.(node);
    return this;
  }
  component(name: string, build?: (component: FakeFrame) => void, options?: NodeOptions): this {
    const node = this.append(new FakeFrame(this.ctx, this.hooks, 'COMPONENT', name, options));
    build?.(node);
    return this;
  }
  componentSet(name: string, build?: (set: FakeFrame) => void, options?: NodeOptions): this {
    const node = this.append(new FakeFrame(this.ctx, this.hooks, 'COMPONENT_SET', name, options));
    build?.(node);
    return this;
  }
  /** `main`: the component, null for a broken link, 'throws' for a link whose lookup fails. */
  instance(name: string, main: FakeFrame | null | 'throws', build?: (instance: FakeInstance) => void, options?: NodeOptions): this {
    const node = this.append(new FakeInstance(this.ctx, this.hooks, name, main, options));
    build?.(node);
    return this;
  }
  text(characters: string, options?: NodeOptions & { name?: string; mixedFont?: boolean }): this {
    const node = this.append(new FakeText(this.ctx, this.hooks, options?.name ?? characters, characters, options));
    node._mixedFont = options?.mixedFont ?? false;
    return this;
  }
  rect(name: string, options?: NodeOptions & { fills?: Paint[] }): this {
    const node = this.append(new FakeShape(this.ctx, this.hooks, 'RECTANGLE', name, options));
    if (options?.fills) node._fills = options.fills;
    return this;
  }
  /** The last child added (to keep a reference while chaining builders). */
  get lastChild(): FakeNode | null {
    return this._children[this._children.length - 1] ?? null;
  }
}

/** FRAME, SECTION, GROUP, COMPONENT, COMPONENT_SET: containers; their paint is read at control size. */
export class FakeFrame extends FakeNode {
  _fills: Paint[] = [];
  get fills(): ReadonlyArray<Paint> {
    this.read();
    return Object.freeze(this._fills.slice());
  }
}

export class FakeShape extends FakeNode {
  _fills: Paint[] = [];
  get fills(): ReadonlyArray<Paint> {
    this.read();
    return Object.freeze(this._fills.slice());
  }
}

export class FakeText extends FakeNode {
  _characters: string;
  _mixedFont = false;
  constructor(ctx: FakeContext, hooks: FakeHooks, name: string, characters: string, options?: NodeOptions) {
    super(ctx, hooks, 'TEXT', name, options);
    this._characters = characters;
  }
  get characters(): string {
    this.read();
    return this._characters;
  }
  set characters(value: string) {
    this._characters = value;
    this.hooks.changed(this, { type: 'PROPERTY_CHANGE', properties: ['characters'] });
  }
  get fontName(): FontName | symbol {
    this.read();
    return this._mixedFont ? this.ctx.mixed : { family: 'Inter', style: 'Regular' };
  }
  _fills: Paint[] = [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }];
  get fontSize(): number | symbol {
    this.read();
    return this._mixedFont ? this.ctx.mixed : 14;
  }
  _underline = false;
  _fontSize = 14;
  /** One read, like a property: the text as one segment (two when its font is mixed). */
  getStyledTextSegments(fields: readonly string[]): Array<{ characters: string; start: number; end: number; fills: Paint[]; textDecoration: TextDecoration; fontSize: number }> {
    this.read();
    void fields;
    const segment = { fills: this._fills.slice(), textDecoration: (this._underline ? 'UNDERLINE' : 'NONE') as TextDecoration, fontSize: this._fontSize };
    const text = this._characters;
    if (!this._mixedFont || text.length < 2) return [{ characters: text, start: 0, end: text.length, ...segment }];
    const half = Math.floor(text.length / 2);
    return [{ characters: text.slice(0, half), start: 0, end: half, ...segment }, { characters: text.slice(half), start: half, end: text.length, ...segment, fontSize: this._fontSize + 2 }];
  }
  /** Mixed with the font: a text of several styles has several colours too. */
  get fills(): ReadonlyArray<Paint> | symbol {
    this.read();
    return this._mixedFont ? this.ctx.mixed : Object.freeze(this._fills.slice());
  }
}

export class FakeInstance extends FakeNode {
  _main: FakeFrame | null | 'throws';
  constructor(ctx: FakeContext, hooks: FakeHooks, name: string, main: FakeFrame | null | 'throws', options?: NodeOptions) {
    super(ctx, hooks, 'INSTANCE', name, options);
    this._main = main;
  }
  /** With documentAccess dynamic-page, the synchronous getter throws (write-only). */
  get mainComponent(): never {
    throw new Error('in get_mainComponent: Cannot call with documentAccess: dynamic-page. Use node.getMainComponentAsync instead.');
  }
  getMainComponentAsync(): Promise<FakeFrame | null> {
    this.read();
    const main = this._main;
    if (main === 'throws') return Promise.reject(new Error('in getMainComponentAsync: The component could not be loaded'));
    return Promise.resolve(main && !main._removed ? main : null);
  }
}

export class FakePage extends FakeNode {
  _selection: FakeNode[] = [];
  _loaded: boolean;
  _flowStartingPoints: { nodeId: string; name: string }[] = [];
  constructor(ctx: FakeContext, hooks: FakeHooks, name: string, options?: NodeOptions & { loaded?: boolean }) {
    super(ctx, hooks, 'PAGE', name, options);
    this._loaded = options?.loaded ?? false;
  }
  /** dynamic-page: a page must be loaded before its children can be read. */
  override get children(): ReadonlyArray<FakeNode> {
    this.read();
    if (!this._loaded) throw new Error('Cannot access children on a page that has not been explored. Call `await page.loadAsync()` to access children.');
    return Object.freeze(this.visibleChildren());
  }
  loadAsync(): Promise<void> {
    this._loaded = true;
    return Promise.resolve();
  }
  get selection(): ReadonlyArray<FakeNode> {
    return Object.freeze(this._selection.filter((n) => !n._removed));
  }
  on(type: string, listener: (event: unknown) => void): void {
    this.hooks.listen(this, type, listener, true);
  }
  off(type: string, listener: (event: unknown) => void): void {
    this.hooks.listen(this, type, listener, false);
  }
  set selection(nodes: ReadonlyArray<FakeNode>) {
    this._selection = nodes.slice();
    this.hooks.selectionChanged(this);
  }
  get flowStartingPoints(): ReadonlyArray<{ nodeId: string; name: string }> {
    this.read();
    return Object.freeze(this._flowStartingPoints.map((p) => ({ ...p })));
  }
  set flowStartingPoints(points: ReadonlyArray<{ nodeId: string; name: string }>) {
    this._flowStartingPoints = points.map((p) => ({ ...p }));
  }
}

export class FakeDocumentNode extends FakeNode {
  override get children(): ReadonlyArray<FakePage> {
    this.read();
    return Object.freeze(this._children.slice() as FakePage[]);
  }
  /** Add a page (test builder); returns it for chaining frames onto it. */
  page(name: string, options?: NodeOptions & { loaded?: boolean }): FakePage {
    const loaded = options?.loaded ?? this._children.length === 0;
    return this.append(new FakePage(this.ctx, this.hooks, name, { ...options, loaded }));
  }
}
