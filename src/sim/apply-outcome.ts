import type { Outcome } from './consequences';
import { applyDelta } from './metrics';
import type { CrisisSession } from './session';

/** Applies an outcome to the public and records it as a consequence in the log. */
export function applyOutcome(s: CrisisSession, o: Outcome, post: string | null): void {
  applyDelta(s.metrics, o.heat, o.sentiment);
  const r = (v: number): number => Math.round(v * 100) / 100;
  s.record({ t: s.now, type: 'consequence', effect: o.effect, post, heat: r(o.heat), sentiment: r(o.sentiment) });
  if (o.trollCopycats) {
    s.metrics.trollsFed++;
    s.spawnCrowd('troll', o.trollCopycats * s.manifest.crowd.trollCopycats);
  }
  if (o.backlashPosts) s.spawnCrowd('complaint', o.backlashPosts);
}
