import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { es } from './src/app/i18n/messages.es';
import { scenarioPlugin } from './src/content/scenario.vite-plugin';
import { devSocketCspPlugin } from './src/ui/dev-socket-csp.vite-plugin';
import { phaserBuildPlugin } from './src/ui/phaser-build.vite-plugin';
import { preloadGamePlugin } from './src/ui/preload-game.vite-plugin';

/**
 * Installable and offline after the first load: a web app manifest with its icons (PNGs rendered
 * from the logo by `npm run icons`, in `public/icons/`) and a Workbox service worker that
 * precaches the whole build. The worker is registered by `src/ui/offline-updates.ts`
 * (`injectRegister: null`: no script is added to index.html, whose CSP allows none inline) and a
 * new version waits for the player (`registerType: 'prompt'`).
 */
const pwa = VitePWA({
  strategies: 'generateSW',
  // The same minified worker whoever builds (the plugin reads NODE_ENV otherwise, "test" in Vitest).
  mode: 'production',
  registerType: 'prompt',
  injectRegister: null,
  // The icons are in the glob below already.
  includeManifestIcons: false,
  manifest: {
    id: './',
    name: 'Cortafuegos',
    short_name: 'Cortafuegos',
    description: es['app.tagline'],
    lang: 'es',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'landscape',
    background_color: '#10151c',
    theme_color: '#10151c',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // Everything the build writes: the menu, every scenario's chunk, the facilitator pages (the
    // board works offline too) and the small socket.io client, which a team page served by the
    // workshop server loads.
    // (The plugin adds the manifest itself.)
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // The game chunk is 1.5 MB; the default limit (2 MiB) would drop it silently as it grows:
    // tests/build checks that every chunk is in the precache.
    maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
    // Any navigation (deep links, `?view=board`) gets the one page, from the cache when offline.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first worker takes the page it was installed from (nothing to replace); a new version
    // waits until the player asks for it.
    clientsClaim: true,
    skipWaiting: false,
  },
});

/** The game: `index.html` alone (the test pages build apart, see vite.test-pages.config.ts). */
export default defineConfig({
  base: './',
  plugins: [
    phaserBuildPlugin({ webgl: false }),
    scenarioPlugin(),
    preloadGamePlugin(),
    devSocketCspPlugin(),
    pwa,
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Phaser's SVG loader cannot read Vite's URL-encoded inline data URIs: always emit files.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
