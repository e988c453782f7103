import { readFileSync } from 'node:fs';
import { GRADING_CONTEXTS, type GradingContext, type GradingLang } from '../content/grading-context';

/** One labelled reply of the gold set, as far as the benchmark reads it (tests/gold validates the rest). */
export interface GoldLine {
  readonly id: string;
  readonly lang: GradingLang;
  readonly context: GradingContext;
  readonly confirmed: boolean;
  readonly authorName: string;
  readonly text: string;
  readonly qualities: readonly string[];
  readonly principles: Readonly<Record<string, 1 | -1>>;
  readonly split: 'tune' | 'heldout';
}

export function readGold(path: string): GoldLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const o = JSON.parse(l) as GoldLine;
      if ((o.lang !== 'es' && o.lang !== 'en') || !GRADING_CONTEXTS.includes(o.context))
        throw new Error(`${path}:${i + 1}: not a gold reply`);
      return o;
    });
}
