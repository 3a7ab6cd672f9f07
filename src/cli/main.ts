/** auth-flow-review: the audit CLI (see --help and docs/report.md). */
import { parseArgs, HELP } from './args';
import { audit } from './audit';
import { parseFileReference } from './fetch/figma-link';
import { figmaFileRequest } from './fetch/file-request';
import { scopeForLinkedNode } from './fetch/link-scope';
import { loadFromFigma } from './fetch/load-from-figma';
import { redactSecrets, secretsFromEnv } from './fetch/redact';
import { loadFile } from './load-input';
import { keepNurserySmall } from './release-memory';
import { terminalText } from '../core/untrusted';
import { oneLine, UsageError } from './usage-error';

async function main(argv: readonly string[]): Promise<number> {
  keepNurserySmall();
  const args = parseArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${__APP_VERSION__}\n`);
    return 0;
  }
  // With a path, --file-key only names the file, so the report can link back to the design.
  const remote = args.fileKey === null || args.file !== null ? null : figmaFileRequest({ fileRef: args.fileKey, versionId: args.versionId, timeoutSeconds: args.timeoutSeconds }, process.env);
  const file = remote !== null ? await loadFromFigma(remote) : loadFile(args.file!);
  // A link's node-id scopes the review (a page, a frame or section, the frame holding a layer);
  // a scope given on the command line wins.
  const reference = remote ?? (args.fileKey === null ? null : parseFileReference(args.fileKey));
  const scopeGiven = args.frameIds !== undefined || args.pages.length > 0 || args.allPages;
  const linkScope = reference?.nodeId && !scopeGiven ? scopeForLinkedNode(file, reference.nodeId, reference.fileKey) : null;
  const frameIds = args.frameIds ?? (linkScope !== null && 'frameIds' in linkScope ? linkScope.frameIds : undefined);
  const pages = linkScope !== null && 'pages' in linkScope ? linkScope.pages : args.pages;
  const fileKey = reference?.fileKey ?? null;
  const outcome = audit(file, {
    format: args.format, strict: args.strict, fileKey, pages, allPages: args.allPages,
    ...(frameIds ? { frameIds } : {}),
    ...(args.file !== null ? { sourcePath: args.file } : {}),
  });
  // On a terminal, text from the file can never drive it (escape sequences, bidi overrides).
  process.stdout.write(process.stdout.isTTY ? terminalText(outcome.output) : outcome.output);
  return outcome.exitCode;
}

// A reader that stops early (`… | head`) closes the pipe: that ends the run quietly, as for any
// Unix tool, instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof UsageError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    // Whatever failed, the Figma tokens never reach a log.
    // Messages may quote the file (node names, server replies): controls are spelled out.
    process.stderr.write(`auth-flow-review: ${terminalText(redactSecrets(oneLine(message), secretsFromEnv(process.env)))}\n`);
    process.exitCode = 2;
  },
);
