import { resolve } from 'node:path';
import { formatDiagnostic } from '../content/diagnostic';
import { readScenarioSources } from '../content/scenario-files';
import { buildLibrary, type ScenarioLibrary } from '../content/scenario-library';

/** The scenario library as the CLI sees it: compiled from `scenarios/` with the same helper as the build. */
export function loadLibrary(root = resolve(process.cwd(), 'scenarios')): ScenarioLibrary {
  return buildLibrary(readScenarioSources(root));
}

export function reportDiagnostics(library: ScenarioLibrary): void {
  for (const d of library.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
}
