/** Start the real plugin on an installed fake and talk to it as the panel does. */
import { createClient } from '../../../src/core/protocol/channel';
import type { Client, Transport } from '../../../src/core/protocol/channel';
import type { HandlerOptions } from '../../../src/sandbox/handlers';
import { startPlugin } from '../../../src/sandbox/plugin';
import type { RunningPlugin } from '../../../src/sandbox/plugin';
import type { FakeFigma } from '../../../fake-figma';
import { installFakeFigma } from '../../../fake-figma';

export interface OpenPlugin {
  client: Client;
  plugin: RunningPlugin;
  close(): void;
}

export function panelTransport(fake: FakeFigma): Transport {
  return {
    send: (message) => fake.ui.sendToPlugin(message),
    listen: (handler) => fake.ui.onPostToUi(handler),
  };
}

export async function openPlugin(fake: FakeFigma, options: HandlerOptions = {}): Promise<OpenPlugin> {
  const handle = installFakeFigma(fake);
  const plugin = await startPlugin(options);
  const client = createClient(panelTransport(fake));
  client.ready();
  return {
    client,
    plugin,
    close() {
      client.close();
      plugin.stop();
      handle.uninstall();
    },
  };
}
