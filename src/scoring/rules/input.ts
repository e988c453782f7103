import type { Facts } from '../facts';
import type { LedgerItem } from '../ledger';
import type { Score } from '../score.schema';
import type { DetectorReading } from '../troll-detector';

/** What every principle's rules read: the facts of the log, and the two readings several share. */
export interface RuleInput {
  readonly facts: Facts;
  readonly ledger: readonly LedgerItem[];
  readonly detector: DetectorReading;
}

export type PrincipleResult = Score['principles'][keyof Score['principles']];
