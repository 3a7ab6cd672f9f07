/**
 * Reads workflow commands from output the way the GitHub Actions runner does: output is read
 * line by line (CR, LF or CRLF end a line); a line whose text, leading whitespace trimmed,
 * starts with `::` is a command up to the next `::`, its name up to the first space, then
 * comma-separated key=value properties; `##[` starts the older form of command. Values and
 * the message are decoded with the runner's replacements, in its order.
 */
export interface ParsedCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

export type OutputLine = { kind: 'command'; command: ParsedCommand } | { kind: 'legacy-command'; text: string } | { kind: 'text'; text: string };

function unescapeData(text: string): string {
  return text.split('%0D').join('\r').split('%0A').join('\n').split('%25').join('%');
}

function unescapeProperty(text: string): string {
  return text.split('%0D').join('\r').split('%0A').join('\n').split('%3A').join(':').split('%2C').join(',').split('%25').join('%');
}

/** .NET's String.Trim(): Unicode white space, NEL included. */
function dotnetTrim(text: string): string {
  return text.replace(DOTNET_SPACE_START, '').replace(DOTNET_SPACE_END, '');
}

const DOTNET_SPACE = '\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000';
const DOTNET_SPACE_START = new RegExp(`^[${DOTNET_SPACE}]+`);
const DOTNET_SPACE_END = new RegExp(`[${DOTNET_SPACE}]+$`);
const SPACE_KEPT_ENCODED_END = new RegExp(`[${DOTNET_SPACE.replace('\n', '').replace('\r', '')}]+$`);

/** A last property value as the runner keeps it: trailing white space goes, but CR and LF travel encoded and stay. */
export function lastValueAsKept(value: string): string {
  return value.replace(SPACE_KEPT_ENCODED_END, '');
}

function parseCommand(line: string): ParsedCommand | null {
  const end = line.indexOf('::', 2);
  if (end < 0) return null;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of dotnetTrim(info.slice(space + 1)).split(',').filter((entry) => entry !== '')) {
      const equals = pair.indexOf('=');
      if (equals > 0 && equals < pair.length - 1) properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  return { name, properties, message: unescapeData(line.slice(end + 2)) };
}

export function readRunnerOutput(output: string): OutputLine[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line): OutputLine => {
    const trimmed = line.replace(DOTNET_SPACE_START, '');
    if (trimmed.startsWith('##[')) return { kind: 'legacy-command', text: line };
    if (trimmed.startsWith('::')) {
      const command = parseCommand(trimmed);
      if (command !== null) return { kind: 'command', command };
    }
    return { kind: 'text', text: line };
  });
}
