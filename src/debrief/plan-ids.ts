import { z } from 'zod';

/** Checklist lines that a specific event of the session calls for, beyond the per-principle lines. */
export const PLAN_EXTRA_IDS = [
  'owed_updates',
  'network_jump',
  'troll_protocol',
  'err_on_attention',
  'press_protocol',
  'abuse_protocol',
] as const;
export const planExtraIdSchema = z.enum(PLAN_EXTRA_IDS);
export type PlanExtraId = z.infer<typeof planExtraIdSchema>;
