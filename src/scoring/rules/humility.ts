import type { Quality } from '../../content/quality';
import { evidence } from '../evidence';
import { has } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Humble, friendly, not defensive: "no te pongas a la defensiva … se humilde y no menosprecies las
 * críticas porque sean realizadas por un cliente pequeño … mantén siempre un tono afable" and "las
 * declaraciones de empresas son en estos momentos ineficaces" (004); companies "creen que solo
 * deben justificar, excusarse" (003). Every message the brand publishes, to anyone, is read.
 */
export const DEFENSIVE_FAMILY: readonly Quality[] = [
  'defensive',
  'blames_customer',
  'cites_policy',
  'canned',
  'belittles',
  'sarcastic',
  'dismisses',
  // Excuses and finger-pointing, at the customer, a supplier or a colleague named in public (003:
  // companies "creen que solo deben justificar, excusarse").
  'non_apology',
  'apology_then_blame',
  'blames_third_party',
  'names_person',
];

export function humilityRules({ facts: f }: RuleInput): Evidence[] {
  return f.messages.map((m) => {
    const anchor = { post: m.post, action: m.via, reply: m.id };
    return has(m, ...DEFENSIVE_FAMILY)
      ? evidence('humility.defensive', m.t, 0, 1, SOURCES.proteger, anchor)
      : evidence('humility.humble', m.t, 1, 1, SOURCES.proteger, anchor);
  });
}
