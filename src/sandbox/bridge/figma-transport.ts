import type { Transport } from '../../core/protocol/channel';

/** The sandbox end of the bridge: figma.ui.postMessage out, figma.ui 'message' events in. */
export function createFigmaTransport(): Transport {
  return {
    send(message) {
      figma.ui.postMessage(message);
    },
    listen(handler) {
      const listener = (message: unknown): void => handler(message);
      figma.ui.on('message', listener);
      return () => figma.ui.off('message', listener);
    },
  };
}
