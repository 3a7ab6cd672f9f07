export { FigmaLinkError, looksLikeFigmaLink, parseFigmaLink, parseFileReference, type FileReference } from './parse';
export { FILE_LINK_KEY, NO_FILE_LINK, readFileLinkEntry, serialiseFileLink, storedFileKey, type FileLinkInfo } from './stored-file-key';
