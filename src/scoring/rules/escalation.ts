import { evidence } from '../evidence';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import { decay } from '../timing';
import type { RuleInput } from './input';

/**
 * Involve the person in charge: "es fundamental que … haya una persona con mayor experiencia en el
 * tema, que pueda aconsejarte" (001, paso 3); "tener una red interna que pueda responder a
 * preguntas y solucionar problemas rápidamente" (002, modelo 2). Judged from the first sign of a
 * serious crisis (brand-wide, the press, high heat, a jump of network).
 */
export const ESCALATE_IN_TIME = 60;
const ESCALATE_ZERO = 300;

export function escalationRules({ facts: f }: RuleInput): Evidence[] {
  const src = SOURCES.pasos;
  const at = f.escalatedAt;
  const anchor = { action: 'escalate' as const };
  if (f.seriousAt === null)
    return at === null ? [] : [evidence('escalation.precaution', at, 1, 1, src, anchor)];
  if (at === null) return [evidence('escalation.never', f.seriousAt, 0, 1, src)];
  const c = decay(at - f.seriousAt, ESCALATE_IN_TIME, ESCALATE_ZERO);
  return [evidence(c === 1 ? 'escalation.in_time' : 'escalation.late', at, c, 1, src, anchor)];
}
