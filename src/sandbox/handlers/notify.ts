import type { Handler } from '../../core/protocol/channel';

export function notifyHandler(): Handler<'notify'> {
  return ({ message }) => {
    figma.notify(message);
    return {};
  };
}
