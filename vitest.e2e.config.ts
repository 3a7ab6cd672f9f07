import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built panel in Debian's Chromium; one file at a time keeps 2-core machines calm.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120000,
    hookTimeout: 120000,
    fileParallelism: false,
  },
});
