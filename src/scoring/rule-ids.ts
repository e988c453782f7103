import { z } from 'zod';

/**
 * Every rule the scoring applies, as `<principle>.<rule>`. A rule names what the player did (or
 * failed to do) at one moment; the dictionaries in `i18n/` explain each in Spanish and English.
 */
export const RULE_IDS = [
  'empathy.listened',
  'empathy.cold',
  'empathy.unanswered',
  'empathy.silenced',
  'empathy.crowd_heard',
  'empathy.crowd_unheard',

  'transparency.honest',
  'transparency.evasive',
  'transparency.deceived',
  'transparency.private_only',
  'transparency.unconfirmed',
  'transparency.press_unanswered',
  'transparency.admitted',
  'transparency.admitted_late',
  'transparency.never_admitted',

  'no_deletion.kept',
  'no_deletion.deleted',
  'no_deletion.hidden',
  'no_deletion.blocked_genuine',
  'no_deletion.praise_removed',
  'no_deletion.abuse_exception',

  'follow_up.promise_kept',
  'follow_up.promise_hollow',
  'follow_up.promise_broken',
  'follow_up.flare_up_answered',
  'follow_up.flare_up_dismissed',
  'follow_up.flare_up_missed',
  'follow_up.kept_informed',
  'follow_up.never_updated',

  'timeliness.prompt',
  'timeliness.slow',
  'timeliness.too_late',
  'timeliness.unanswered',
  'timeliness.crowd_covered',
  'timeliness.crowd_waited',

  'composure.analysed_first',
  'composure.analysed_late',
  'composure.analysed_idle',
  'composure.never_analysed',
  'composure.considered_statement',
  'composure.rushed_statement',
  'composure.calm_message',
  'composure.lost_temper',

  'escalation.in_time',
  'escalation.late',
  'escalation.never',
  'escalation.precaution',

  'troll_discernment.genuine_attended',
  'troll_discernment.genuine_ignored',
  'troll_discernment.genuine_dismissed',
  'troll_discernment.troll_starved',
  'troll_discernment.troll_fed',

  'private_channel.public_then_private',
  'private_channel.private_only',
  'private_channel.public_only',
  'private_channel.case_missed',
  'private_channel.dm_answered',
  'private_channel.dm_rude',
  'private_channel.dm_unanswered',
  'private_channel.exposed',

  'acknowledge_positive.thanked_rewarded',
  'acknowledge_positive.thanked',
  'acknowledge_positive.thanked_badly',
  'acknowledge_positive.liked',
  'acknowledge_positive.answered_no_thanks',
  'acknowledge_positive.ignored',

  'redress.given',
  'redress.offered',
  'redress.none',
  'redress.crowd_offer',
  'redress.crowd_partial',
  'redress.crowd_none',
  'redress.wasted',

  'humility.humble',
  'humility.defensive',

  'no_competitor_bashing.resisted',
  'no_competitor_bashing.attacked',

  'consistency.update_kept',
  'consistency.update_broken',
  'consistency.private_kept',
  'consistency.private_broken',
  'consistency.redress_kept',
  'consistency.redress_broken',
  'consistency.coherent',
  'consistency.contradiction',
  'consistency.apology_then_silencing',
  'consistency.over_promised',
  'consistency.blanket_compensation',

  'learning.corrected',
  'learning.repeated',
  'learning.owned_mistake',
  'learning.prevention_plan',
  'learning.no_plan',
] as const;

export const ruleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof ruleIdSchema>;
