import { expect, it } from 'vitest';
import type { GradingContext } from '../../src/content/grading-context';
import type { Quality } from '../../src/content/quality';
import { type GradeInput, gradeReply } from '../../src/grading/grade-reply';
import { principlesOf } from '../../src/grading/principles';
import { read } from './read';

/** One written reply and what the grader must (and must not) read in it. */
export interface Case {
  readonly text: string;
  readonly context?: GradingContext;
  readonly reads?: readonly Quality[];
  readonly not?: readonly Quality[];
  readonly input?: Partial<GradeInput>;
}

/** One test per case, named by its text, so a failing phrasing names itself. */
export function cases(lang: 'es' | 'en', list: readonly Case[]) {
  for (const c of list)
    it(`${c.context ?? 'genuine_complaint'}: ${c.text}`, () => {
      const r = read(c.text, lang, c.context ?? 'genuine_complaint', { confirmed: false, ...c.input });
      for (const q of c.reads ?? []) expect(r[q], `${q} in "${c.text}"`).toBeDefined();
      for (const q of c.not ?? []) expect(r[q], `no ${q} in "${c.text}"`).toBeUndefined();
    });
}

/** What one reply alone says for each principle it touches, the facts not yet confirmed. */
export const principles = (text: string, lang: 'es' | 'en', context: GradingContext) => {
  const g = gradeReply({ text, lang, context, confirmed: false });
  return principlesOf(g.qualities, context, g.touches);
};
