import type { PrincipleId } from '../../content/principle';
import type { LedgerStatus } from '../ledger';
import type { RuleId } from '../rule-ids';
import type { BandId } from '../score.schema';
import type { SourceFile } from '../sources';

/**
 * The scoring's human words, one dictionary per language with the same keys: the compiler checks
 * that each language has every key, and a test checks that none is empty. Scoring code holds ids
 * only; this is the one place its explanations are written.
 */
export interface ScoringText {
  readonly principle: Readonly<Record<PrincipleId, { readonly name: string; readonly asks: string }>>;
  readonly rule: Readonly<Record<RuleId, string>>;
  readonly band: Readonly<Record<BandId, { readonly name: string; readonly summary: string }>>;
  readonly ledger: Readonly<Record<LedgerStatus, string>>;
  readonly troll: {
    readonly sensitivity: string;
    readonly dismissive: string;
    readonly feeding: string;
  };
  readonly notExercised: string;
  /**
   * How a source article is cited to the player: its own title where the file has one, else a
   * descriptive title marked as ours, and its publisher where the file names one. The data keeps
   * the file id.
   */
  readonly source: Readonly<Record<SourceFile, string>>;
}
