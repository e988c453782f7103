import type { CompiledScenario } from './compiled-scenario';
import type { Diagnostic } from './diagnostic';
import type { CompileOptions } from './ink-compile';
import { buildScenario, type ScenarioSource } from './scenario-build';

/** Every scenario that loaded, and the problems of those that did not: a broken one never hides the rest. */
export interface ScenarioLibrary {
  readonly scenarios: readonly CompiledScenario[];
  readonly diagnostics: readonly Diagnostic[];
  /** Ids of scenario folders that failed to load. */
  readonly broken: readonly string[];
}

export function buildLibrary(
  sources: readonly ScenarioSource[],
  options: CompileOptions = {},
): ScenarioLibrary {
  const scenarios: CompiledScenario[] = [];
  const diagnostics: Diagnostic[] = [];
  const broken: string[] = [];
  for (const source of sources) {
    const build = buildScenario(source, options);
    diagnostics.push(...build.diagnostics);
    if (build.scenario) scenarios.push(build.scenario);
    else broken.push(build.id);
  }
  return { scenarios, diagnostics, broken };
}

export function findScenario(library: ScenarioLibrary, id: string): CompiledScenario | undefined {
  return library.scenarios.find((s) => s.manifest.id === id);
}
