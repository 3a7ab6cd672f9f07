import type { Transport } from '../../src/core/protocol/channel';

/**
 * The panel's end of Figma's bridge: the plugin iframe talks to the sandbox through its
 * parent window, wrapped in `pluginMessage`. The browser preview uses the same shape.
 */
export function createFigmaTransport(win: Window = window): Transport {
  return {
    send(message) {
      win.parent.postMessage({ pluginMessage: message }, '*');
    },
    listen(handler) {
      const onMessage = (event: MessageEvent): void => {
        // No source check: Figma relays from a frame the panel cannot name reliably; the
        // envelope is validated by the channel instead.
        const data: unknown = event.data;
        if (data !== null && typeof data === 'object' && 'pluginMessage' in data) {
          handler((data as { pluginMessage: unknown }).pluginMessage);
        }
      };
      win.addEventListener('message', onMessage);
      return () => win.removeEventListener('message', onMessage);
    },
  };
}
