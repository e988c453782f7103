import { z } from 'zod';

/** The situations a written reply is graded in; the same words read differently in each. */
export const GRADING_CONTEXTS = [
  'genuine_complaint',
  'positive',
  'troll',
  'rude_agent',
  'outage',
  'press',
] as const;
export const gradingContextSchema = z.enum(GRADING_CONTEXTS);
export type GradingContext = z.infer<typeof gradingContextSchema>;

export const GRADING_LANGS = ['es', 'en'] as const;
export const gradingLangSchema = z.enum(GRADING_LANGS);
export type GradingLang = z.infer<typeof gradingLangSchema>;
