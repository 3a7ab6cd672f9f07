/** A plain text table for the terminal: left-aligned labels, right-aligned figures. */
export type Row = [label: string, value: string, note?: string];

export function renderTable(title: string, rows: Row[]): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  const lines = rows.map(([label, value, note]) => `  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}${note ? `  ${note}` : ''}`);
  return [title, ...lines].join('\n');
}

export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits);
}
