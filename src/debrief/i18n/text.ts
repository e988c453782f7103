import type { PrincipleId } from '../../content/principle';
import type { Quality } from '../../content/quality';
import type { GenuineTreatment, TrollTreatment } from '../../scoring/troll-detector';
import type { ActionType } from '../../sim/action';
import type { PlanExtraId } from '../plan-ids';
import type { Mode } from '../results';

/**
 * The debrief's own words, one dictionary per language with the same keys: the redesigned crisis
 * plan (one "fix" and one "keep" line per principle, plus lines that specific events call for) and
 * the labels of how the player treated each person. `{name}` placeholders are filled in at build time.
 */
export interface DebriefText {
  readonly plan: {
    readonly fix: Readonly<Record<PrincipleId, string>>;
    readonly keep: Readonly<Record<PrincipleId, string>>;
    readonly extra: Readonly<Record<PlanExtraId, string>>;
  };
  readonly treatment: Readonly<Record<GenuineTreatment | TrollTreatment, string>>;
  /** What the player did, when the action published nothing. */
  readonly action: Readonly<Record<ActionType, string>>;
  /** The results table's column headers and how it words each mode. */
  readonly csv: {
    readonly date: string;
    readonly scenario: string;
    readonly title: string;
    readonly mode: string;
    readonly team: string;
    readonly overall: string;
    readonly modes: Readonly<Record<Mode, string>>;
  };
  readonly noAnswer: string;
  readonly noModel: string;
  /** Each reply quality as a short noun phrase: "an apology", "blame on a third party". */
  readonly quality: Readonly<Record<Quality, string>>;
}
