import type { CompiledScenario } from '../../content/compiled-scenario';
import { LANGS } from '../../content/scenario.schema';
import { scoreSession } from '../../scoring/score';
import { playHeadless } from '../../sim/headless';
import { exemplaryPolicy, randomPolicy } from '../../sim/policies';
import type { Policy } from '../../sim/policy';
import { firstOptionPlayer, longestOptionPlayer } from './shortcut-players';

/** A shortcut player may score at most this much above the random player's mean. */
export const SHORTCUT_MARGIN = 5;

export interface PolicyFigures {
  readonly mean: number;
  readonly endings: readonly string[];
}

export interface ShortcutCheck {
  readonly random: PolicyFigures;
  readonly exemplary: PolicyFigures;
  readonly shortcuts: Readonly<Record<string, PolicyFigures>>;
  /** What gives the answer away, one line per shortcut player that games the scenario. */
  readonly gamed: string[];
  readonly errors: string[];
}

const SHORTCUTS = [firstOptionPlayer, longestOptionPlayer];

/** Plays the shortcut players beside random and exemplary, in both languages, on the same seeds. */
export function checkShortcuts(scenario: CompiledScenario, seeds: number): ShortcutCheck {
  const errors: string[] = [];
  const play = (policy: Policy): PolicyFigures => {
    const scores: number[] = [];
    const endings = new Set<string>();
    for (const lang of LANGS)
      for (let seed = 0; seed < seeds; seed++) {
        try {
          const s = playHeadless(scenario, lang, seed, policy);
          scores.push(scoreSession(scenario.manifest, s.log).overall ?? 0);
          endings.add(s.ending ?? '(none)');
        } catch (error) {
          errors.push(`${lang} ${policy.name} seed ${seed}: ${(error as Error).message}`);
        }
      }
    const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
    return { mean, endings: [...endings].sort() };
  };
  const random = play(randomPolicy);
  const exemplary = play(exemplaryPolicy);
  const shortcuts = Object.fromEntries(SHORTCUTS.map((p) => [p.name, play(p)]));
  const gamed: string[] = [];
  for (const [name, f] of Object.entries(shortcuts)) {
    if (f.mean > random.mean + SHORTCUT_MARGIN)
      gamed.push(
        `the ${name} player scores ${f.mean.toFixed(1)}, above the random player's ${random.mean.toFixed(1)} + ${SHORTCUT_MARGIN}`,
      );
    const shared = f.endings.filter((e) => exemplary.endings.includes(e));
    if (shared.length) gamed.push(`the ${name} player reaches the exemplary ending ${shared.join(', ')}`);
  }
  return { random, exemplary, shortcuts, gamed, errors };
}
