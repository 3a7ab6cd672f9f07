/** A layer name shortened at a word boundary with an ellipsis ("Hi Maya, you are one step…"). */
export function shortName(name: string, max = 32): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  // A single very long word is cut where it must be; otherwise at the last whole word.
  const head = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.·–—-]+$/, '')}…`;
}
