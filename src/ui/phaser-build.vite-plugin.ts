import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Phaser's build flags (its webpack config sets them with `typeof NAME`), as the game needs them. */
export interface PhaserBuild {
  readonly webgl: boolean;
}

const PHASER_SRC = fileURLToPath(new URL('../../node_modules/phaser/src/', import.meta.url));
const LEAN_ENTRY = fileURLToPath(new URL('./phaser/phaser-lean.js', import.meta.url));

/**
 * Builds the game's Phaser from Phaser's sources through `src/ui/phaser/phaser-lean.js`, with
 * Phaser's own feature flags set as its webpack build sets them, so the bundle holds what the game
 * uses and no more (sound, WebGL debugging and the optional plugins out; Canvas always in; WebGL
 * when `webgl`). Only the game's build uses it: the benchmark's bare page keeps the prebuilt bundle.
 */
export function phaserBuildPlugin(build: PhaserBuild): Plugin {
  const flags: Record<string, boolean> = {
    CANVAS_RENDERER: true,
    WEBGL_RENDERER: build.webgl,
    WEBGL_DEBUG: false,
    FEATURE_SOUND: false,
    PLUGIN_CAMERA3D: false,
    PLUGIN_FBINSTANT: false,
  };
  const flag = new RegExp(`typeof (${Object.keys(flags).join('|')})\\b`, 'g');
  return {
    name: 'cortafuegos:phaser-build',
    // The lean entry is CommonJS, which only the build converts: `npm start` keeps the prebuilt
    // bundle (the same API; the game asks for the Canvas renderer either way).
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: LEAN_ENTRY },
          { find: /^phaser-src\//, replacement: PHASER_SRC },
        ],
      },
    }),
    transform(code, id) {
      if (!id.replaceAll('\\', '/').includes('/node_modules/phaser/src/')) return null;
      if (!code.includes('typeof ')) return null;
      return { code: code.replace(flag, (_all, name: string) => String(flags[name])), map: null };
    },
  };
}
