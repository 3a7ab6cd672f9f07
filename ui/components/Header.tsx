import { useStore } from '../state/context';
import { HelpButton } from './HelpPopover';
import { ScanButton } from './ScanButton';
import { plural } from '../text/plural';

export function Header() {
  const store = useStore();
  const review = store.review.value;
  const scanning = store.phase.value.kind === 'scanning';
  const n = review?.frames.length ?? 0;
  return (
    <header class="header">
      <div class="header__title">
        <h1 class="header__name">Auth Flow Review</h1>
        {review && (
          <span class="header__scope" title={review.scope.pageName ? `${plural(n, 'frame')} on “${review.scope.pageName}”` : undefined}>
            {/* The count stays whole; only the page name gives way in a narrow panel. */}
            <span class="header__count">{plural(n, 'frame')}</span>
            {review.scope.pageName && <span class="header__page"> · {review.scope.pageName}</span>}
          </span>
        )}
      </div>
      <div class="header__actions">
        {review && (
          <ScanButton class="button button--small button--secondary" disabled={scanning}>Rescan</ScanButton>
        )}
        <HelpButton />
      </div>
    </header>
  );
}
