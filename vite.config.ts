import { defineConfig } from 'vite';
import { scenarioPlugin } from './src/content/scenario.vite-plugin';
import { devSocketCspPlugin } from './src/ui/dev-socket-csp.vite-plugin';
import { preloadGamePlugin } from './src/ui/preload-game.vite-plugin';

/** The game: `index.html` alone (the test pages build apart, see vite.test-pages.config.ts). */
export default defineConfig({
  base: './',
  plugins: [scenarioPlugin(), preloadGamePlugin(), devSocketCspPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Phaser's SVG loader cannot read Vite's URL-encoded inline data URIs: always emit files.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
