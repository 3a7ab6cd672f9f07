import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built panel in Debian's Chromium; one file at a time keeps 2-core machines calm.
export default defineConfig({
  test: {
    // The JSON report feeds the one-line total that `npm test` ends with (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-e2e.json' },
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120000,
    hookTimeout: 120000,
    fileParallelism: false,
  },
});
