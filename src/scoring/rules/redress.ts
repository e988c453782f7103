import { evidence } from '../evidence';
import { has, isPublic } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Make amends: "responsabilidad, aceptación, aprendizaje, resarcimiento" (000); "inclusive hasta
 * bonificar si el caso amerita … asignar presupuesto para bonificaciones" (003). Each customer the
 * fault actually hit (persona type `affected_customer`) deserves redress: best given from the
 * budget, at least offered. The crowd of other buyers is owed a brand-wide offer. Budget spent on
 * a troll is wasted.
 */
const CROWD_WEIGHT = 2;
const OFFER_ONLY = 0.6;

export function redressRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const src = SOURCES.claves;
  const scripted = new Map<string, { t: number; post: string }>();
  let crowdFirst: { t: number; post: string } | null = null;
  for (const p of f.posts) {
    if (p.record.authorType !== 'affected_customer' || p.record.kind !== 'complaint') continue;
    if (p.record.crowd) crowdFirst ??= { t: p.t, post: p.id };
    else if (!scripted.has(p.record.author)) scripted.set(p.record.author, { t: p.t, post: p.id });
  }
  const postsBy = (author: string) => f.posts.filter((p) => p.record.author === author);
  for (const [author, first] of scripted) {
    const theirs = postsBy(author);
    const given = theirs.flatMap((p) => p.redress.map((r) => ({ ...r, post: p.id })))[0];
    const offer = theirs.flatMap((p) => p.replies).find((m) => has(m, 'offers_redress'));
    if (given)
      out.push(
        evidence('redress.given', given.t, 1, 1, SOURCES.fuegos, { post: given.post, action: 'redress' }),
      );
    else if (offer)
      out.push(
        evidence('redress.offered', offer.t, OFFER_ONLY, 1, src, {
          post: offer.post,
          action: offer.via,
          reply: offer.id,
        }),
      );
    else out.push(evidence('redress.none', first.t, 0, 1, src, { post: first.post }));
  }
  if (crowdFirst) {
    const offers = f.messages.filter((m) => isPublic(m) && has(m, 'offers_redress') && !has(m, 'deceives'));
    // Only a statement or an update speaks to every buyer; a public reply to one shows goodwill.
    const wide = offers.find((m) => m.post === null);
    const partial = offers[0];
    const crowdRedress = f.posts.find((p) => p.record.crowd && p.genuine && p.redress.length > 0);
    if (wide)
      out.push(
        evidence('redress.crowd_offer', wide.t, CROWD_WEIGHT, CROWD_WEIGHT, src, {
          action: wide.via,
          reply: wide.id,
        }),
      );
    else if (partial)
      out.push(
        evidence('redress.crowd_partial', partial.t, CROWD_WEIGHT / 2, CROWD_WEIGHT, src, {
          post: partial.post,
          action: partial.via,
          reply: partial.id,
        }),
      );
    else if (crowdRedress)
      out.push(
        evidence(
          'redress.crowd_partial',
          crowdRedress.redress[0]?.t ?? crowdRedress.t,
          CROWD_WEIGHT / 2,
          CROWD_WEIGHT,
          src,
          { post: crowdRedress.id, action: 'redress' },
        ),
      );
    else
      out.push(evidence('redress.crowd_none', crowdFirst.t, 0, CROWD_WEIGHT, src, { post: crowdFirst.post }));
  }
  for (const p of f.posts) {
    if (p.record.authorType !== 'troll') continue;
    for (const r of p.redress)
      out.push(evidence('redress.wasted', r.t, -1, 0, SOURCES.fuegos, { post: p.id, action: 'redress' }));
  }
  return out;
}
