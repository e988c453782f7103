import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Hooks compile the real scenarios and play sessions: seconds on a busy two-core machine.
    hookTimeout: 60_000,
    pool: 'forks',
    // The grader's lexicons load per language on demand; the tests grade with both.
    setupFiles: ['tests/setup/lexicons.ts'],
  },
});
