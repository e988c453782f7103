import type { GradingContext } from '../content/grading-context';
import type { Quality } from '../content/quality';

/**
 * What a reply in each context is expected to show, as groups of alternatives: a reply that shows
 * none of a group's qualities is missing that group (the debrief says "missing: a next step"). The
 * first quality of a group names it. From PRINCIPLES.md: listen first and say what happens next to
 * a customer (000, 001); thank a fan (000, 003); a calm boundary at most for a troll (001); own a
 * colleague's insult without excuses (004); in an outage, keep people informed (001); to the
 * press, explain and say what you will do (001).
 */
export const EXPECTED: Readonly<Record<GradingContext, readonly (readonly Quality[])[]>> = {
  genuine_complaint: [
    ['empathises', 'acknowledges', 'apologises'],
    ['next_step', 'offers_private', 'asks_details', 'promises_update'],
  ],
  positive: [['thanks', 'rewards']],
  troll: [['calm_boundary']],
  rude_agent: [['apologises'], ['admits_error'], ['next_step', 'offers_private', 'promises_update']],
  outage: [
    ['acknowledges', 'apologises', 'empathises'],
    ['promises_update', 'next_step'],
  ],
  press: [
    ['explains', 'acknowledges', 'admits_error'],
    ['next_step', 'promises_update'],
  ],
};

/** The groups a reply with these qualities leaves out in its context, each named by its first quality. */
export function missingIn(qualities: readonly Quality[], context: GradingContext): Quality[] {
  const have = new Set(qualities);
  return EXPECTED[context].filter((group) => !group.some((q) => have.has(q))).map((g) => g[0] as Quality);
}
