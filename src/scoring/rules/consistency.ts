import { evidence } from '../evidence';
import { type Facts, firstReply, has, isPublic, type Message } from '../facts';
import { graceSeconds } from '../ledger';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Words match deeds: "el consumidor actual sabe reconocer una empresa en la que la coherencia del
 * mensaje y los actos es una realidad" (000). Every promise is a debt: an update promised needs an
 * update (the ledger), a private message promised needs the private answer, redress offered needs
 * redress given. And once the brand has owned the fault in public, it does not deny it, defend
 * itself or silence critics afterwards.
 */
export function consistencyRules({ facts: f, ledger }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const item of ledger) {
    if (item.status === 'pending') continue;
    const anchor = { post: item.post, reply: item.reply };
    if (item.status === 'kept')
      out.push(evidence('consistency.update_kept', item.closedAt ?? item.t, 1, 1, SOURCES.claves, anchor));
    else
      out.push(
        evidence(
          'consistency.update_broken',
          item.closedAt ?? item.t,
          item.status === 'hollow' ? 0.25 : 0,
          1,
          SOURCES.claves,
          anchor,
        ),
      );
  }
  out.push(...privatePromises(f), ...redressPromises(f), ...coherence(f), ...unbacked(f));
  return out;
}

const authorOf = (f: Facts, m: Message): string | null =>
  m.post ? (f.byId.get(m.post)?.record.author ?? null) : null;

/** "We're messaging you privately": when that person's direct message arrives, it gets its answer. */
function privatePromises(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  const judged = new Set<string>();
  for (const m of f.messages) {
    const author = authorOf(f, m);
    if (!isPublic(m) || !has(m, 'offers_private') || !author) continue;
    const dm = f.posts.find(
      (p) =>
        p.record.author === author &&
        p.record.channel === 'private' &&
        p.point?.options.length &&
        p.t > m.t &&
        !judged.has(p.id),
    );
    if (!dm) continue;
    judged.add(dm.id);
    const reply = firstReply(dm);
    if (reply)
      out.push(
        evidence('consistency.private_kept', reply.t, 1, 1, SOURCES.pasos, {
          post: dm.id,
          action: reply.via,
          reply: reply.id,
        }),
      );
    else if (dm.trigger || f.end - dm.t >= dm.record.patience)
      out.push(
        evidence('consistency.private_broken', dm.trigger?.t ?? dm.t, 0, 1, SOURCES.pasos, { post: dm.id }),
      );
  }
  return out;
}

/** Redress offered to a customer is given to them; redress offered to everyone is given to someone. */
function redressPromises(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  const grace = graceSeconds(f.duration);
  const redressTo = (author: string | null) =>
    f.posts
      .filter((p) => p.genuine && (author === null || p.record.author === author))
      .flatMap((p) => p.redress)[0];
  const judged = new Set<string>();
  for (const m of f.messages) {
    if (!has(m, 'offers_redress') || has(m, 'deceives')) continue;
    const author = authorOf(f, m);
    const type = author ? f.byId.get(m.post ?? '')?.record.authorType : null;
    const individual = type === 'affected_customer' || type === 'genuine_customer';
    const key = individual ? `author:${author}` : 'everyone';
    if (judged.has(key)) continue;
    const given = redressTo(individual ? author : null);
    const anchor = { post: m.post, action: m.via, reply: m.id };
    if (given) {
      judged.add(key);
      out.push(evidence('consistency.redress_kept', Math.max(m.t, given.t), 1, 1, SOURCES.claves, anchor));
    } else if (f.end - m.t >= grace) {
      judged.add(key);
      out.push(evidence('consistency.redress_broken', m.t, 0, 1, SOURCES.claves, anchor));
    }
  }
  return out;
}

/** After owning the fault in public: no denial, no defence, no silencing of critics. */
function coherence(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  const owned = f.messages.find(
    (m) =>
      isPublic(m) &&
      has(m, 'admits_error', 'apologises') &&
      !has(m, 'deceives') &&
      (m.post === null || f.byId.get(m.post)?.genuine),
  );
  if (!owned) return out;
  for (const m of f.messages) {
    if (m.t < owned.t || m === owned || !isPublic(m)) continue;
    const anchor = { post: m.post, action: m.via, reply: m.id };
    if (has(m, 'deceives', 'defensive', 'blames_customer'))
      out.push(evidence('consistency.contradiction', m.t, 0, 1, SOURCES.claves, anchor));
    else out.push(evidence('consistency.coherent', m.t, 0.5, 0.5, SOURCES.claves, anchor));
  }
  for (const p of f.posts) {
    const mod = p.moderated;
    if (!mod || mod.t < owned.t || !p.genuine || p.record.kind === 'abuse') continue;
    out.push(
      evidence('consistency.apology_then_silencing', mod.t, 0, 1, SOURCES.claves, {
        post: p.id,
        action: mod.type,
      }),
    );
  }
  return out;
}

/**
 * Words the deeds cannot back yet (000: "la coherencia del mensaje y los actos"): an outcome or an
 * all-clear the brand cannot know, or compensation for everyone on a claim nobody has verified
 * (it invites false claims and is a promise to all).
 */
function unbacked(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const m of f.messages) {
    if (!isPublic(m)) continue;
    const anchor = { post: m.post, action: m.via, reply: m.id };
    if (has(m, 'over_promises', 'premature_all_clear'))
      out.push(evidence('consistency.over_promised', m.t, 0, 1, SOURCES.claves, anchor));
    if (has(m, 'unverified_compensation'))
      out.push(evidence('consistency.blanket_compensation', m.t, 0, 1, SOURCES.claves, anchor));
  }
  return out;
}
