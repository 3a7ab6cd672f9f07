/** auth-flow-review: the audit CLI (see --help and DESIGN.md "The CLI report"). */
import { parseArgs, HELP } from './args';
import { audit } from './audit';
import { fetchFile, loadFile } from './load-input';
import { oneLine, UsageError } from './usage-error';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${__APP_VERSION__}\n`);
    return 0;
  }
  const file = args.fileKey !== null ? await fetchFile(args.fileKey, process.env) : loadFile(args.file!);
  const outcome = audit(file, { format: args.format, strict: args.strict, ...(args.frameIds ? { frameIds: args.frameIds } : {}) });
  process.stdout.write(outcome.output);
  return outcome.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof UsageError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`auth-flow-review: ${oneLine(message)}\n`);
    process.exitCode = 2;
  },
);
