/**
 * The strong sample with hostile text wherever a file or a reviewer can put it: the file
 * name, a frame name, a layer's text (quoted as evidence) and two saved reviewer notes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INJECTED_NOTE } from '../core/untrusted/hostile-text';

export { INJECTED_NOTE };

export const FILE_NAME = 'Fundly [x](http://evil.example) <b>v3</b>\n::error::forged';
export const FRAME_NAME = 'Why connect <script>alert(2)</script> | \u202egnp.exe';
export const LAYER_TEXT = 'I agree <img src=x onerror=alert(1)> ![pixel](http://evil.example/p.png) to share my accounting data www.evil.example';
/** A note aimed at the CI runner and the terminal. */
export const RUNNER_NOTE = 'line one\n::add-mask::secret\n::stop-commands::abc\n%0A::error::forged\n##[error]legacy\n\u001b[2J\u202eevil\r\nend';

interface RestNode {
  id: string;
  name?: string;
  characters?: string;
  children?: RestNode[];
  sharedPluginData?: Record<string, Record<string, string>>;
}

function find(node: RestNode, id: string): RestNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}

function needsWork(itemId: string, note: string): string {
  return JSON.stringify({ schemaVersion: 2, itemId, frameId: '1:80', status: 'needs-work', note, by: 'Maya Chen', at: '2026-11-26T10:00:00.000Z', history: [] });
}

export function hostileSample(root: string): unknown {
  const file = JSON.parse(readFileSync(join(root, 'samples/strong-onboarding.json'), 'utf8')) as { name: string; document: RestNode };
  file.name = FILE_NAME;
  const frame = find(file.document, '1:80')!;
  frame.name = FRAME_NAME;
  find(file.document, '1:91')!.characters = LAYER_TEXT;
  const ours = frame.sharedPluginData!.authflowreview!;
  ours['item:privacy.consent-action'] = needsWork('privacy.consent-action', INJECTED_NOTE);
  ours['item:privacy.trust-language'] = needsWork('privacy.trust-language', RUNNER_NOTE);
  return file;
}
