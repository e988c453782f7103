import { isBadQuality } from '../../content/quality';
import { evidence } from '../evidence';
import { firstReply, has, isPublic } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Take individual cases private: "si se da el caso en que estos productos/servicios lleguen mal a
 * clientes específicos … siempre puedes resolver la situación a través de mensajes privados, y con
 * total educación" (001, situación 2). Best is to acknowledge in public and move to private, so
 * others see the brand answered; a direct message, once there, is answered politely.
 */
export function privateChannelRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const src = SOURCES.pasos;
  for (const p of f.posts) {
    if (!p.genuine || !p.point?.options.length) continue;
    const reply = firstReply(p);
    const anchor = { post: p.id, action: reply?.via ?? null, reply: reply?.id ?? null };
    if (p.record.channel === 'private') {
      if (!p.needsAnswer && !reply) continue;
      if (!reply) out.push(evidence('private_channel.dm_unanswered', p.trigger?.t ?? p.t, 0, 1, src, anchor));
      else if (!reply.qualities.some(isBadQuality))
        out.push(evidence('private_channel.dm_answered', reply.t, 1, 1, src, anchor));
      else out.push(evidence('private_channel.dm_rude', reply.t, 0.25, 1, src, anchor));
      continue;
    }
    const offersPrivate = p.point.options.some(
      (o) => o.channel === 'private' || o.qualities.includes('offers_private'),
    );
    if (p.record.kind !== 'complaint' || !offersPrivate) continue;
    if (!reply)
      out.push(
        evidence('private_channel.case_missed', p.moderated?.t ?? p.trigger?.t ?? p.t, 0, 1, src, anchor),
      );
    else if (!isPublic(reply))
      out.push(evidence('private_channel.private_only', reply.t, 0.5, 1, src, anchor));
    else if (has(reply, 'offers_private'))
      out.push(evidence('private_channel.public_then_private', reply.t, 1, 1, src, anchor));
    else out.push(evidence('private_channel.public_only', reply.t, 0.25, 1, src, anchor));
  }
  // An amount, an account, an address written in public: the case belonged in a private message.
  for (const m of f.messages)
    if (isPublic(m) && has(m, 'exposes_private_data'))
      out.push(
        evidence('private_channel.exposed', m.t, 0, 1, src, { post: m.post, action: m.via, reply: m.id }),
      );
  return out;
}
