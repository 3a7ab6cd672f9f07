/**
 * The one place where untrusted text (reviewer notes, file, page and frame names, mockup
 * copy) becomes part of an output format. Every writer quotes such text through these.
 */
export { markdownInline } from './markdown';
export { annotationText } from './annotation-markdown';
export { commandData, commandProperty, workflowCommand } from './workflow-command';
export { xmlAttribute, xmlText } from './xml';
export { terminalText } from './terminal';
export { VISIBLE_LINE_BREAK } from './line-breaks';
export { LINK_BREAKER } from './links';
