/** What the preview page was asked to show, from its query string (?sample=, ?mode=, ?theme=). */
export type SampleName = 'strong' | 'weak';
export type EditorMode = 'figma' | 'dev';
export type Theme = 'light' | 'dark';

export interface PreviewOptions {
  sample: SampleName;
  mode: EditorMode;
  theme: Theme;
}

export function readOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  return {
    sample: params.get('sample') === 'weak' ? 'weak' : 'strong',
    mode: params.get('mode') === 'dev' ? 'dev' : 'figma',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

/** The same page with one option changed (switching sample or mode reloads: a new document). */
export function urlWith(options: PreviewOptions, change: Partial<PreviewOptions>): string {
  const next = { ...options, ...change };
  const params = new URLSearchParams();
  if (next.sample !== 'strong') params.set('sample', next.sample);
  if (next.mode !== 'figma') params.set('mode', next.mode);
  if (next.theme !== 'light') params.set('theme', next.theme);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}
