/**
 * The audit as a JUnit XML report for CI dashboards: one test suite per checklist area, one
 * test case per item (29). A core item that fails the strict check (marked needs work, or
 * not found and not marked not applicable) is a failure; an item marked not applicable, and
 * a bonus item not marked pass, is skipped; every other item passes. Each case's output
 * says what was detected and what the reviewer recorded. Text from the file or a reviewer
 * goes through `xmlText` / `xmlAttribute`, so every element stays on one line.
 */
import { CHECKLIST, getItem } from '../checklist';
import { xmlAttribute, xmlText } from '../untrusted';
import { strictFailures } from './strict';
import type { AuditReport, ReportItem } from './types';

type Outcome = { kind: 'passed' } | { kind: 'failure'; type: string; message: string; body: string } | { kind: 'skipped'; message: string };

function outcomeOf(item: ReportItem, failing: ReadonlySet<string>): Outcome {
  const content = getItem(item.id);
  if (failing.has(item.id)) {
    return item.status === 'needs-work'
      ? { kind: 'failure', type: 'needs-work', message: 'Marked needs work', body: item.note ?? 'No note.' }
      : { kind: 'failure', type: 'not-found', message: 'Not found in the mockups and not marked not applicable', body: content.hint };
  }
  if (item.status === 'not-applicable') return { kind: 'skipped', message: 'Marked not applicable' };
  if (content.bonus && item.status !== 'pass') return { kind: 'skipped', message: 'Bonus item: recommended, not required' };
  return { kind: 'passed' };
}

function attributes(values: Record<string, string | number>): string {
  return Object.keys(values).map((key) => `${key}="${xmlAttribute(String(values[key]))}"`).join(' ');
}

function testCase(item: ReportItem, outcome: Outcome): string[] {
  const content = getItem(item.id);
  const lines = [`    <testcase ${attributes({ name: `${content.title} (${item.id})`, classname: `auth-flow-review.${item.area}` })}>`];
  if (outcome.kind === 'failure') lines.push(`      <failure ${attributes({ type: outcome.type, message: outcome.message })}>${xmlText(outcome.body)}</failure>`);
  if (outcome.kind === 'skipped') lines.push(`      <skipped ${attributes({ message: outcome.message })}/>`);
  const output = [`Detection: ${item.detection}. ${item.reason}`];
  // The mockup text that is the evidence, quoted as it reads in the design.
  if (item.evidence.length > 0) output.push(`Evidence: ${item.evidence.map((entry) => `“${entry.text}” (${entry.id})`).join(', ')}`);
  output.push(`Status: ${item.status}.`);
  if (item.note !== null) output.push(`Note: ${item.note}`);
  lines.push(`      <system-out>${xmlText(output.join('\n'))}</system-out>`, '    </testcase>');
  return lines;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function count(outcomes: readonly Outcome[]): Counts {
  return {
    tests: outcomes.length,
    failures: outcomes.filter((outcome) => outcome.kind === 'failure').length,
    errors: 0,
    skipped: outcomes.filter((outcome) => outcome.kind === 'skipped').length,
  };
}

export function renderJunit(report: AuditReport): string {
  const failing = new Set<string>(strictFailures(report).map((item) => item.id));
  const outcomes = new Map(report.items.map((item) => [item.id, outcomeOf(item, failing)] as const));
  const suites: string[] = [];
  for (const area of CHECKLIST) {
    const items = report.items.filter((item) => item.area === area.id);
    suites.push(`  <testsuite ${attributes({ name: area.title, id: area.id, ...count(items.map((item) => outcomes.get(item.id)!)) })}>`);
    for (const item of items) suites.push(...testCase(item, outcomes.get(item.id)!));
    suites.push('  </testsuite>');
  }
  const name = `Auth flow review: ${report.file.name || 'untitled file'}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attributes({ name, ...count([...outcomes.values()]) })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
