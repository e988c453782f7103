import { evidence } from '../evidence';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { PrincipleResult, RuleInput } from './input';

/**
 * Tell trolls from unhappy customers: "un troll no es lo mismo que un consumidor insatisfecho, es
 * mejor pecar por exceso y prestar atención a cualquier atisbo de malestar" (000); trolls "que
 * solamente quieren hundir tu negocio, ignóralas" (001, situación 3).
 *
 * Scored as a detector's informedness: the share of genuine customers attended minus the share of
 * trolls fed. Treating everyone alike — all attended and all trolls fed, or nobody attended and no
 * troll fed — scores 0; telling them apart perfectly scores 100. Needs both kinds in the session.
 */
export function trollDiscernmentResult({ detector: d }: RuleInput): PrincipleResult {
  const out: Evidence[] = [];
  for (const g of d.genuine) {
    const rule =
      g.treatment === 'attended'
        ? 'troll_discernment.genuine_attended'
        : g.treatment === 'dismissed'
          ? 'troll_discernment.genuine_dismissed'
          : 'troll_discernment.genuine_ignored';
    const action = g.post.moderated?.type ?? (g.post.leftAt !== null ? 'leave' : g.post.replies[0]?.via);
    out.push(
      evidence(rule, g.t, g.treatment === 'attended' ? 1 : 0, 1, SOURCES.claves, { post: g.post.id, action }),
    );
  }
  for (const x of d.trolls) {
    const fed = x.treatment === 'fed';
    const action = fed
      ? (x.post.replies.find((m) => m.channel === 'public')?.via ??
        (x.post.likedAt !== null ? 'like' : 'redress'))
      : (x.post.moderated?.type ?? (x.post.leftAt !== null ? 'leave' : x.post.replies[0]?.via));
    out.push(
      evidence(
        fed ? 'troll_discernment.troll_fed' : 'troll_discernment.troll_starved',
        x.t,
        fed ? 0 : 1,
        1,
        SOURCES.pasos,
        {
          post: x.post.id,
          action,
        },
      ),
    );
  }
  if (d.sensitivity === null || d.feeding === null) return { score: null, evidence: out };
  return { score: Math.max(0, d.sensitivity - d.feeding), evidence: out };
}
