import type { ScenarioManifest } from '../content/scenario.schema';

/** The public state of the crisis that the crowd model moves and the player's actions push. */
export interface Metrics {
  heat: number;
  sentiment: number;
  reach: number;
  budget: number;
  /** Networks the crisis has reached, in order; the first is where it started. */
  networks: string[];
  deletedCriticism: number;
  blockedGenuine: number;
  trollsFed: number;
  statements: number;
  /** Statements that landed well: they answer the crowd's pile-on as a whole. */
  statementsLanded: number;
  redressGiven: number;
  escalated: boolean;
  analysed: boolean;
  updates: number;
  fansThanked: number;
}

/** The crisis as the scenario starts it. */
export function initialMetrics(m: ScenarioManifest): Metrics {
  return {
    heat: m.crowd.startHeat,
    sentiment: m.crowd.startSentiment,
    reach: 0,
    budget: m.redressBudget,
    networks: [m.networks[0]?.id ?? 'main'],
    deletedCriticism: 0,
    blockedGenuine: 0,
    trollsFed: 0,
    statements: 0,
    statementsLanded: 0,
    redressGiven: 0,
    escalated: false,
    analysed: false,
    updates: 0,
    fansThanked: 0,
  };
}

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function applyDelta(m: Metrics, heat: number, sentiment: number): void {
  m.heat = clamp(m.heat + heat, 0, 100);
  m.sentiment = clamp(m.sentiment + sentiment, -100, 100);
}
