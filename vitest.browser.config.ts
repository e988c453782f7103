import { defineConfig } from 'vitest/config';

/** Real-browser tests: Debian Chromium driven by playwright-core against the built game. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Some tests check in Node what the page produced (a results file re-graded): both lexicons.
    setupFiles: ['tests/setup/lexicons.ts'],
  },
});
