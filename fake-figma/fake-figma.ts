/**
 * The fake `figma` global: one document plus the API surface the plugin uses, typed
 * against @figma/plugin-typings. The only cast to PluginAPI is in `api`.
 */
import { FakeCategories } from './categories';
import { FakeContext } from './context';
import type { FakeChange, FakeHooks, FakeNode } from './nodes';
import { FakeDocumentNode } from './nodes';
import type { FakePage } from './nodes';
import type { NodeViews } from './session-view';
import { createNodeViews } from './session-view';
import { FakeUi } from './ui-bridge';
import type { MutableState } from './state';
import { exportState, importState } from './state';

export interface FakeFigmaOptions {
  editorType?: 'figma' | 'dev' | 'figjam';
  /** null: no currentuser permission / signed out. */
  user?: { id: string; name: string } | null;
  command?: string;
  readCostMicros?: number;
  fileName?: string;
}

type Listener = (...args: unknown[]) => void;

/** One async API call of one plugin instance, as a test's scheduler sees it. */
export interface ScheduledCall {
  session: FakeFigma;
  label: string;
}

/** Decides when each async API call runs (its effect and its answer happen when `run` is called). */
export type FakeScheduler = (call: ScheduledCall, run: () => unknown) => Promise<unknown>;

/** What every plugin instance on one file shares. */
interface SharedDocument {
  ctx: FakeContext;
  categories: FakeCategories;
  document: FakeDocumentNode;
  hooks: FakeHooks;
  sessions: FakeFigma[];
}

type NodeChangeRecord = { id: string; origin: 'LOCAL' | 'REMOTE'; node: unknown; type: FakeChange['type']; properties?: string[] };

function pageOf(node: FakeNode): FakeNode | null {
  for (let n: FakeNode | null = node; n; n = n._parent) if (n.rawType === 'PAGE') return n;
  return null;
}

export class FakeFigma {
  readonly ctx: FakeContext;
  readonly categories: FakeCategories;
  readonly ui = new FakeUi();
  readonly document: FakeDocumentNode;
  editorType: 'figma' | 'dev' | 'figjam';
  user: { id: string; name: string } | null;
  command: string;
  currentPage!: FakePage;
  commitUndoCount = 0;
  readonly notifications: { message: string; error: boolean }[] = [];
  readonly zoomedTo: string[][] = [];
  readonly clientStorage = new Map<string, unknown>();
  closed = false;
  /** Make every annotation write throw (as an editor that refuses annotations would). */
  failAnnotationWrites: string | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  readonly hooks: FakeHooks;
  private readonly shared: SharedDocument;
  /** Views of the shared nodes for a second instance; null for the document's own instance. */
  private readonly views: NodeViews | null;
  private readonly pageListeners = new Map<string, Set<(event: unknown) => void>>();
  private readonly pendingChanges = new Map<string, NodeChangeRecord[]>();
  /** Holds every async API call of this instance until the test lets it run (null: run at once). */
  scheduler: FakeScheduler | null = null;
  /** How this instance's code is entered from outside (messages, events); tests may wrap it. */
  invoke: (run: () => void) => void = (run) => run();

  constructor(options: FakeFigmaOptions = {}, joining?: FakeFigma) {
    this.editorType = options.editorType ?? 'figma';
    this.user = options.user === undefined ? { id: 'u1', name: 'Dana Designer' } : options.user;
    this.command = options.command ?? '';
    this.ui.deliver = (run) => this.invoke(run);
    if (joining) {
      this.shared = joining.shared;
      this.ctx = joining.ctx;
      this.categories = joining.categories;
      this.document = joining.document;
      this.hooks = joining.hooks;
      this.currentPage = joining.currentPage;
      this.views = createNodeViews({
        asWriter: (write) => this.asWriter(write),
        schedule: (label, run) => this.schedule(label, run),
      });
      this.shared.sessions.push(this);
      return;
    }
    this.ctx = new FakeContext();
    this.categories = new FakeCategories();
    this.ctx.readCostMicros = options.readCostMicros ?? 0;
    this.views = null;
    const writer = (): FakeFigma => (this.ctx.writer as FakeFigma | null) ?? this;
    this.hooks = {
      categoryExists: (id) => this.categories.exists(id),
      beforeAnnotationWrite: () => {
        const message = writer().failAnnotationWrites;
        if (message) throw new Error(message);
      },
      selectionChanged: (page) => {
        for (const session of this.shared.sessions) {
          if (page === session.currentPage) setTimeout(() => session.invoke(() => session.fire('selectionchange')), 0);
        }
      },
      changed: (node, change) => {
        const page = pageOf(node);
        if (!page) return;
        const by = writer();
        for (const session of this.shared.sessions) session.queueChange(page.rawId, node, change, session === by);
      },
      listen: (page, type, listener, add) => writer().listenOnPage(page.rawId, type, listener, add),
    };
    this.document = new FakeDocumentNode(this.ctx, this.hooks, 'DOCUMENT', options.fileName ?? 'Untitled', { id: '0:0' });
    this.shared = { ctx: this.ctx, categories: this.categories, document: this.document, hooks: this.hooks, sessions: [this] };
  }

  /**
   * Another plugin instance on this same file (another reviewer): its own `figma` with its
   * own user, panel, listeners and undo, sharing nodes, plugin data, annotations and categories.
   */
  session(options: FakeFigmaOptions = {}): FakeFigma {
    if (!this.currentPage) throw new Error('Add a page before opening another session');
    return new FakeFigma(options, this);
  }

  /** A node as this instance's plugin code sees it. */
  view<T>(value: T): T {
    return this.views ? this.views.view(value) : value;
  }

  /** The shared node behind a view (plugin code hands views back to the API). */
  unwrap<T>(value: T): T {
    return this.views ? this.views.unwrap(value) : value;
  }

  /** Run a synchronous write as this instance (its changes are LOCAL to it, REMOTE to others). */
  asWriter<T>(write: () => T): T {
    const previous = this.ctx.writer;
    this.ctx.writer = this;
    try {
      return write();
    } finally {
      this.ctx.writer = previous;
    }
  }

  /** Run an async API call of this instance, when the scheduler (if any) lets it. */
  schedule<T>(label: string, run: () => T | Promise<T>): Promise<T> {
    if (this.scheduler) return this.scheduler({ session: this, label }, run) as Promise<T>;
    return new Promise<T>((resolve) => resolve(run()));
  }

  private listenOnPage(pageId: string, type: string, listener: (event: unknown) => void, add: boolean): void {
    if (type !== 'nodechange') return;
    const set = this.pageListeners.get(pageId) ?? new Set<(event: unknown) => void>();
    if (add) set.add(listener);
    else set.delete(listener);
    this.pageListeners.set(pageId, set);
  }

  /** `nodechange` listeners registered by this instance on a page. */
  nodeChangeListenerCount(pageId?: string): number {
    let count = 0;
    this.pageListeners.forEach((set, id) => {
      if (pageId === undefined || id === pageId) count += set.size;
    });
    return count;
  }

  /** Figma reports changes in batches, after the code that made them has run. */
  private queueChange(pageId: string, node: FakeNode, change: FakeChange, local: boolean): void {
    if ((this.pageListeners.get(pageId)?.size ?? 0) === 0) return;
    const record: NodeChangeRecord = {
      id: node.rawId,
      origin: local ? 'LOCAL' : 'REMOTE',
      type: change.type,
      node: change.type === 'DELETE' ? { removed: true, type: node.rawType, id: node.rawId } : this.view(node),
    };
    if (change.type === 'PROPERTY_CHANGE') record.properties = change.properties.slice();
    const pending = this.pendingChanges.get(pageId);
    if (pending) {
      pending.push(record);
      return;
    }
    this.pendingChanges.set(pageId, [record]);
    setTimeout(() => {
      const nodeChanges = this.pendingChanges.get(pageId) ?? [];
      this.pendingChanges.delete(pageId);
      for (const listener of Array.from(this.pageListeners.get(pageId) ?? [])) this.invoke(() => listener({ nodeChanges }));
    }, 0);
  }

  /** First page added becomes the current page. */
  page(name: string, options?: { id?: string }): FakePage {
    const page = this.document.page(name, options);
    if (!this.currentPage) this.currentPage = page;
    return page;
  }

  node(id: string): FakeNode {
    const found = this.ctx.nodes.get(id);
    if (!found) throw new Error(`No node ${id}`);
    return found;
  }

  byName(name: string): FakeNode {
    const found = this.document.findByName(name);
    if (!found) throw new Error(`No node named ${name}`);
    return found;
  }

  /** Select nodes on the current page (fires selectionchange like Figma). */
  select(...nodes: FakeNode[]): void {
    this.currentPage.selection = nodes;
  }

  on(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(type, set);
  }
  off(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string, ...args: unknown[]): void {
    for (const listener of Array.from(this.listeners.get(type) ?? [])) listener(...args);
  }
  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  exportMutableState(): MutableState {
    return exportState(this);
  }
  importMutableState(state: MutableState): void {
    importState(this, state);
  }

  /** The PluginAPI the plugin code sees. */
  get api(): PluginAPI {
    return pluginApi(this);
  }
}

function pluginApi(self: FakeFigma): PluginAPI {
  const api = {
    get mixed() {
      return self.ctx.mixed;
    },
    get root() {
      return self.view(self.document);
    },
    get currentPage() {
      return self.view(self.currentPage);
    },
    setCurrentPageAsync(page: FakePage) {
      return self.schedule('setCurrentPageAsync', () => {
        const previous = self.currentPage;
        self.currentPage = self.unwrap(page);
        if (previous !== self.currentPage) setTimeout(() => self.invoke(() => self.fire('currentpagechange')), 0);
        return self.currentPage.loadAsync();
      });
    },
    get editorType() {
      return self.editorType;
    },
    get mode() {
      return self.editorType === 'dev' ? 'inspect' : 'default';
    },
    get command() {
      return self.command;
    },
    get currentUser() {
      return self.user ? { id: self.user.id, name: self.user.name, photoUrl: null, color: '#000000', sessionId: 1 } : null;
    },
    get skipInvisibleInstanceChildren() {
      return self.ctx.skipInvisibleInstanceChildren;
    },
    set skipInvisibleInstanceChildren(value: boolean) {
      self.ctx.skipInvisibleInstanceChildren = value;
    },
    getNodeByIdAsync(id: string) {
      return self.schedule(`getNodeByIdAsync ${id}`, () => {
        const node = self.ctx.nodes.get(id);
        return node && !node._removed ? self.view(node) : null;
      });
    },
    getNodeById() {
      throw new Error('in getNodeById: Cannot call with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.');
    },
    loadAllPagesAsync() {
      return self.schedule('loadAllPagesAsync', () => Promise.all(self.document._children.map((p) => (p as FakePage).loadAsync())).then(() => undefined));
    },
    commitUndo() {
      self.commitUndoCount++;
    },
    notify(message: string, options?: NotificationOptions) {
      self.notifications.push({ message, error: options?.error ?? false });
      return { cancel() {} };
    },
    showUI(html: string, options?: ShowUIOptions) {
      self.ui.show(html, options);
    },
    get ui() {
      return self.ui.api();
    },
    closePlugin() {
      self.closed = true;
      self.fire('close');
    },
    on(type: string, listener: Listener) {
      self.on(type, listener);
    },
    once(type: string, listener: Listener) {
      const wrapped: Listener = (...args) => {
        self.off(type, wrapped);
        listener(...args);
      };
      self.on(type, wrapped);
    },
    off(type: string, listener: Listener) {
      self.off(type, listener);
    },
    viewport: {
      center: { x: 0, y: 0 },
      zoom: 1,
      scrollAndZoomIntoView(nodes: ReadonlyArray<FakeNode>) {
        self.zoomedTo.push(nodes.map((n) => n.rawId));
      },
    },
    clientStorage: {
      getAsync(key: string) {
        return self.schedule('clientStorage.getAsync', () => {
          const value = self.clientStorage.get(key);
          return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
        });
      },
      setAsync(key: string, value: unknown) {
        return self.schedule('clientStorage.setAsync', () => {
          self.clientStorage.set(key, JSON.parse(JSON.stringify(value)));
        });
      },
      deleteAsync(key: string) {
        return self.schedule('clientStorage.deleteAsync', () => {
          self.clientStorage.delete(key);
        });
      },
      keysAsync() {
        return self.schedule('clientStorage.keysAsync', () => Array.from(self.clientStorage.keys()));
      },
    },
    annotations: scheduledAnnotations(self, self.categories.api()),
  };
  return api as unknown as PluginAPI;
}

/** The file's categories, each call held by the instance's scheduler like any async call. */
function scheduledAnnotations(self: FakeFigma, api: AnnotationsAPI): AnnotationsAPI {
  return {
    getAnnotationCategoriesAsync: () => self.schedule('getAnnotationCategoriesAsync', () => api.getAnnotationCategoriesAsync()),
    getAnnotationCategoryByIdAsync: (id: string) => self.schedule(`getAnnotationCategoryByIdAsync ${id}`, () => api.getAnnotationCategoryByIdAsync(id)),
    addAnnotationCategoryAsync: (input: { label: string; color: AnnotationCategoryColor }) =>
      self.schedule(`addAnnotationCategoryAsync ${input.label}`, () => api.addAnnotationCategoryAsync(input)),
  };
}

export interface FakeFigmaHandle {
  fake: FakeFigma;
  api: PluginAPI;
  uninstall(): void;
}

/** Put a fake on globalThis as `figma` and `__html__` (per test; nothing happens at import). */
export function installFakeFigma(fake: FakeFigma = new FakeFigma(), html = '<!doctype html><html><body><!--AFR_INITIAL_STATE--></body></html>'): FakeFigmaHandle {
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { figma: g.figma, html: g.__html__ };
  if (!fake.currentPage) fake.page('Page 1');
  const api = fake.api;
  g.figma = api;
  g.__html__ = html;
  return {
    fake,
    api,
    uninstall() {
      g.figma = previous.figma;
      g.__html__ = previous.html;
    },
  };
}
