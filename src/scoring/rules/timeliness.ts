import { evidence } from '../evidence';
import { answerable, firstReply } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import { promptness } from '../timing';
import type { RuleInput } from './input';

/**
 * Immediate response: "el manejo debe ser inmediato, urgente y efectivo, de nada sirve presentar
 * un reclamo y recibir una respuesta 3 días después" (003); a bad service "se propaga como la
 * pólvora" (000). Every genuine complaint, question or press query the player could answer is
 * timed against its author's patience (see `promptness`). A crowd post counts half: a public
 * statement answers the pile-on as a whole.
 */
const CROWD_WEIGHT = 0.5;

export function timelinessRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const p of f.posts) {
    if (!p.genuine || !p.needsAnswer || !answerable(p)) continue;
    const patience = p.record.patience;
    if (p.record.crowd) {
      const at = p.coveredAt;
      const c = at === null ? 0 : promptness(at - p.t, patience);
      if (at === null && f.end - p.t < patience / 2) continue;
      const anchor = {
        post: p.id,
        action: at === null ? null : ('statement' as const),
        reply: p.coveredBy?.id,
      };
      out.push(
        evidence(
          c > 0 ? 'timeliness.crowd_covered' : 'timeliness.crowd_waited',
          at ?? p.t,
          c * CROWD_WEIGHT,
          CROWD_WEIGHT,
          SOURCES.fuegos,
          anchor,
        ),
      );
      continue;
    }
    const reply = firstReply(p);
    if (!reply) {
      // A post still inside its prompt window when the session ends is not judged.
      if (!p.moderated && !p.trigger && f.end - p.t < patience / 2) continue;
      out.push(
        evidence('timeliness.unanswered', p.trigger?.t ?? p.moderated?.t ?? p.t, 0, 1, SOURCES.fuegos, {
          post: p.id,
        }),
      );
      continue;
    }
    const c = promptness(reply.t - p.t, patience);
    const rule = c === 1 ? 'timeliness.prompt' : c > 0 ? 'timeliness.slow' : 'timeliness.too_late';
    out.push(
      evidence(rule, reply.t, c, 1, SOURCES.fuegos, { post: p.id, action: reply.via, reply: reply.id }),
    );
  }
  return out;
}
