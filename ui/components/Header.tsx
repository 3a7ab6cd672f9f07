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
          <span class="header__scope">
            {plural(n, 'frame')}
            {review.scope.pageName ? ` · ${review.scope.pageName}` : ''}
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
