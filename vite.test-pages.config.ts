import { defineConfig } from 'vite';
import { scenarioPlugin } from './src/content/scenario.vite-plugin';

/**
 * The pages only tests and benchmarks open, built apart from the game so that `dist/` ships the
 * game alone: the engine and grader checks (the engine and the grader in the browser, for the
 * determinism tests), the bare Phaser page (the baseline of `bench:browser`) and the test LMS
 * (tests/lms/scorm-host.html, a SCORM 1.2 run-time that opens the package in a frame). `npm run build:test-pages` writes them
 * to `dist-test/`, which the browser tests and the benchmark serve beside `dist/`.
 */
export default defineConfig({
  base: './',
  plugins: [scenarioPlugin()],
  build: {
    outDir: 'dist-test',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        engineCheck: 'tests/browser/engine-check.html',
        graderCheck: 'tests/browser/grader-check.html',
        barePhaser: 'tests/bench/bare-phaser.html',
        scormHost: 'tests/lms/scorm-host.html',
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
