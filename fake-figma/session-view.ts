/**
 * What a second plugin instance (another reviewer on the same file) sees: the shared
 * nodes behind thin views, so every write through them is known to come from that
 * instance (LOCAL for it, REMOTE for everyone else) and every async node call can be
 * held by a test's scheduler. Views are cached, so identity comparisons keep working.
 */
import { FakeNode } from './nodes';

export interface ViewOwner {
  /** Run a synchronous write as this instance. */
  asWriter<T>(write: () => T): T;
  /** Run an async API call when the scheduler lets it. */
  schedule<T>(label: string, run: () => T | Promise<T>): Promise<T>;
}

export interface NodeViews {
  view<T>(value: T): T;
  unwrap<T>(value: T): T;
}

export function createNodeViews(owner: ViewOwner): NodeViews {
  const views = new WeakMap<FakeNode, FakeNode>();
  const targets = new WeakMap<object, FakeNode>();

  const unwrap = <T>(value: T): T => {
    if (value !== null && typeof value === 'object') {
      const target = targets.get(value as object);
      if (target) return target as unknown as T;
      if (Array.isArray(value)) return value.map((v: unknown) => unwrap(v)) as unknown as T;
    }
    return value;
  };

  const view = <T>(value: T): T => {
    if (value instanceof FakeNode) return viewOf(value) as unknown as T;
    if (Array.isArray(value) && value.some((v) => v instanceof FakeNode)) {
      const mapped = value.map((v: unknown) => view(v));
      return (Object.isFrozen(value) ? Object.freeze(mapped) : mapped) as unknown as T;
    }
    return value;
  };

  const viewOf = (node: FakeNode): FakeNode => {
    const existing = views.get(node);
    if (existing) return existing;
    const proxy = new Proxy(node, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return view(value);
        const method = value as (...args: unknown[]) => unknown;
        if (typeof prop === 'string' && /Async$/.test(prop)) {
          return (...args: unknown[]) => owner.schedule(`${prop} ${target.rawId}`, () => method.apply(target, args.map(unwrap))).then(view);
        }
        return (...args: unknown[]) => owner.asWriter(() => view(method.apply(target, args.map(unwrap))));
      },
      set(target, prop, value) {
        return owner.asWriter(() => Reflect.set(target, prop, unwrap(value), target));
      },
    });
    views.set(node, proxy);
    targets.set(proxy, node);
    return proxy;
  };

  return { view, unwrap };
}
