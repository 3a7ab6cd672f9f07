/**
 * Build a fake document from a Figma REST file response (GET /v1/files/:key, optionally
 * with ?plugin_data=shared), so the real sandbox code can run on a sample file in a browser.
 */
import type { StoredAnnotation } from './annotation-rules';
import type { FakeFigmaOptions } from './fake-figma';
import { FakeFigma } from './fake-figma';
import type { FakeNode, FakeNodeType, FakePage } from './nodes';
import { FakeFrame, FakeInstance, FakeShape, FakeText } from './nodes';

interface RestBox {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** The REST node fields this reader uses (the REST spec types are not a dependency here). */
export interface RestNode {
  id: string;
  name?: string;
  type: string;
  visible?: boolean;
  locked?: boolean;
  children?: RestNode[];
  characters?: string;
  componentId?: string;
  absoluteBoundingBox?: RestBox | null;
  interactions?: { trigger?: { type?: string } | null; actions?: ({ type?: string; destinationId?: string | null; navigation?: string } | null)[] }[];
  transitionNodeID?: string | null;
  flowStartingPoints?: { nodeId: string; name: string }[];
  /** A page's start before flows existed; Figma shows it as the page's one flow. */
  prototypeStartNodeID?: string | null;
  sharedPluginData?: Record<string, Record<string, string>>;
  annotations?: { label?: string; labelMarkdown?: string; properties?: { type: string }[]; categoryId?: string }[];
  fills?: { type?: string }[];
  style?: { textDecoration?: string; fontSize?: number };
}

export interface RestFile {
  name?: string;
  document: RestNode;
  components?: Record<string, { name?: string; componentSetId?: string }>;
  componentSets?: Record<string, { name?: string }>;
}

export interface FromRestOptions extends FakeFigmaOptions {
  /** Page to open (default: the first). */
  currentPageId?: string;
  /** Node ids selected on the current page. */
  selection?: string[];
}

const SHAPES = new Set(['RECTANGLE', 'ELLIPSE', 'VECTOR', 'LINE', 'BOOLEAN_OPERATION', 'STAR', 'REGULAR_POLYGON']);
const CONTAINERS = new Set(['FRAME', 'SECTION', 'GROUP', 'COMPONENT', 'COMPONENT_SET']);

function annotationFromRest(a: NonNullable<RestNode['annotations']>[number]): StoredAnnotation {
  const out: StoredAnnotation = {};
  // Figma returns both forms; the file's source is the markdown one.
  if (typeof a.labelMarkdown === 'string') out.labelMarkdown = a.labelMarkdown;
  else if (typeof a.label === 'string') out.label = a.label;
  if (Array.isArray(a.properties)) out.properties = a.properties.map((p) => ({ type: p.type as AnnotationPropertyType }));
  if (typeof a.categoryId === 'string') out.categoryId = a.categoryId;
  return out;
}

export function fakeFigmaFromRest(file: RestFile, options: FromRestOptions = {}): FakeFigma {
  const fake = new FakeFigma({ ...options, fileName: options.fileName ?? file.name ?? 'Untitled' });
  const instances: { node: FakeInstance; componentId: string }[] = [];
  const categoryIds = new Set<string>();

  const build = (rest: RestNode, parent: FakeNode, origin: { x: number; y: number }): void => {
    const box = rest.absoluteBoundingBox ?? {};
    const absX = box.x ?? origin.x;
    const absY = box.y ?? origin.y;
    const opts = {
      id: rest.id,
      x: absX - origin.x,
      y: absY - origin.y,
      width: box.width ?? 0,
      height: box.height ?? 0,
      visible: rest.visible !== false,
      locked: rest.locked === true,
    };
    const name = rest.name ?? '';
    let node: FakeNode;
    if (rest.type === 'TEXT') {
      const text = new FakeText(fake.ctx, fake.hooks, name, rest.characters ?? '', opts);
      if (rest.fills) text._fills = rest.fills as Paint[];
      text._underline = rest.style?.textDecoration === 'UNDERLINE';
      if (typeof rest.style?.fontSize === 'number') text._fontSize = rest.style.fontSize;
      node = text;
    } else if (rest.type === 'INSTANCE') {
      const instance = new FakeInstance(fake.ctx, fake.hooks, name, null, opts);
      if (rest.componentId) instances.push({ node: instance, componentId: rest.componentId });
      node = instance;
    } else if (SHAPES.has(rest.type)) {
      const shape = new FakeShape(fake.ctx, fake.hooks, (rest.type === 'STAR' || rest.type === 'REGULAR_POLYGON' ? 'VECTOR' : rest.type) as FakeNodeType, name, opts);
      shape._fills = (rest.fills ?? []) as Paint[];
      node = shape;
    } else {
      const frame = new FakeFrame(fake.ctx, fake.hooks, (CONTAINERS.has(rest.type) ? rest.type : 'FRAME') as FakeNodeType, name, opts);
      frame._fills = (rest.fills ?? []) as Paint[];
      node = frame;
    }
    parent.append(node);
    for (const interaction of rest.interactions ?? []) {
      for (const action of interaction.actions ?? []) {
        if (action?.type === 'NODE' && action.destinationId) node.linkTo(action.destinationId, false, action.navigation);
      }
    }
    if (rest.transitionNodeID && !(rest.interactions ?? []).length) node.linkTo(rest.transitionNodeID, true);
    loadData(rest, node);
    for (const child of rest.children ?? []) build(child, node, { x: absX, y: absY });
  };

  const loadData = (rest: RestNode, node: FakeNode): void => {
    for (const namespace of Object.keys(rest.sharedPluginData ?? {})) {
      const entries = rest.sharedPluginData?.[namespace] ?? {};
      const map = new Map<string, string>();
      for (const key of Object.keys(entries)) map.set(key, String(entries[key]));
      node._pluginData.set(namespace, map);
    }
    if (rest.annotations?.length) {
      node._annotations = rest.annotations.map(annotationFromRest);
      for (const a of node._annotations) if (a.categoryId) categoryIds.add(a.categoryId);
    }
  };

  loadData(file.document, fake.document);
  for (const restPage of file.document.children ?? []) {
    if (restPage.type !== 'CANVAS') continue;
    const page: FakePage = fake.page(restPage.name ?? 'Page', { id: restPage.id });
    page._flowStartingPoints = (restPage.flowStartingPoints ?? []).map((p) => ({ nodeId: p.nodeId, name: p.name }));
    if (page._flowStartingPoints.length === 0 && restPage.prototypeStartNodeID) page._flowStartingPoints = [{ nodeId: restPage.prototypeStartNodeID, name: restPage.name ?? '' }];
    loadData(restPage, page);
    for (const child of restPage.children ?? []) build(child, page, { x: 0, y: 0 });
  }
  if (!fake.currentPage) fake.page('Page 1');

  // Instances point at components by id: local ones are nodes, remote ones only names.
  const remote = new Map<string, FakeFrame>();
  for (const { node, componentId } of instances) {
    const local = fake.ctx.nodes.get(componentId);
    if (local && local.rawType === 'COMPONENT') node._main = local as FakeFrame;
    else if (file.components?.[componentId]) {
      let main = remote.get(componentId);
      if (!main) {
        const meta = file.components[componentId];
        main = new FakeFrame(fake.ctx, fake.hooks, 'COMPONENT', meta?.name ?? 'Component', { id: `remote:${componentId}` });
        const setName = meta?.componentSetId ? file.componentSets?.[meta.componentSetId]?.name : undefined;
        if (setName) new FakeFrame(fake.ctx, fake.hooks, 'COMPONENT_SET', setName).append(main);
        remote.set(componentId, main);
      }
      node._main = main;
    }
  }
  // Annotations in the file may use categories the file defines; make them exist.
  for (const id of categoryIds) {
    if (!fake.categories.exists(id)) fake.categories.categories.push({ id, label: id, color: 'yellow', isPreset: false });
  }

  if (options.currentPageId) {
    const page = fake.ctx.nodes.get(options.currentPageId);
    if (page && page.rawType === 'PAGE') fake.currentPage = page as FakePage;
  }
  fake.currentPage._loaded = true;
  if (options.selection) {
    fake.currentPage._selection = options.selection.map((id) => fake.ctx.nodes.get(id)).filter((n): n is FakeNode => n !== undefined);
  }
  return fake;
}
