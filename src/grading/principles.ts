import type { GradingContext } from '../content/grading-context';
import type { PrincipleId } from '../content/principle';
import type { Quality } from '../content/quality';

type Sign = 1 | -1;
type Touch = readonly [PrincipleId, Sign];

/**
 * What one reply alone shows for each principle of PRINCIPLES.md, by quality. Absent: the
 * quality says nothing about any principle. Context rules below adjust it.
 */
export const PRINCIPLE_TABLE: Readonly<Record<Quality, readonly Touch[]>> = {
  apologises: [['transparency', 1]],
  acknowledges: [
    ['empathy', 1],
    ['transparency', 1],
  ],
  empathises: [['empathy', 1]],
  explains: [['transparency', 1]],
  admits_error: [
    ['transparency', 1],
    ['humility', 1],
  ],
  next_step: [['follow_up', 1]],
  promises_update: [['follow_up', 1]],
  offers_private: [['private_channel', 1]],
  offers_redress: [['redress', 1]],
  asks_details: [['empathy', 1]],
  thanks: [],
  rewards: [['acknowledge_positive', 1]],
  human_tone: [['humility', 1]],
  calm_boundary: [['composure', 1]],
  names_person: [['humility', -1]],
  defensive: [
    ['humility', -1],
    ['empathy', -1],
    ['transparency', -1],
  ],
  blames_customer: [
    ['empathy', -1],
    ['humility', -1],
    ['transparency', -1],
  ],
  cites_policy: [
    ['humility', -1],
    ['empathy', -1],
  ],
  sarcastic: [
    ['composure', -1],
    ['humility', -1],
  ],
  canned: [['humility', -1]],
  attacks_competitor: [['no_competitor_bashing', -1]],
  feeds_troll: [
    ['troll_discernment', -1],
    ['composure', -1],
  ],
  dismisses: [
    ['empathy', -1],
    ['follow_up', -1],
  ],
  deceives: [['transparency', -1]],
  belittles: [
    ['humility', -1],
    ['composure', -1],
    ['empathy', -1],
  ],
  non_apology: [
    ['transparency', -1],
    ['empathy', -1],
    ['humility', -1],
  ],
  apology_then_blame: [
    ['transparency', -1],
    ['humility', -1],
    ['empathy', -1],
  ],
  minimises: [
    ['empathy', -1],
    ['humility', -1],
  ],
  blames_third_party: [
    ['transparency', -1],
    ['humility', -1],
  ],
  over_promises: [
    ['consistency', -1],
    ['transparency', -1],
  ],
  premature_all_clear: [
    ['follow_up', -1],
    ['transparency', -1],
  ],
  exposes_private_data: [['private_channel', -1]],
  unverified_compensation: [
    ['consistency', -1],
    ['composure', -1],
  ],
};

const MEASURED: readonly Quality[] = ['explains', 'promises_update'];
const ATTENDS: readonly Quality[] = [
  'apologises',
  'explains',
  'asks_details',
  'offers_private',
  'offers_redress',
];
const RASH_IN_PUBLIC: readonly Quality[] = ['minimises', 'attacks_competitor', 'names_person'];

/** Touches that depend on whom the reply answers. */
function contextual(q: Quality, context: GradingContext): Touch[] {
  if (q === 'thanks' && context === 'positive') return [['acknowledge_positive', 1]];
  // A cold or stock answer to praise leaves it unacknowledged.
  if ((q === 'dismisses' || q === 'canned') && context === 'positive') return [['acknowledge_positive', -1]];
  // A calm boundary with a troll tells the troll apart; set to a genuine customer, it mistakes them for one.
  if (q === 'calm_boundary' && context === 'troll') return [['troll_discernment', 1]];
  if (q === 'calm_boundary' && (context === 'genuine_complaint' || context === 'outage'))
    return [['troll_discernment', -1]];
  // Explaining the facts to a troll, with no bite, also keeps composure.
  if (q === 'explains' && context === 'troll')
    return [
      ['troll_discernment', 1],
      ['composure', 1],
    ];
  // Attending to a real problem inside a hostile post is telling the troll from the unhappy customer.
  if (ATTENDS.includes(q) && context === 'troll') return [['troll_discernment', 1]];
  if (q === 'apologises' && (context === 'rude_agent' || context === 'press')) return [['humility', 1]];
  if (q === 'apologises' && (context === 'genuine_complaint' || context === 'outage'))
    return [['empathy', 1]];
  // Before the press or in an outage, saying what is known and when news comes is the calm answer.
  if (MEASURED.includes(q) && (context === 'press' || context === 'outage')) return [['composure', 1]];
  if (RASH_IN_PUBLIC.includes(q) && context === 'press') return [['composure', -1]];
  // A stock statement where an admission is owed hides the error; to a customer it is not listening.
  if (q === 'canned' && (context === 'rude_agent' || context === 'press')) return [['transparency', -1]];
  if (q === 'canned' && (context === 'genuine_complaint' || context === 'outage')) return [['empathy', -1]];
  if (q === 'dismisses' && context === 'press') return [['transparency', -1]];
  return [];
}

/**
 * Per principle, 1 when the reply honours it and −1 when it breaks it. A break outweighs any
 * number of honours on the same principle: a reply that apologises and then blames does not
 * count as transparent, which keeps false praise down.
 */
export function principlesOf(
  qualities: readonly Quality[],
  context: GradingContext,
  /** The grading's principle cues (`Grading.touches`), for the principles no quality carries. */
  touches: readonly { readonly principle: PrincipleId; readonly sign: Sign }[] = [],
): Partial<Record<PrincipleId, Sign>> {
  const out: Partial<Record<PrincipleId, Sign>> = {};
  for (const q of qualities)
    for (const [p, sign] of [...(PRINCIPLE_TABLE[q] ?? []), ...contextual(q, context)])
      if (out[p] !== -1) out[p] = sign;
  // Owning a colleague's or the brand's error and saying what changes now is learning from it
  // (PRINCIPLES.md `learning`: "contingency plans, not excuses"), whatever the words for the change.
  const owned = qualities.includes('admits_error') && qualities.includes('next_step');
  if (owned && (context === 'rude_agent' || context === 'press')) out.learning ??= 1;
  // Brushing off a hostile post, with no boundary set and nothing in it attended to, leaves the
  // real complaint inside it unheard; "no vamos a entrar en eso" beside a boundary is the boundary.
  const heard = qualities.some((q) => q === 'calm_boundary' || ATTENDS.includes(q));
  if (context === 'troll' && qualities.includes('dismisses') && !heard) out.troll_discernment = -1;
  for (const t of touches) if (out[t.principle] !== -1) out[t.principle] = t.sign;
  return out;
}
