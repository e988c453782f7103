import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readScenarioSources } from './scenario-files';
import { buildLibrary } from './scenario-library';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Compiles every scenario's ink at build time, so the browser bundle carries only the ink runtime.
 * A broken scenario becomes diagnostics in the module (and a warning in the terminal) instead of
 * failing the build, so the others still load.
 */
export function scenarioPlugin(options: { root?: string } = {}): Plugin {
  let root = '';
  return {
    name: 'cortafuegos-scenarios',
    configResolved(config) {
      root = resolve(config.root, options.root ?? 'scenarios');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const sources = readScenarioSources(root, resolve(root, '..'));
      for (const s of sources)
        for (const f of Object.keys(s.files)) this.addWatchFile(resolve(root, s.id, f));
      const library = buildLibrary(sources);
      for (const d of library.diagnostics) {
        this.warn(`${d.file}${d.line !== undefined ? `:${d.line}` : ''}: [${d.rule}] ${d.message}`);
      }
      return `export default ${JSON.stringify(library)};`;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(root)) return;
      const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) {
        ctx.server.moduleGraph.invalidateModule(mod);
        ctx.server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
