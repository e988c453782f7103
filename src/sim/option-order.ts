import type { ChoicePoint } from '../story/beat';
import type { Rng } from './rng';

/**
 * The order a reply point's or composer's options are shown in: a seeded shuffle per session, so
 * the model reply is not a position (always first, say) a player can learn instead of reading.
 * The options keep their ink `index`, which actions name. Drawn from the session's own order
 * stream, apart from the crowd's, so the crowd does not change with how many options were shown.
 */
export function shuffledPoint(point: ChoicePoint, rng: Rng): ChoicePoint {
  const options = [...point.options];
  for (let i = options.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [options[i], options[j]] = [
      options[j] as (typeof options)[number],
      options[i] as (typeof options)[number],
    ];
  }
  return { ...point, options };
}
