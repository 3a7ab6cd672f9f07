/**
 * The plugin's start: open the panel with its first state already in the HTML, answer
 * its requests, and tell it when the selection changes. Nothing here runs at import time.
 */
import { createServer } from '../core/protocol/channel';
import type { Server } from '../core/protocol/channel';
import type { EditorType, InitialState } from '../core/protocol/messages';
import { injectInitialState } from '../core/protocol/initial-state';
import { createFigmaTransport } from './bridge/figma-transport';
import type { HandlerOptions } from './handlers';
import { createHandlers } from './handlers';
import { currentSelectionInfo, watchSelection } from './selection/watch-selection';
import { watchReview } from './live/watch-review';
import { reviewerName } from './session/editor';
import { existingReviewSummary } from './storage/existing-review';
import { readFileLink } from './storage/file-link';
import { loadPrefs } from './session/prefs';
import { Session } from './session/session';

export interface RunningPlugin {
  server: Server;
  session: Session;
  stop(): void;
}

function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
}

export async function startPlugin(options: HandlerOptions = {}): Promise<RunningPlugin> {
  // Hidden layers inside instances are never reviewed; skipping them makes traversal far cheaper.
  figma.skipInvisibleInstanceChildren = true;
  const prefs = await loadPrefs();
  const name = reviewerName();
  const initial: InitialState = {
    editorType: figma.editorType as EditorType,
    selection: currentSelectionInfo(),
    prefs,
    user: name === null ? null : { name },
    appVersion: appVersion(),
    existingReview: await existingReviewSummary(),
    fileLink: readFileLink(),
  };
  const session = new Session();
  const server = createServer(createFigmaTransport(), createHandlers(session, options));
  figma.showUI(injectInitialState(__html__, initial), { themeColors: true, width: prefs.width, height: prefs.height });
  const stopWatching = watchSelection((info) => server.emit('selection-changed', info));
  const stopLive = watchReview(session, server.emit, options.live);
  return {
    server,
    session,
    stop() {
      stopWatching();
      stopLive();
      server.close();
    },
  };
}
