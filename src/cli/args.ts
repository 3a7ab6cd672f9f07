import { looksLikeFigmaLink } from './fetch/figma-link';
import { UsageError } from './usage-error';

export type OutputFormat = 'json' | 'markdown' | 'github' | 'junit';

const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'markdown', 'github', 'junit'];

export interface AuditArgs {
  command: 'audit';
  file: string | null;
  /** A file key or a pasted Figma link (see fetch/figma-link.ts). */
  fileKey: string | null;
  versionId: string | null;
  timeoutSeconds: number | null;
  format: OutputFormat;
  frameIds: string[] | undefined;
  /** Pages by name or id (--page, repeatable); empty: the default pages. */
  pages: string[];
  allPages: boolean;
  strict: boolean;
}

export type CliArgs = AuditArgs | { command: 'help' } | { command: 'version' };

export const HELP = `Usage: auth-flow-review audit <file.json> [options]
       auth-flow-review audit <figma link> [options]
       auth-flow-review audit --file-key KEY|LINK [options]

Reviews the auth-flow mockups in a Figma REST file response (GET /v1/files/:key?plugin_data=shared)
against the five-area checklist and prints a report on stdout.

Options:
  --format FORMAT         report format: json (default, one JSON document), markdown (a
                          hand-off document), github (GitHub Actions annotations: one per core
                          item that fails the strict check, errors with --strict, else
                          warnings, then a summary line) or junit (JUnit XML for CI dashboards)
  --page NAME|ID          review this page (repeatable); default: the pages that hold a
                          prototype starting point, else the first page
  --all-pages             review every page
  --frames id,id          review only these top-level frames or sections (ids as in the file,
                          e.g. 12:34; a section stands for its screens)
  --strict                exit 1 when a core item is not found and not marked not-applicable,
                          or when a core item is marked needs-work
  --file-key KEY|LINK     fetch the file from the Figma API instead of reading a path; a link
                          (https://www.figma.com/design/KEY/Name?node-id=12-34, also /file/,
                          /proto/, /board/ and branch links) may also be given in place of the
                          path, and its node-id reviews only that page, frame or section (a
                          layer: the frame holding it; --frames or --page win); with a file
                          path, only names the file so the report links to the design
  --version-id ID         audit this saved version of the file instead of the current one
  --timeout SECONDS       time limit for each request to the Figma API (default 120; connecting
                          is limited to 30 s or this, whichever is shorter)
  --help, --version

The Figma API: FIGMA_TOKEN (personal access token, sent as X-Figma-Token) or FIGMA_OAUTH_TOKEN
(OAuth, sent as Authorization: Bearer); neither is ever printed. FIGMA_API_BASE overrides
https://api.figma.com; HTTPS_PROXY and NO_PROXY are honoured. Rate limits (429) are waited
out up to 60 s, server errors and dropped connections retried (4 attempts in all); each wait
is printed on stderr.

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
  const args: AuditArgs = { command: 'audit', file: null, fileKey: null, versionId: null, timeoutSeconds: null, format: 'json', frameIds: undefined, pages: [], allPages: false, strict: false };
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
        if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be json or markdown (or github, junit for CI), not "${format}"`);
        args.format = format as OutputFormat;
        break;
      }
      case '--frames': {
        const ids = value().split(',').map((id) => id.trim()).filter((id) => id !== '');
        if (ids.length === 0) throw new UsageError('--frames needs at least one frame id');
        args.frameIds = ids;
        break;
      }
      case '--page': {
        const page = value();
        if (page.trim() === '') throw new UsageError('--page needs a page name or id');
        args.pages.push(page);
        break;
      }
      case '--all-pages':
        if (inline !== undefined) throw new UsageError('--all-pages takes no value');
        args.allPages = true;
        break;
      case '--strict':
        if (inline !== undefined) throw new UsageError('--strict takes no value');
        args.strict = true;
        break;
      case '--file-key':
        if (args.fileKey !== null) throw new UsageError('one Figma file at a time: --file-key was given twice, or with a link');
        args.fileKey = value();
        break;
      case '--version-id': {
        const id = value().trim();
        if (!/^[0-9]+$/.test(id)) throw new UsageError(`--version-id must be a Figma version id (digits), not "${id}"`);
        args.versionId = id;
        break;
      }
      case '--timeout': {
        const text = value();
        const seconds = Number(text);
        if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a number of seconds above 0, not "${text}"`);
        args.timeoutSeconds = seconds;
        break;
      }
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        if (looksLikeFigmaLink(flag) && args.file === null && args.fileKey === null) {
          args.fileKey = flag;
          break;
        }
        if (args.file !== null) throw new UsageError(`one file at a time: got "${args.file}" and "${flag}"`);
        args.file = flag;
    }
  }
  if (args.file === null && args.fileKey === null) throw new UsageError('missing input: give a file path or --file-key KEY');
  if (args.allPages && args.pages.length > 0) throw new UsageError('give either --page or --all-pages, not both');
  if (args.versionId !== null && (args.fileKey === null || args.file !== null)) {
    throw new UsageError('--version-id applies to a file fetched from the Figma API (--file-key or a link, without a path): a saved file is already one version');
  }
  return args;
}
