/** What the help popover lists; the handler in use-shortcuts.ts implements exactly these. */
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['j', '↓'], action: 'Next item' },
  { keys: ['k', '↑'], action: 'Previous item' },
  { keys: ['1'], action: 'Pass' },
  { keys: ['2'], action: 'Needs work' },
  { keys: ['3'], action: 'Not applicable' },
  { keys: ['0'], action: 'Clear the verdict (not reviewed)' },
  { keys: ['n'], action: 'Write a note on the item' },
  { keys: ['s'], action: 'Show the evidence on the canvas' },
  { keys: ['['], action: 'Previous step' },
  { keys: [']'], action: 'Next step' },
  { keys: ['?'], action: 'Show or hide this help' },
  { keys: ['Esc'], action: 'Leave a note field / close this help' },
];
