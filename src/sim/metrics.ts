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

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function applyDelta(m: Metrics, heat: number, sentiment: number): void {
  m.heat = clamp(m.heat + heat, 0, 100);
  m.sentiment = clamp(m.sentiment + sentiment, -100, 100);
}
