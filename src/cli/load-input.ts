/** Reads the REST file once and parses it once: the tree is then read in place, never copied. */
import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error';

function parse(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${source} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function loadFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? 'unreadable';
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
  return parse(text, path);
}

export async function fetchFile(fileKey: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  const token = env.FIGMA_TOKEN;
  if (!token) throw new UsageError('--file-key needs a FIGMA_TOKEN environment variable');
  const base = (env.FIGMA_API_BASE ?? 'https://api.figma.com').replace(/\/+$/, '');
  const url = `${base}/v1/files/${encodeURIComponent(fileKey)}?plugin_data=shared`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'X-Figma-Token': token } });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new UsageError(`cannot reach the Figma API at ${base}: ${cause}`);
  }
  if (!response.ok) throw new UsageError(`the Figma API answered ${response.status} ${response.statusText} for file ${fileKey}`);
  return parse(await response.text(), `the Figma API response for file ${fileKey}`);
}
