// The one Node API the two-reviewer harness needs, without pulling Node's globals into
// a project that must only see Figma's.
declare module 'node:async_hooks' {
  export class AsyncLocalStorage<T> {
    getStore(): T | undefined;
    run<R>(store: T, callback: () => R): R;
  }
}
