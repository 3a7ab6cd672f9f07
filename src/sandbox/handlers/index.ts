import type { Handlers } from '../../core/protocol/channel';
import type { WatchOptions } from '../live/watch-review';
import type { Session } from '../session/session';
import { cancelScanHandler } from './cancel-scan';
import { notifyHandler } from './notify';
import { publishAnnotationsHandler } from './publish-annotations';
import { resetReviewHandler } from './reset-review';
import { resizeHandler } from './resize';
import { resolveCopyHandler } from './resolve-copy';
import type { ScanTuning } from './scan';
import { scanHandler } from './scan';
import { setFileLinkHandler } from './set-file-link';
import { setVerdictHandler } from './set-verdict';
import { showNodesHandler } from './show-nodes';

export interface HandlerOptions {
  scan?: ScanTuning;
  clock?: () => Date;
  /** Live awareness of changes made elsewhere (debounce). */
  live?: WatchOptions;
}

export function createHandlers(session: Session, options: HandlerOptions = {}): Handlers {
  return {
    scan: scanHandler(session, options.scan),
    'cancel-scan': cancelScanHandler(session),
    'set-verdict': setVerdictHandler(session, options.clock),
    'show-nodes': showNodesHandler(),
    'publish-annotations': publishAnnotationsHandler(session),
    'reset-review': resetReviewHandler(session),
    'resolve-copy': resolveCopyHandler(session),
    resize: resizeHandler(),
    notify: notifyHandler(),
    'set-file-link': setFileLinkHandler(),
  };
}
