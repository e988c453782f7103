import type { ActionType } from '../sim/action';
import { round2 } from '../sim/round';
import type { RuleId } from './rule-ids';
import type { Evidence } from './score.schema';
import type { SourceFile } from './sources';

export interface Anchor {
  readonly post?: string | null;
  readonly action?: ActionType | null;
  readonly reply?: string | null;
}

/** Builds one evidence entry; leaves out empty anchors so the JSON stays small and stable. */
export function evidence(
  rule: RuleId,
  t: number,
  points: number,
  of: number,
  source: SourceFile,
  anchor: Anchor = {},
): Evidence {
  const e: Evidence = { t, rule, points: round2(points), of: round2(of), source };
  if (anchor.post) e.post = anchor.post;
  if (anchor.action) e.action = anchor.action;
  if (anchor.reply) e.reply = anchor.reply;
  return e;
}

/**
 * A principle's score from its evidence: points earned over points at stake, 0–100. Penalties
 * (negative points) can take it to 0 but never below. Null when nothing was judged.
 */
export function ratioScore(items: readonly Evidence[]): number | null {
  if (items.length === 0) return null;
  let points = 0;
  let of = 0;
  for (const e of items) {
    points += e.points;
    of += e.of;
  }
  if (of === 0) return points < 0 ? 0 : 100;
  return Math.round(Math.min(100, Math.max(0, (100 * points) / of)));
}
