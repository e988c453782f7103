import { evidence } from '../evidence';
import { firstReply, has } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Don't attack competitors: "no participes en las críticas a tus competidores, sé auténtico"
 * (002, modelo 3). Exercised where the script offered the temptation and the player answered,
 * and wherever the brand attacked a competitor.
 */
export function noCompetitorBashingRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const src = SOURCES.modelos;
  const judged = new Set<string>();
  for (const p of f.posts) {
    const tempted = p.point?.options.some((o) => o.qualities.includes('attacks_competitor'));
    const reply = firstReply(p);
    if (!tempted || !reply) continue;
    judged.add(reply.id);
    const attacked = has(reply, 'attacks_competitor');
    const anchor = { post: p.id, action: reply.via, reply: reply.id };
    out.push(
      evidence(
        attacked ? 'no_competitor_bashing.attacked' : 'no_competitor_bashing.resisted',
        reply.t,
        attacked ? 0 : 1,
        1,
        src,
        anchor,
      ),
    );
  }
  for (const m of f.messages) {
    if (judged.has(m.id) || !has(m, 'attacks_competitor')) continue;
    out.push(
      evidence('no_competitor_bashing.attacked', m.t, 0, 1, src, {
        post: m.post,
        action: m.via,
        reply: m.id,
      }),
    );
  }
  return out;
}
