import type { Metrics } from './metrics';

/**
 * The ink variables the engine writes before any ink runs, so the script can branch on how the
 * crisis is going. A scenario declares the ones it reads (`VAR heat = 0`); the rest are skipped.
 */
export const ENGINE_VARIABLES = [
  'heat',
  'sentiment',
  'deleted_criticism',
  'blocked_genuine',
  'trolls_fed',
  'statements',
  'redress_given',
  'escalated',
  'analysed',
  'updates',
  'networks',
  'unanswered',
  'minute',
] as const;

export type EngineVariable = (typeof ENGINE_VARIABLES)[number];

interface SessionView {
  readonly now: number;
  unansweredCount(): number;
}

export function engineVariable(name: EngineVariable, m: Metrics, s: SessionView): number | boolean {
  switch (name) {
    case 'heat':
      return Math.round(m.heat);
    case 'sentiment':
      return Math.round(m.sentiment);
    case 'deleted_criticism':
      return m.deletedCriticism;
    case 'blocked_genuine':
      return m.blockedGenuine;
    case 'trolls_fed':
      return m.trollsFed;
    case 'statements':
      return m.statements;
    case 'redress_given':
      return m.redressGiven;
    case 'escalated':
      return m.escalated;
    case 'analysed':
      return m.analysed;
    case 'updates':
      return m.updates;
    case 'networks':
      return m.networks.length;
    case 'unanswered':
      return s.unansweredCount();
    case 'minute':
      return Math.floor(s.now / 60);
  }
}
