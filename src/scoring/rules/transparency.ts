import type { Quality } from '../../content/quality';
import { evidence } from '../evidence';
import { firstReply, has, isPublic, type Message } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import { decay } from '../timing';
import type { RuleInput } from './input';

/**
 * Transparency, honesty, apology: "nunca debes engañar a tus clientes … rápidamente admitas tu
 * error" (001, situación 2); "no temas pedir perdón y ser transparente" (001, paso 5); "si
 * cometes un error, reconócelo" (004); "admite los errores" (002).
 */
const OPENNESS: Partial<Record<Quality, number>> = {
  admits_error: 1,
  explains: 0.7,
  apologises: 0.6,
  acknowledges: 0.4,
  next_step: 0.3,
};

/** Evading the question: a template, a defence, the small print, the customer's fault, a brush-off. */
const EVASIVE: readonly Quality[] = [
  'canned',
  'defensive',
  'cites_policy',
  'blames_customer',
  'dismisses',
  'non_apology',
  'apology_then_blame',
  'blames_third_party',
  'minimises',
];

/**
 * Saying what the brand cannot know yet ("fixed by 3pm", "it's all sorted") is not honesty: "nunca
 * debes engañar a tus clientes" (001) holds for promises too. It scores as evasion, by its own rule.
 */
const UNCONFIRMED: readonly Quality[] = ['over_promises', 'premature_all_clear'];

/** −1 for a lie; 0 for evasion; otherwise how openly it admits and explains, up to 1. */
export function openness(m: Pick<Message, 'qualities'>): number {
  if (m.qualities.includes('deceives')) return -1;
  if (m.qualities.some((q) => EVASIVE.includes(q) || UNCONFIRMED.includes(q))) return 0;
  let v = 0;
  for (const q of m.qualities) v += OPENNESS[q] ?? 0;
  return Math.min(1, v);
}

const ruleFor = (c: number, m: Pick<Message, 'qualities'>) =>
  c < 0
    ? 'transparency.deceived'
    : c >= 0.5
      ? 'transparency.honest'
      : m.qualities.some((q) => UNCONFIRMED.includes(q)) && !m.qualities.some((q) => EVASIVE.includes(q))
        ? 'transparency.unconfirmed'
        : 'transparency.evasive';

/** Admitting a brand-wide fault in public within this many seconds of it becoming brand-wide is "rápido". */
export const ADMIT_IN_TIME = 180;
/** …and an admission this late is still worth a quarter: better late than never. */
const ADMIT_ZERO = 720;
const ADMISSION_WEIGHT = 2;

export function transparencyRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const judged = new Set<string>();
  for (const p of f.posts) {
    if (!p.genuine || !p.needsAnswer || p.record.channel !== 'public' || !p.point?.options.length) continue;
    const reply = firstReply(p);
    if (!reply) {
      if (p.record.kind === 'press')
        out.push(
          evidence('transparency.press_unanswered', p.trigger?.t ?? p.t, 0, 1, SOURCES.pasos, { post: p.id }),
        );
      continue;
    }
    judged.add(reply.id);
    const anchor = { post: p.id, action: reply.via, reply: reply.id };
    const c = openness(reply);
    if (!isPublic(reply) && c >= 0) {
      out.push(evidence('transparency.private_only', reply.t, 0.25, 1, SOURCES.pasos, anchor));
    } else {
      out.push(evidence(ruleFor(c, reply), reply.t, c, 1, SOURCES.proteger, anchor));
    }
  }
  for (const m of f.messages) {
    if (judged.has(m.id)) continue;
    const anchor = { post: m.post, action: m.via, reply: m.id };
    if (m.via === 'statement' || m.via === 'update') {
      const c = openness(m);
      out.push(evidence(ruleFor(c, m), m.t, c, 1, SOURCES.pasos, anchor));
    } else if (has(m, 'deceives')) {
      out.push(evidence('transparency.deceived', m.t, -1, 1, SOURCES.pasos, anchor));
    }
  }
  if (f.brandWideAt !== null) {
    // Owning a rude reply to a troll is not owning the fault the customers complain about.
    const toCustomers = f.messages.filter((m) => m.post === null || f.byId.get(m.post)?.genuine === true);
    out.push(admission(f.brandWideAt, toCustomers, f.end));
  }
  return out;
}

/** A brand-wide fault needs a public admission, and soon (001, situación 2: "rápidamente"). */
function admission(since: number, messages: readonly Message[], end: number): Evidence {
  const admitted = messages.find(
    (m) => isPublic(m) && has(m, 'admits_error', 'apologises') && !has(m, 'deceives'),
  );
  const src = SOURCES.pasos;
  if (!admitted)
    return evidence('transparency.never_admitted', Math.min(end, since), 0, ADMISSION_WEIGHT, src);
  const anchor = { post: admitted.post, action: admitted.via, reply: admitted.id };
  const wait = admitted.t - since;
  if (wait <= ADMIT_IN_TIME)
    return evidence('transparency.admitted', admitted.t, ADMISSION_WEIGHT, ADMISSION_WEIGHT, src, anchor);
  const c = Math.max(0.25, decay(wait, ADMIT_IN_TIME, ADMIT_ZERO));
  return evidence(
    'transparency.admitted_late',
    admitted.t,
    c * ADMISSION_WEIGHT,
    ADMISSION_WEIGHT,
    src,
    anchor,
  );
}
