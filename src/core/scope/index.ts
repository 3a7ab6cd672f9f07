export { stepDestination, type ActionLike } from './flow-step';
export { nothingToReview, pagesInScope } from './pages';
export { ScreenQueue } from './screen-queue';
export { chosenCandidates, pageCandidates, screenCandidates } from './screens';
export { ScopeError, type ScopeNode, type ScopePage, type ScopeRequest, type ScreenCandidates } from './types';
