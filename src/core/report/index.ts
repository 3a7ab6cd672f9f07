export { buildReport } from './build-report';
export { fileUrl, isFileKey, nodeUrl } from './links';
export { renderMarkdown } from './markdown';
export { strictFailures } from './strict';
export * from './types';
