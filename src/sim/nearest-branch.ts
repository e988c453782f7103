import { isBadQuality, type Quality } from '../content/quality';
import type { ReplyOption } from '../story/beat';
import { sameWords } from './written-reply';

/**
 * The scripted branch a written reply plays: the option whose quality tags are nearest to what the
 * reply was read as, so the public answers what was written and the ink scripts stay as they are.
 *
 * Distance is the weighted size of the symmetric difference between the two sets: a quality in one
 * and not the other costs 1, or 2 when it is a flaw (a reply that blames should meet the branch
 * where the public reacts to blame, however warm the rest of it). Ties go to the option with fewer
 * tags (the plainer reading), then to the lower ink index: deterministic, and independent of the
 * order the options were shown in.
 */
export function distance(a: readonly Quality[], b: readonly Quality[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let d = 0;
  for (const q of sa) if (!sb.has(q)) d += isBadQuality(q) ? 2 : 1;
  for (const q of sb) if (!sa.has(q)) d += isBadQuality(q) ? 2 : 1;
  return d;
}

export function nearestOption(
  options: readonly ReplyOption[],
  qualities: readonly Quality[],
): ReplyOption | null {
  let best: { option: ReplyOption; d: number } | null = null;
  for (const option of options) {
    const d = distance(option.qualities, qualities);
    if (
      !best ||
      d < best.d ||
      (d === best.d &&
        (option.qualities.length < best.option.qualities.length ||
          (option.qualities.length === best.option.qualities.length && option.index < best.option.index)))
    )
      best = { option, d };
  }
  return best?.option ?? null;
}

/** The scripted reply a text writes out, the lowest ink index first. */
export function reproducedOption(options: readonly ReplyOption[], text: string): ReplyOption | null {
  let best: ReplyOption | null = null;
  for (const option of options)
    if ((!best || option.index < best.index) && sameWords(option.text, text)) best = option;
  return best;
}

/**
 * The branch a written reply plays: the scripted reply it writes out word for word (typing slips
 * aside: written-reply.ts `sameWords`), whatever its reading, so a player who writes out the model
 * reply meets the model's public; else the nearest by tags. Chosen when the text is sent: the log
 * keeps the branch, and replay plays it again (perform-action.ts), so sessions played before this
 * rule (grader version 6 and older, when the choice went by tags alone) replay as they were played.
 */
export function branchOf(
  options: readonly ReplyOption[],
  text: string,
  qualities: readonly Quality[],
): ReplyOption | null {
  return reproducedOption(options, text) ?? nearestOption(options, qualities);
}
