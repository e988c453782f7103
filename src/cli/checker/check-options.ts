import { NEAR_MISS_QUALITIES } from '../../content/quality-vocabulary';
import type { ReplyOptionRecord } from '../../scoring/facts';

/**
 * Suggested replies that need reading (issue "near-misses"): at every reply point at least one
 * plausible reply with a flaw the sources catch, about as long as the model; and the model is not
 * the longest option in most reply points, so length gives nothing away.
 */
/** A near-miss is at least this long against the model reply. */
export const NEAR_MISS_LENGTH = 0.8;
/** The model may be the longest option in at most this share of a scenario's reply points. */
export const MAX_MODEL_LONGEST = 0.4;

export interface OptionsReport {
  readonly points: number;
  readonly modelLongest: number;
  /** Reply points (post ids) with no near-miss option. */
  readonly withoutNearMiss: string[];
}

export function checkOptions(points: ReadonlyMap<string, readonly ReplyOptionRecord[]>): OptionsReport {
  let counted = 0;
  let modelLongest = 0;
  const withoutNearMiss: string[] = [];
  for (const [post, options] of points) {
    const model = options.find((o) => o.model);
    const others = options.filter((o) => !o.model);
    if (!model || others.length === 0) continue;
    counted++;
    const length = [...model.text].length;
    if (others.every((o) => [...o.text].length < length)) modelLongest++;
    const near = others.some(
      (o) =>
        o.qualities.some((q) => NEAR_MISS_QUALITIES.includes(q)) &&
        [...o.text].length >= NEAR_MISS_LENGTH * length,
    );
    if (!near) withoutNearMiss.push(post);
  }
  return { points: counted, modelLongest, withoutNearMiss: withoutNearMiss.sort() };
}
