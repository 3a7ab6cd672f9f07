// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createFigmaTransport } from '../../ui/bridge/figma-transport';
import { readInitialState } from '../../ui/bridge/initial-state';
import { injectInitialState } from '../../src/core/protocol/initial-state';
import { initialState, selectionOf, FRAMES } from './helpers/fixtures';

describe('Figma transport', () => {
  it('wraps outgoing messages in pluginMessage for the parent window', () => {
    const postMessage = vi.fn();
    const win = { parent: { postMessage }, addEventListener: vi.fn(), removeEventListener: vi.fn() } as unknown as Window;
    createFigmaTransport(win).send({ kind: 'ready' });
    expect(postMessage).toHaveBeenCalledWith({ pluginMessage: { kind: 'ready' } }, '*');
  });

  it('unwraps pluginMessage from the parent and ignores other messages', () => {
    const seen: unknown[] = [];
    const stop = createFigmaTransport(window).listen((raw) => seen.push(raw));
    window.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: { kind: 'event', name: 'x', payload: 1 } }, source: window.parent }));
    window.dispatchEvent(new MessageEvent('message', { data: { somethingElse: true }, source: window.parent }));
    stop();
    window.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: 'late' }, source: window.parent }));
    expect(seen).toEqual([{ kind: 'event', name: 'x', payload: 1 }]);
  });
});

describe('initial state', () => {
  it('reads what the sandbox injected into ui.html', () => {
    const state = initialState({ editorType: 'dev', selection: selectionOf(FRAMES) });
    const html = injectInitialState('<head><!--AFR_INITIAL_STATE--></head>', state);
    const script = /<script>(.*)<\/script>/.exec(html)?.[1] ?? '';
    const win = {} as Record<string, unknown>;
    new Function('window', script)(win);
    expect(readInitialState(win as unknown as Window)).toEqual({ state, injected: true });
  });

  it('falls back to a safe default when nothing or garbage was injected', () => {
    expect(readInitialState({} as Window)).toMatchObject({ injected: false, state: { editorType: 'figma', selection: { frames: [] } } });
    const garbage = { __AFR_INITIAL__: { selection: 'all of it' } } as unknown as Window;
    expect(readInitialState(garbage).injected).toBe(false);
    const partial = { __AFR_INITIAL__: { selection: selectionOf(FRAMES), prefs: { width: 'wide' } } } as unknown as Window;
    expect(readInitialState(partial)).toMatchObject({ injected: true, state: { editorType: 'figma', prefs: { width: 360, height: 560 }, user: null } });
  });
});
