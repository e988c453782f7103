import type { CompiledScenario } from './compiled-scenario';
import type { Diagnostic } from './diagnostic';
import type { ScenarioManifest } from './scenario.schema';

/**
 * The scenarios as the browser sees them: every sidecar at once (for the menu), each compiled
 * story only when that scenario is opened, so the first screen loads no ink it does not need.
 */
export interface ScenarioCatalog {
  readonly manifests: readonly ScenarioManifest[];
  readonly diagnostics: readonly Diagnostic[];
  readonly broken: readonly string[];
  load(id: string): Promise<CompiledScenario>;
}
