export { buildReport } from './build-report';
export { renderMarkdown } from './markdown';
export { strictFailures } from './strict';
export * from './types';
