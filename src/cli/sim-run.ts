import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import { playHeadless } from '../sim/headless';
import type { Policy } from '../sim/policy';

export interface SessionReport {
  scenario: string;
  lang: Lang;
  seed: number;
  policy: string;
  events: unknown[];
  ended: boolean;
  ending: string | null;
}

export interface RunsReport {
  scenario: string;
  lang: Lang;
  policy: string;
  runs: number;
  playthroughsPerSecond: number;
  endings: Record<string, number>;
}

export function runOne(scenario: CompiledScenario, lang: Lang, seed: number, policy: Policy): SessionReport {
  const s = playHeadless(scenario, lang, seed, policy);
  return {
    scenario: scenario.manifest.id,
    lang,
    seed,
    policy: policy.name,
    events: s.log,
    ended: s.ended,
    ending: s.ending,
  };
}

export function runMany(
  scenario: CompiledScenario,
  lang: Lang,
  seed: number,
  runs: number,
  policy: Policy,
  onProgress?: (done: number) => void,
): RunsReport {
  const endings: Record<string, number> = {};
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const s = playHeadless(scenario, lang, seed + i, policy);
    const id = s.ending ?? '(none)';
    endings[id] = (endings[id] ?? 0) + 1;
    onProgress?.(i + 1);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    scenario: scenario.manifest.id,
    lang,
    policy: policy.name,
    runs,
    playthroughsPerSecond: Math.round((runs / Math.max(seconds, 1e-9)) * 10) / 10,
    endings,
  };
}
