import { isBadQuality } from '../../content/quality';
import { evidence } from '../evidence';
import { firstReply, has } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Thank and reward positive comments: "los comentarios positivos deben ser reconocidos,
 * respondidos, agradecidos y, si es posible, premiados" (000); "darse el tiempo de contactar a cada
 * persona que haya generado un comentario ya sea positivo y negativo" (003). A praise post the
 * script lets the player answer asks for thanks (and a reward); any other praise asks at least
 * for a like, and counts half. Thanks that belittle or attack someone else are spoilt thanks.
 */
const PASSING_WEIGHT = 0.5;

export function acknowledgePositiveRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const src = SOURCES.claves;
  for (const p of f.posts) {
    if (!p.genuine || p.record.kind !== 'praise' || p.record.channel !== 'public') continue;
    const reply = firstReply(p);
    const rewarded = p.redress.length > 0 || (reply !== null && has(reply, 'rewards'));
    const thanked = reply !== null && has(reply, 'thanks');
    const anchor = {
      post: p.id,
      action: reply?.via ?? (p.likedAt !== null ? ('like' as const) : null),
      reply: reply?.id,
    };
    const at = reply?.t ?? p.likedAt ?? p.redress[0]?.t ?? p.t;
    if (p.moderated) {
      out.push(
        evidence('acknowledge_positive.ignored', p.moderated.t, 0, 1, src, {
          post: p.id,
          action: p.moderated.type,
        }),
      );
    } else if (p.point?.options.length) {
      if (thanked && reply?.qualities.some(isBadQuality))
        out.push(evidence('acknowledge_positive.thanked_badly', at, 0.4, 1, src, anchor));
      else if (thanked && rewarded)
        out.push(evidence('acknowledge_positive.thanked_rewarded', at, 1, 1, src, anchor));
      else if (thanked || rewarded)
        out.push(evidence('acknowledge_positive.thanked', at, 0.75, 1, src, anchor));
      else if (p.likedAt !== null) out.push(evidence('acknowledge_positive.liked', at, 0.5, 1, src, anchor));
      else if (reply) out.push(evidence('acknowledge_positive.answered_no_thanks', at, 0.25, 1, src, anchor));
      else out.push(evidence('acknowledge_positive.ignored', p.trigger?.t ?? p.t, 0, 1, src, anchor));
    } else if (thanked || rewarded || p.likedAt !== null) {
      out.push(
        evidence('acknowledge_positive.liked', at, PASSING_WEIGHT, PASSING_WEIGHT, SOURCES.fuegos, anchor),
      );
    } else {
      out.push(
        evidence('acknowledge_positive.ignored', p.t, 0, PASSING_WEIGHT, SOURCES.fuegos, { post: p.id }),
      );
    }
  }
  return out;
}
