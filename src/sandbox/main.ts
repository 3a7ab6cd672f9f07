import { startPlugin } from './plugin';

startPlugin().catch((error: unknown) => {
  figma.notify(`Auth Flow Review could not start: ${error instanceof Error ? error.message : String(error)}`, { error: true });
});
