import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from './diagnostic';
import { readScenarioSources } from './scenario-files';
import { buildLibrary, type ScenarioLibrary } from './scenario-library';

const CATALOG_ID = 'virtual:scenarios';
const STORY_PREFIX = 'virtual:scenario-story:';

/**
 * Compiles every scenario's ink at build time, so the browser bundle carries only the ink runtime.
 * `virtual:scenarios` holds the sidecars and the diagnostics; each scenario's compiled stories are a
 * separate chunk loaded when it is opened. A broken scenario becomes diagnostics (and a warning in
 * the terminal) instead of failing the build, so the others still load.
 */
export function scenarioPlugin(options: { root?: string } = {}): Plugin {
  let root = '';
  let library: ScenarioLibrary | null = null;
  const build = (): ScenarioLibrary => {
    library ??= buildLibrary(readScenarioSources(root, resolve(root, '..')));
    return library;
  };
  return {
    name: 'cortafuegos-scenarios',
    configResolved(config) {
      root = resolve(config.root, options.root ?? 'scenarios');
    },
    buildStart() {
      library = null;
    },
    resolveId(id) {
      return id === CATALOG_ID || id.startsWith(STORY_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${CATALOG_ID}`) {
        const lib = build();
        for (const s of readScenarioSources(root, resolve(root, '..'))) {
          for (const f of Object.keys(s.files)) this.addWatchFile(resolve(root, s.id, f));
        }
        for (const d of lib.diagnostics) this.warn(formatDiagnostic(d));
        const manifests = lib.scenarios.map((s) => s.manifest);
        const loaders = lib.scenarios
          .map(
            (s) =>
              `${JSON.stringify(s.manifest.id)}: () => import(${JSON.stringify(STORY_PREFIX + s.manifest.id)})`,
          )
          .join(',\n');
        return `
const manifests = ${JSON.stringify(manifests)};
const loaders = {${loaders}};
const loaded = new Map();
export default {
  manifests,
  diagnostics: ${JSON.stringify(lib.diagnostics)},
  broken: ${JSON.stringify(lib.broken)},
  load(id) {
    const manifest = manifests.find((m) => m.id === id);
    if (!manifest || !loaders[id]) return Promise.reject(new Error('no scenario "' + id + '"'));
    if (!loaded.has(id)) loaded.set(id, loaders[id]().then((m) => ({ manifest, stories: m.default })));
    return loaded.get(id);
  },
};`;
      }
      if (id.startsWith(`\0${STORY_PREFIX}`)) {
        const scenario = build().scenarios.find((s) => s.manifest.id === id.slice(STORY_PREFIX.length + 1));
        if (!scenario) return null;
        return `export default ${JSON.stringify(scenario.stories)};`;
      }
      return null;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(root)) return;
      library = null;
      for (const mod of ctx.server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0virtual:scenario')) ctx.server.moduleGraph.invalidateModule(mod);
      }
      ctx.server.ws.send({ type: 'full-reload' });
    },
  };
}
