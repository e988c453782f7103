import type { Lang, ScenarioManifest } from './scenario.schema';

/** A scenario ready to play: its validated sidecar and its compiled ink per language (ink JSON). */
export interface CompiledScenario {
  readonly manifest: ScenarioManifest;
  readonly stories: Readonly<Record<Lang, string>>;
}
