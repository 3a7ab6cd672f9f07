// Ends `npm test` with one plain total over every vitest run (unit, component, end-to-end),
// read from the JSON reports the vitest configs write.
import { readFileSync } from 'node:fs';

const runs = ['unit', 'e2e'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const run of runs) {
  const path = `test-artifacts/vitest-${run}.json`;
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`test summary: ${path} is missing or unreadable — did the ${run} tests run?`);
    process.exit(1);
  }
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
