import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The page's entry picks the game or a facilitator page, then imports the game's chunks; left
 * alone, the browser only learns of those chunks once the entry has run. This lists the game's
 * chunks (Phaser among them) as `modulepreload` links in `index.html`, so they download alongside
 * the entry, as a page that imports them directly would.
 */
export function preloadGamePlugin(entry = 'src/ui/game.ts'): Plugin {
  return {
    name: 'cortafuegos:preload-game',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('/index.html')) return;
        const files = gameChunkFiles(ctx.bundle, entry);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** The chunk built from `entry` and every chunk it imports statically, depth first. */
function gameChunkFiles(bundle: OutputBundle, entry: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const root = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${entry}`));
  if (!root) throw new Error(`preload-game: no chunk is built from ${entry}`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(root);
  return [...seen];
}
