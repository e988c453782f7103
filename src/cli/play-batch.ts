import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import { scoreSession } from '../scoring/score';
import type { Score } from '../scoring/score.schema';
import { playHeadless } from '../sim/headless';
import type { Policy } from '../sim/policy';

export interface Batch {
  readonly played: number;
  readonly endings: Record<string, number>;
  /** [seed, score] per session, when scoring was asked for. */
  readonly scores: [number, Score][];
}

/**
 * Plays the seeds `first + k·stride` for k = 0, 1, … while `more(k)` holds, counting endings and
 * scoring each session when asked: the loop of `sim --runs`, in one thread or in each worker.
 */
export function playBatch(
  scenario: CompiledScenario,
  lang: Lang,
  policy: Policy,
  seeds: { first: number; stride: number; more: (k: number) => boolean },
  score: boolean,
  onPlayed?: (played: number) => void,
): Batch {
  const endings: Record<string, number> = {};
  const scores: [number, Score][] = [];
  let played = 0;
  for (let k = 0; seeds.more(k); k++) {
    const seed = seeds.first + k * seeds.stride;
    const session = playHeadless(scenario, lang, seed, policy);
    const id = session.ending ?? '(none)';
    endings[id] = (endings[id] ?? 0) + 1;
    if (score) scores.push([seed, scoreSession(scenario.manifest, session.log)]);
    // Counted apart from the callback: `onPlayed?.(++played)` skips the increment when it is absent.
    played++;
    onPlayed?.(played);
  }
  return { played, endings, scores };
}
