import { z } from 'zod';

/** The fifteen principle ids of PRINCIPLES.md, in its order. */
export const PRINCIPLE_IDS = [
  'empathy',
  'transparency',
  'no_deletion',
  'follow_up',
  'timeliness',
  'composure',
  'escalation',
  'troll_discernment',
  'private_channel',
  'acknowledge_positive',
  'redress',
  'humility',
  'no_competitor_bashing',
  'consistency',
  'learning',
] as const;

export const principleSchema = z.enum(PRINCIPLE_IDS);
export type PrincipleId = z.infer<typeof principleSchema>;

/** The four the product brief names first: every scenario must exercise them. */
export const CORE_PRINCIPLES: readonly PrincipleId[] = [
  'empathy',
  'transparency',
  'no_deletion',
  'follow_up',
];
