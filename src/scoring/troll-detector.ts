import { CARE_QUALITIES, type Quality } from '../content/quality';
import { feedsTroll } from '../sim/consequences';
import { answerable, type Facts, firstReply, type Message, type PostFact } from './facts';

/**
 * Reads the player as a detector of trolls. Every genuine customer's complaint, question or press
 * query the player could answer was either attended (treated as a person), dismissed (treated as a
 * troll on purpose) or ignored; every troll post was either fed or starved. The detector's
 * sensitivity is the share of genuine posts attended; its bias is reported both ways, because the
 * two mistakes are different lessons: "un troll no es lo mismo que un consumidor insatisfecho"
 * (000) and "ignóralas" (001, situación 3).
 */
export type GenuineTreatment = 'attended' | 'dismissed' | 'ignored';
export type TrollTreatment = 'fed' | 'starved';

export interface DetectorReading {
  readonly genuine: readonly {
    readonly post: PostFact;
    readonly treatment: GenuineTreatment;
    readonly t: number;
  }[];
  readonly trolls: readonly {
    readonly post: PostFact;
    readonly treatment: TrollTreatment;
    readonly t: number;
  }[];
  /** Percentages, null when there was nobody of that kind. */
  readonly sensitivity: number | null;
  readonly dismissive: number | null;
  readonly feeding: number | null;
}

/** Qualities that show the reply treated its reader as a customer with a real problem. */
const CUSTOMER_CARE: readonly Quality[] = CARE_QUALITIES;

/** A reply one gives a troll: a bare boundary, or mockery. Given to a customer, it dismisses them. */
function trollStyle(m: Message): boolean {
  if (m.qualities.includes('sarcastic') || m.qualities.includes('belittles')) return true;
  return m.qualities.includes('calm_boundary') && !m.qualities.some((q) => CUSTOMER_CARE.includes(q));
}

function treatGenuine(p: PostFact): { treatment: GenuineTreatment; t: number } {
  if (p.moderated) return { treatment: 'dismissed', t: p.moderated.t };
  if (p.leftAt !== null) return { treatment: 'dismissed', t: p.leftAt };
  const reply = firstReply(p);
  if (reply) return { treatment: trollStyle(reply) ? 'dismissed' : 'attended', t: reply.t };
  const redress = p.redress[0];
  if (redress) return { treatment: 'attended', t: redress.t };
  if (p.coveredAt !== null) return { treatment: 'attended', t: p.coveredAt };
  return { treatment: 'ignored', t: p.trigger?.t ?? p.t };
}

function treatTroll(p: PostFact): { treatment: TrollTreatment; t: number } {
  const fed = p.replies.find((m) => m.channel === 'public' && feedsTroll(m.qualities));
  const times = [fed?.t, p.likedAt, p.redress[0]?.t].filter(
    (x): x is number => x !== undefined && x !== null,
  );
  if (times.length > 0) return { treatment: 'fed', t: Math.min(...times) };
  return { treatment: 'starved', t: p.moderated?.t ?? p.leftAt ?? firstReply(p)?.t ?? p.t };
}

const pct = (n: number, of: number): number | null => (of === 0 ? null : Math.round((100 * n) / of));

export function readDetector(f: Facts): DetectorReading {
  const genuine = f.posts
    .filter((p) => p.genuine && p.needsAnswer && answerable(p))
    .map((post) => ({ post, ...treatGenuine(post) }));
  const trolls = f.posts
    .filter((p) => p.record.authorType === 'troll' && p.record.channel === 'public')
    .map((post) => ({ post, ...treatTroll(post) }));
  const count = <T extends { treatment: string }>(xs: readonly T[], k: string) =>
    xs.filter((x) => x.treatment === k).length;
  return {
    genuine,
    trolls,
    sensitivity: pct(count(genuine, 'attended'), genuine.length),
    dismissive: pct(count(genuine, 'dismissed'), genuine.length),
    feeding: pct(count(trolls, 'fed'), trolls.length),
  };
}
