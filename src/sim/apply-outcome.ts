import type { Outcome } from './consequences';
import { applyDelta } from './metrics';
import { round2 } from './round';
import type { SessionCore } from './session-core';

/** Applies an outcome to the public and records it as a consequence in the log. */
export function applyOutcome(s: SessionCore, o: Outcome, post: string | null): void {
  applyDelta(s.metrics, o.heat, o.sentiment);
  s.record({
    t: s.now,
    type: 'consequence',
    effect: o.effect,
    post,
    heat: round2(o.heat),
    sentiment: round2(o.sentiment),
    ...(s.cause === null ? {} : { action: s.cause }),
  });
  // Only a scripted persona's case sets off new posts at once; the crowd model already makes the
  // crowd's own echoes more likely, and a chain of echoes of echoes would never end.
  const scripted = post !== null && s.post(post)?.crowd === false;
  if (o.trollCopycats) {
    s.metrics.trollsFed++;
    if (scripted) s.spawnCrowd('troll', o.trollCopycats * s.manifest.crowd.trollCopycats);
  }
  if (o.backlashPosts && scripted) s.spawnCrowd('complaint', o.backlashPosts);
}
