import { evidence } from '../evidence';
import { has, isPublic } from '../facts';
import type { Evidence } from '../score.schema';
import { SOURCES } from '../sources';
import type { RuleInput } from './input';

/**
 * Analyse before acting, don't rush: "antes de que cunda el pánico, debes analizar qué es lo que
 * está sucediendo" (001, paso 1); "es importante ser rápido, pero eso no significa que no debas ser
 * cauteloso" (001, paso 2); "tomar con calma y sin desesperarse" (003).
 */
const ANALYSIS_WEIGHT = 2;
const TEMPER_WEIGHT = 0.5;

export function composureRules({ facts: f }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  const firstAct = f.actions.find((a) => a.action.type !== 'analyse' && a.action.type !== 'escalate');
  const crisis = f.posts.some((p) => p.genuine && p.record.kind === 'complaint');
  if (!crisis && !firstAct) return out;
  const src = SOURCES.pasos;
  if (f.analysedAt !== null && !firstAct) {
    // Analysis is for deciding what to say and do (001, paso 2); analysing and then doing nothing is half of it.
    out.push(
      evidence('composure.analysed_idle', f.analysedAt, 0.5 * ANALYSIS_WEIGHT, ANALYSIS_WEIGHT, src, {
        action: 'analyse',
      }),
    );
  } else if (f.analysedAt !== null && firstAct && f.analysedAt <= firstAct.t) {
    out.push(
      evidence('composure.analysed_first', f.analysedAt, ANALYSIS_WEIGHT, ANALYSIS_WEIGHT, src, {
        action: 'analyse',
      }),
    );
  } else if (f.analysedAt !== null) {
    out.push(
      evidence('composure.analysed_late', f.analysedAt, 0.4 * ANALYSIS_WEIGHT, ANALYSIS_WEIGHT, src, {
        action: 'analyse',
      }),
    );
  } else {
    out.push(evidence('composure.never_analysed', firstAct?.t ?? f.end, 0, ANALYSIS_WEIGHT, src));
  }
  for (const m of f.messages) {
    const anchor = { post: m.post, action: m.via, reply: m.id };
    if (m.via === 'statement') {
      const considered = f.analysedAt !== null && f.analysedAt <= m.t;
      out.push(
        evidence(
          considered ? 'composure.considered_statement' : 'composure.rushed_statement',
          m.t,
          considered ? 1 : 0,
          1,
          src,
          anchor,
        ),
      );
    }
    if (!isPublic(m)) continue;
    const lost = has(m, 'sarcastic', 'belittles', 'feeds_troll');
    out.push(
      evidence(
        lost ? 'composure.lost_temper' : 'composure.calm_message',
        m.t,
        lost ? 0 : TEMPER_WEIGHT,
        TEMPER_WEIGHT,
        SOURCES.fuegos,
        anchor,
      ),
    );
  }
  return out;
}
