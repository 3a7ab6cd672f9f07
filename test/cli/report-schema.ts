/** Every report a test produces is checked against the published schema (docs/report.schema.json). */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { expect } from 'vitest';
import type { AuditReport } from '../../src/core/report/types';

const schema = JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** The value, typed, after checking it against the schema (the errors are the failure message). */
export function expectValidReport(value: unknown): AuditReport {
  const valid = validate(value);
  expect(valid ? [] : validate.errors, 'report matches docs/report.schema.json').toEqual([]);
  return value as AuditReport;
}
