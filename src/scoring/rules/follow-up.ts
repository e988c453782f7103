import { evidence } from '../evidence';
import { firstReply, has } from '../facts';
import { substantialUpdate } from '../ledger';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import { promptness } from '../timing';
import type { RuleInput } from './input';

/**
 * Follow-up: "haz un seguimiento de la crisis … nunca debes dar un problema por terminado. Siempre
 * debes estar atento en caso de surgir un rebrote" (001, paso 6); "arréglalo y hazle saber que lo
 * estás arreglando" (004). Three things are read: the promises of an update in the ledger, the
 * posts that arrive in the last third of the session (does the player still watch?), and whether a
 * brand-wide crisis ever got an update at all.
 */
const PROMISE_WEIGHT = 1.5;
const FLARE_UP_WEIGHT = 1.5;
/** Answering a flare-up as if it were over ("all sorted", "already answered") is not watching it. */
const AS_IF_CLOSED = ['dismisses', 'deceives', 'belittles'] as const;
/** A post in the last third of the session tests whether the player still watches. */
export const LATE_FRACTION = 2 / 3;

export function followUpRules({ facts: f, ledger }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const item of ledger) {
    const anchor = { post: item.post, reply: item.reply };
    if (item.status === 'kept')
      out.push(
        evidence(
          'follow_up.promise_kept',
          item.closedAt ?? item.t,
          PROMISE_WEIGHT,
          PROMISE_WEIGHT,
          SOURCES.proteger,
          anchor,
        ),
      );
    else if (item.status === 'hollow')
      out.push(
        evidence(
          'follow_up.promise_hollow',
          item.closedAt ?? item.t,
          0.25 * PROMISE_WEIGHT,
          PROMISE_WEIGHT,
          SOURCES.proteger,
          anchor,
        ),
      );
    else if (item.status === 'broken')
      out.push(evidence('follow_up.promise_broken', item.t, 0, PROMISE_WEIGHT, SOURCES.proteger, anchor));
  }
  const late = f.duration * LATE_FRACTION;
  for (const p of f.posts) {
    if (p.t < late || p.record.crowd || !p.genuine || !p.needsAnswer || !p.point?.options.length) continue;
    const reply = firstReply(p);
    const c = reply ? promptness(reply.t - p.t, p.record.patience) : 0;
    const anchor = { post: p.id, action: reply?.via ?? null, reply: reply?.id ?? null };
    if (c > 0 && reply && has(reply, ...AS_IF_CLOSED)) {
      out.push(
        evidence(
          'follow_up.flare_up_dismissed',
          reply.t,
          0.25 * c * FLARE_UP_WEIGHT,
          FLARE_UP_WEIGHT,
          SOURCES.pasos,
          anchor,
        ),
      );
    } else if (c > 0 && reply) {
      out.push(
        evidence(
          'follow_up.flare_up_answered',
          reply.t,
          c * FLARE_UP_WEIGHT,
          FLARE_UP_WEIGHT,
          SOURCES.pasos,
          anchor,
        ),
      );
    } else if (reply || f.end - p.t >= p.record.patience / 2) {
      out.push(
        evidence('follow_up.flare_up_missed', p.trigger?.t ?? p.t, 0, FLARE_UP_WEIGHT, SOURCES.pasos, {
          post: p.id,
        }),
      );
    }
  }
  if (f.brandWideAt !== null) {
    const updates = f.messages.filter((m) => m.via === 'update');
    const good = updates.find(substantialUpdate);
    const first = good ?? updates[0];
    if (first) {
      const anchor = { action: 'update' as const, reply: first.id };
      out.push(evidence('follow_up.kept_informed', first.t, good ? 1 : 0.25, 1, SOURCES.proteger, anchor));
    } else {
      out.push(evidence('follow_up.never_updated', f.end, 0, 1, SOURCES.proteger));
    }
  }
  return out;
}
