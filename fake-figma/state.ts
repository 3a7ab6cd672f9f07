/**
 * What a plugin can change in a document, as plain JSON, so the browser preview can keep
 * a review across reloads (e.g. in localStorage) and tests can reopen a file.
 */
import type { StoredAnnotation } from './annotation-rules';
import type { StoredCategory } from './categories';
import type { FakeFigma } from './fake-figma';

export interface MutableState {
  version: 1;
  /** node id → namespace → key → value */
  pluginData: Record<string, Record<string, Record<string, string>>>;
  annotations: Record<string, StoredAnnotation[]>;
  categories: StoredCategory[];
  relaunchData: Record<string, Record<string, string>>;
  clientStorage: Record<string, unknown>;
}

export function exportState(fake: FakeFigma): MutableState {
  const state: MutableState = { version: 1, pluginData: {}, annotations: {}, categories: [], relaunchData: {}, clientStorage: {} };
  for (const [id, node] of fake.ctx.nodes) {
    if (node._pluginData.size > 0) {
      const spaces: Record<string, Record<string, string>> = {};
      for (const [namespace, entries] of node._pluginData) {
        if (entries.size === 0) continue;
        const copy: Record<string, string> = {};
        for (const [key, value] of entries) copy[key] = value;
        spaces[namespace] = copy;
      }
      if (Object.keys(spaces).length > 0) state.pluginData[id] = spaces;
    }
    if (node._annotations.length > 0) state.annotations[id] = JSON.parse(JSON.stringify(node._annotations)) as StoredAnnotation[];
    if (Object.keys(node._relaunchData).length > 0) state.relaunchData[id] = { ...node._relaunchData };
  }
  state.categories = fake.categories.categories.map((c) => ({ ...c }));
  for (const [key, value] of fake.clientStorage) state.clientStorage[key] = JSON.parse(JSON.stringify(value)) as unknown;
  return state;
}

/** Apply a saved state; entries for nodes the document no longer has are skipped. */
export function importState(fake: FakeFigma, state: MutableState): void {
  if (!state || state.version !== 1) return;
  fake.categories.categories = state.categories.map((c) => ({ ...c }));
  for (const node of fake.ctx.nodes.values()) {
    node._pluginData.clear();
    node._annotations = [];
    node._relaunchData = {};
  }
  for (const id of Object.keys(state.pluginData)) {
    const node = fake.ctx.nodes.get(id);
    const spaces = state.pluginData[id];
    if (!node || !spaces) continue;
    for (const namespace of Object.keys(spaces)) {
      const entries = new Map<string, string>();
      const stored = spaces[namespace] ?? {};
      for (const key of Object.keys(stored)) entries.set(key, String(stored[key]));
      node._pluginData.set(namespace, entries);
    }
  }
  for (const id of Object.keys(state.annotations)) {
    const node = fake.ctx.nodes.get(id);
    if (node) node._annotations = JSON.parse(JSON.stringify(state.annotations[id] ?? [])) as StoredAnnotation[];
  }
  for (const id of Object.keys(state.relaunchData)) {
    const node = fake.ctx.nodes.get(id);
    if (node) node._relaunchData = { ...state.relaunchData[id] };
  }
  fake.clientStorage.clear();
  for (const key of Object.keys(state.clientStorage)) fake.clientStorage.set(key, state.clientStorage[key]);
}
