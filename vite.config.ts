import { defineConfig } from 'vite';
import { scenarioPlugin } from './src/content/scenario.vite-plugin';
import { preloadGamePlugin } from './src/ui/preload-game.vite-plugin';

export default defineConfig({
  base: './',
  plugins: [scenarioPlugin(), preloadGamePlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Phaser's SVG loader cannot read Vite's URL-encoded inline data URIs: always emit files.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        main: 'index.html',
        engineCheck: 'tests/browser/engine-check.html',
        barePhaser: 'tests/bench/bare-phaser.html',
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
