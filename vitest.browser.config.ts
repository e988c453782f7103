import { defineConfig } from 'vitest/config';

/** Real-browser tests: Debian Chromium driven by playwright-core against the built game. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
