import { UsageError } from './usage-error';

export type OutputFormat = 'json' | 'markdown';

export interface AuditArgs {
  command: 'audit';
  file: string | null;
  fileKey: string | null;
  format: OutputFormat;
  frameIds: string[] | undefined;
  strict: boolean;
}

export type CliArgs = AuditArgs | { command: 'help' } | { command: 'version' };

export const HELP = `Usage: auth-flow-review audit <file.json> [options]
       auth-flow-review audit --file-key KEY [options]

Reviews the auth-flow mockups in a Figma REST file response (GET /v1/files/:key?plugin_data=shared)
against the five-area checklist and prints a report on stdout.

Options:
  --format json|markdown  report format (default: json, one JSON document)
  --frames id,id          review only these top-level frames (ids as in the file, e.g. 12:34)
  --strict                exit 1 when a core item is not found and not marked not-applicable,
                          or when a core item is marked needs-work
  --file-key KEY          fetch the file from the Figma API instead of reading a path
                          (needs FIGMA_TOKEN; FIGMA_API_BASE overrides https://api.figma.com)
  --help, --version

Exit codes: 0 report printed; 1 strict failures; 2 unreadable input or bad flags (one line on stderr).`;

function takeValue(argv: readonly string[], at: number, flag: string): string {
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command: try "audit <file.json>" or --help');
  if (command !== 'audit') throw new UsageError(`unknown command "${command}": try "audit <file.json>" or --help`);
  const args: AuditArgs = { command: 'audit', file: null, fileKey: null, format: 'json', frameIds: undefined, strict: false };
  for (let at = 0; at < rest.length; at++) {
    const token = rest[at]!;
    const [flag, inline] = token.startsWith('--') && token.includes('=') ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)] : [token, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = takeValue(rest, at, flag);
      at++;
      return next;
    };
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be json or markdown, not "${format}"`);
        args.format = format;
        break;
      }
      case '--frames': {
        const ids = value().split(',').map((id) => id.trim()).filter((id) => id !== '');
        if (ids.length === 0) throw new UsageError('--frames needs at least one frame id');
        args.frameIds = ids;
        break;
      }
      case '--strict':
        if (inline !== undefined) throw new UsageError('--strict takes no value');
        args.strict = true;
        break;
      case '--file-key':
        args.fileKey = value();
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        if (args.file !== null) throw new UsageError(`one file at a time: got "${args.file}" and "${flag}"`);
        args.file = flag;
    }
  }
  if (args.file === null && args.fileKey === null) throw new UsageError('missing input: give a file path or --file-key KEY');
  if (args.file !== null && args.fileKey !== null) throw new UsageError('give either a file path or --file-key, not both');
  return args;
}
