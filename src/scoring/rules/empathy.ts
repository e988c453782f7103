import type { Quality } from '../../content/quality';
import { evidence } from '../evidence';
import { firstReply, type Message } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Empathy and active listening: "cuando alguien está molesto, necesita comprensión y, sobre todo,
 * escucha activa" (000); "lejos de comenzar a pensar cómo nos defendemos" (000). Every genuine
 * complaint the player could answer is a chance to listen; so is the crowd's pile-on, which a
 * public statement answers as a whole.
 */
const LISTENING: Partial<Record<Quality, number>> = {
  empathises: 1,
  apologises: 0.7,
  acknowledges: 0.7,
  human_tone: 0.3,
  asks_details: 0.3,
  offers_private: 0.3,
  offers_redress: 0.3,
  thanks: 0.3,
};

/** Any of these turns a reply cold, whatever else it says: defending, blaming, brushing off. */
const COLD: readonly Quality[] = [
  'dismisses',
  'blames_customer',
  'belittles',
  'sarcastic',
  'canned',
  'defensive',
  'cites_policy',
  // "Sorry you feel that way", "sorry, but…", "it's not a big deal", "the courier's fault": the
  // words of an apology without the listening (000: "lejos de comenzar a pensar cómo nos defendemos").
  'non_apology',
  'apology_then_blame',
  'minimises',
  'blames_third_party',
];

export function listening(m: Pick<Message, 'qualities'>): number {
  if (m.qualities.some((q) => COLD.includes(q))) return 0;
  let v = 0;
  for (const q of m.qualities) v += LISTENING[q] ?? 0;
  return Math.min(1, v);
}

/** The weight of the crowd's pile-on, answered as a whole, against one person's complaint. */
const CROWD_WEIGHT = 2;

export function empathyRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const src = SOURCES.claves;
  for (const p of f.posts) {
    if (!p.genuine || p.record.kind !== 'complaint' || !p.point?.options.length) continue;
    const reply = firstReply(p);
    if (p.moderated && (!reply || p.moderated.t <= reply.t)) {
      out.push(
        evidence('empathy.silenced', p.moderated.t, 0, 1, src, { post: p.id, action: p.moderated.type }),
      );
    } else if (reply) {
      const c = listening(reply);
      out.push(
        evidence(c >= 0.5 ? 'empathy.listened' : 'empathy.cold', reply.t, c, 1, SOURCES.proteger, {
          post: p.id,
          action: reply.via,
          reply: reply.id,
        }),
      );
    } else {
      out.push(evidence('empathy.unanswered', p.trigger?.t ?? p.t, 0, 1, src, { post: p.id }));
    }
  }
  const crowd = f.posts.filter((p) => p.record.crowd && p.genuine && p.record.kind === 'complaint');
  const first = crowd[0];
  if (first) {
    const statement = f.messages.find((m) => m.via === 'statement');
    if (statement) {
      const c = listening(statement);
      out.push(
        evidence(
          c >= 0.5 ? 'empathy.crowd_heard' : 'empathy.crowd_unheard',
          statement.t,
          c * CROWD_WEIGHT,
          CROWD_WEIGHT,
          src,
          { action: 'statement', reply: statement.id },
        ),
      );
    } else {
      out.push(evidence('empathy.crowd_unheard', first.t, 0, CROWD_WEIGHT, src, { post: first.id }));
    }
  }
  return out;
}
