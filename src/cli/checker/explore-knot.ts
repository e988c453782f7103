import type { CompiledScenario } from '../../content/compiled-scenario';
import type { Lang } from '../../content/scenario.schema';
import { StoryRunner } from '../../story/story-runner';
import { overLength } from './option-length';

export interface KnotExploration {
  readonly knot: string;
  /** Complete paths through the knot's choices (trigger choices included). */
  readonly paths: number;
  /** False when the path limit was hit before every branch was walked. */
  readonly exhaustive: boolean;
  /** Choice paths (ink choice indices) that ran out of content without DONE or END. */
  readonly deadEnds: string[];
  /** Knots entered on some path. */
  readonly visited: ReadonlySet<string>;
  /**
   * Suggested replies longer than the composer lets a player write in their place (a public reply
   * 280 characters, the rest 1,000): a player writing the model reply could not send it.
   */
  readonly tooLong: readonly string[];
}

/**
 * Walks every branch of one knot, depth first, replaying each choice path in a fresh story so the
 * walk needs no state snapshots. Engine variables keep their declared values here; seeded
 * sessions cover what depends on them.
 */
export function exploreKnot(
  scenario: CompiledScenario,
  lang: Lang,
  knot: string,
  /** A statement's or update's knot: its options are written in the 1,000-character composer. */
  menu = false,
  limit = 400,
): KnotExploration {
  const file = `scenarios/${scenario.manifest.id}/${scenario.manifest.id}.${lang}.ink`;
  const visited = new Set<string>();
  const deadEnds: string[] = [];
  const tooLong = new Set<string>();
  let paths = 0;
  let exhaustive = true;
  const walk = (path: number[]): void => {
    if (paths >= limit) {
      exhaustive = false;
      return;
    }
    const runner = new StoryRunner(scenario.stories[lang], file, 1);
    let beat = runner.start('explore', knot);
    for (const index of path) beat = runner.choose('explore', index);
    for (const o of beat.choices ? [...beat.choices.options, ...beat.choices.writtenOnly] : []) {
      const over = overLength(o, menu);
      if (over) tooLong.add(over);
    }
    const choices = beat.choices
      ? [
          ...beat.choices.options.map((o) => o.index),
          ...beat.choices.writtenOnly.map((o) => o.index),
          ...Object.values(beat.choices.triggers),
        ]
      : [];
    if (choices.length === 0) {
      paths++;
      for (const k of runner.knots()) if (runner.visits(k) > 0) visited.add(k);
      if (runner.deadEnds.length > 0) deadEnds.push(path.join('.') || '(start)');
      return;
    }
    for (const index of [...new Set(choices)].sort((a, b) => a - b)) walk([...path, index]);
  };
  walk([]);
  return { knot, paths, exhaustive, deadEnds, visited, tooLong: [...tooLong] };
}
