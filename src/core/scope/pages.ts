/**
 * Which pages a review covers. By default the pages a designer prototyped (they hold a
 * starting point): a file's other pages are usually covers, component libraries and archives.
 * A file with no starting point at all is reviewed on the page with the most screens (the first
 * such page on a tie): a cover holds one frame, the page being designed holds the flow.
 * Pages named for emails ("✉️ Emails") come with the prototyped pages: the welcome email is a
 * step of the onboarding even when it is drawn apart from the flow.
 */
import { screenCandidates } from './screens';
import type { ScopePage, ScopeRequest } from './types';
import { ScopeError } from './types';

const EMAIL_PAGE = /(?:^|[^a-z])e-?mails?(?:[^a-z]|$)/i;

function quotedNames(pages: readonly ScopePage[]): string {
  return pages.map((page) => `"${page.name}"`).join(', ');
}

function findPage(pages: readonly ScopePage[], wanted: string): ScopePage {
  const exact = pages.filter((page) => page.id === wanted || page.name === wanted);
  if (exact.length > 0) return exact[0]!;
  const lower = wanted.toLowerCase();
  const loose = pages.filter((page) => page.name.trim().toLowerCase() === lower.trim());
  if (loose.length > 0) return loose[0]!;
  throw new ScopeError(`no page named "${wanted}" (the file has ${pages.length === 0 ? 'no pages' : quotedNames(pages)})`);
}

export function pagesInScope(pages: readonly ScopePage[], request: ScopeRequest = {}): ScopePage[] {
  if (request.allPages) return pages.slice();
  if (request.pages !== undefined && request.pages.length > 0) {
    const chosen: ScopePage[] = [];
    for (const wanted of request.pages) {
      const page = findPage(pages, wanted);
      if (chosen.indexOf(page) < 0) chosen.push(page);
    }
    return chosen;
  }
  const prototyped = pages.filter((page) => page.startIds.length > 0);
  // The welcome email is part of the onboarding, and designers often keep emails on a page of their own.
  if (prototyped.length > 0) return pages.filter((page) => page.startIds.length > 0 || EMAIL_PAGE.test(page.name));
  return pages.length > 0 ? [busiestPage(pages)] : [];
}

function busiestPage(pages: readonly ScopePage[]): ScopePage {
  let best = pages[0]!;
  let bestCount = -1;
  for (const page of pages) {
    const count = screenCandidates(page.children).screens.length;
    if (count > bestCount) {
      best = page;
      bestCount = count;
    }
  }
  return best;
}

/** The one line that says a scope holds nothing to review, naming the pages looked at. */
export function nothingToReview(pages: readonly ScopePage[]): ScopeError {
  if (pages.length === 0) return new ScopeError('nothing to review: the file has no pages');
  if (pages.every((page) => page.layersLeftOut === true)) {
    return new ScopeError(`nothing to review: the response has no layers on ${pages.length === 1 ? 'page' : 'pages'} ${quotedNames(pages)} (fetched with depth=1? fetch the file without depth)`);
  }
  const where = pages.length === 1 ? `page ${quotedNames(pages)}` : `pages ${quotedNames(pages)}`;
  return new ScopeError(`nothing to review: no frames on ${where} (choose others with --page NAME, --all-pages or --frames ID)`);
}
