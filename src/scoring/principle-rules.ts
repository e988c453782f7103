import type { PrincipleId } from '../content/principle';
import { ratioScore } from './evidence';
import { acknowledgePositiveRules } from './rules/acknowledge-positive';
import { composureRules } from './rules/composure';
import { consistencyRules } from './rules/consistency';
import { empathyRules } from './rules/empathy';
import { escalationRules } from './rules/escalation';
import { followUpRules } from './rules/follow-up';
import { humilityRules } from './rules/humility';
import type { PrincipleResult, RuleInput } from './rules/input';
import { learningRules } from './rules/learning';
import { noCompetitorBashingRules } from './rules/no-competitor-bashing';
import { noDeletionRules } from './rules/no-deletion';
import { privateChannelRules } from './rules/private-channel';
import { redressRules } from './rules/redress';
import { timelinessRules } from './rules/timeliness';
import { transparencyRules } from './rules/transparency';
import { trollDiscernmentResult } from './rules/troll-discernment';
import type { Evidence } from './score.schema';

const byRatio =
  (rules: (input: RuleInput) => Evidence[]) =>
  (input: RuleInput): PrincipleResult => {
    const evidence = rules(input).sort((a, b) => a.t - b.t);
    return { score: ratioScore(evidence), evidence };
  };

/** Each principle's rules. All but troll discernment score by points earned over points at stake. */
export const PRINCIPLE_RULES: Readonly<Record<PrincipleId, (input: RuleInput) => PrincipleResult>> = {
  empathy: byRatio(empathyRules),
  transparency: byRatio(transparencyRules),
  no_deletion: byRatio(noDeletionRules),
  follow_up: byRatio(followUpRules),
  timeliness: byRatio(timelinessRules),
  composure: byRatio(composureRules),
  escalation: byRatio(escalationRules),
  troll_discernment: (input) => {
    const r = trollDiscernmentResult(input);
    return { score: r.score, evidence: [...r.evidence].sort((a, b) => a.t - b.t) };
  },
  private_channel: byRatio(privateChannelRules),
  acknowledge_positive: byRatio(acknowledgePositiveRules),
  redress: byRatio(redressRules),
  humility: byRatio(humilityRules),
  no_competitor_bashing: byRatio(noCompetitorBashingRules),
  consistency: byRatio(consistencyRules),
  learning: byRatio(learningRules),
};
