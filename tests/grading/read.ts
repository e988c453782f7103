import type { GradingContext } from '../../src/content/grading-context';
import type { Quality } from '../../src/content/quality';
import { type GradeInput, gradeReply } from '../../src/grading/grade-reply';

/** The reading of a reply as quality → the words each piece of evidence points at. */
export function read(
  text: string,
  lang: 'es' | 'en',
  context: GradingContext = 'genuine_complaint',
  extra: Partial<GradeInput> = {},
): Partial<Record<Quality, string[]>> {
  const g = gradeReply({ text, lang, context, ...extra });
  const out: Partial<Record<Quality, string[]>> = {};
  for (const e of g.evidence) out[e.quality] = [...(out[e.quality] ?? []), text.slice(e.start, e.end)];
  return out;
}
