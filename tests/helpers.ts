import { resolve } from 'node:path';
import type { CompiledScenario } from '../src/content/compiled-scenario';
import { readScenarioSources } from '../src/content/scenario-files';
import { buildLibrary, type ScenarioLibrary } from '../src/content/scenario-library';

export const FIXTURES = resolve(__dirname, 'fixtures/scenarios');

let fixtures: ScenarioLibrary | null = null;
let real: ScenarioLibrary | null = null;

export function fixtureLibrary(): ScenarioLibrary {
  fixtures ??= buildLibrary(readScenarioSources(FIXTURES));
  return fixtures;
}

export function realLibrary(): ScenarioLibrary {
  real ??= buildLibrary(readScenarioSources(resolve(__dirname, '../scenarios')));
  return real;
}

export function mini(): CompiledScenario {
  const s = fixtureLibrary().scenarios.find((x) => x.manifest.id === 'mini');
  if (!s) throw new Error(`mini fixture failed to load: ${JSON.stringify(fixtureLibrary().diagnostics)}`);
  return s;
}
