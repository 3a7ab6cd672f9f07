import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandData, commandProperty, workflowCommand } from '../../../src/core/untrusted';
import { hostileText, INJECTED_NOTE } from './hostile-text';
import { lastValueAsKept, readRunnerOutput } from './workflow-command-parse';

describe('workflow command encoding', () => {
  it('encodes what the runner decodes', () => {
    expect(commandData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(commandProperty('Needs work: a, b')).toBe('Needs work%3A a%2C b');
  });

  it('keeps a note that tries to start its own commands inside one command', () => {
    const line = workflowCommand('error', [['title', 'Needs work: x']], `${INJECTED_NOTE}\n::add-mask::secret\n::stop-commands::token\n::error::forged`);
    const read = readRunnerOutput(`${line}\n`);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ kind: 'command', command: { name: 'error', properties: { title: 'Needs work: x' } } });
  });

  it('parses back to exactly one command carrying the original title, file and message, for any text', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, file, message) => {
        const read = readRunnerOutput(`${workflowCommand('warning', [['title', title], ['file', file]], message)}\n`);
        expect(read).toHaveLength(1);
        const [only] = read;
        expect(only?.kind).toBe('command');
        if (only?.kind !== 'command') return;
        expect(only.command.name).toBe('warning');
        // The runner drops empty values and trims the property list, so the last value loses
        // its trailing white space.
        const properties: Record<string, string> = {};
        if (title !== '') properties.title = title;
        if (lastValueAsKept(file) !== '') properties.file = lastValueAsKept(file);
        expect(only.command.properties).toEqual(properties);
        expect(only.command.message).toBe(message);
      }),
      { numRuns: 1000 },
    );
  });
});
