import type { GradingLang } from '../content/grading-context';
import { BAD_QUALITIES } from '../content/quality';
import type { LearnedCues } from '../grading/learned-features';
import type { Config, IntModel, Thresholds } from './train-grader-data';

const BAD = new Set<string>(BAD_QUALITIES);
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A language's weight file as TypeScript source (the training script formats it with biome after).
 */
export function learnedModule(
  lang: GradingLang,
  cues: LearnedCues,
  c: Config,
  models: readonly IntModel[],
  t: Thresholds,
): string {
  const name = `LEARNED_${lang.toUpperCase()}`;
  const list = (xs: readonly string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  const index = new Map(models.map((m, i) => [m.quality, i]));
  const rows = new Map<string, string[]>();
  for (const m of models)
    for (const [f, w] of m.weights) {
      const row = rows.get(f) ?? [];
      row.push(`${(index.get(m.quality) as number).toString(36)}${w}`);
      rows.set(f, row);
    }
  const weights = [...rows]
    .sort(([a], [b]) => byName(a, b))
    // A stem feature goes without its `s:`, the most common kind (learned.ts `compileLearned`).
    .map(([f, row]) => `${f.startsWith('s:') ? f.slice(2) : f} ${row.join(' ')}`)
    .join('\n');
  const threshold = models.map((m) => t.per?.get(m.quality) ?? (BAD.has(m.quality) ? t.bad : t.good));
  const lines = [
    "import type { LearnedData } from './learned';",
    '',
    "// Written by `npm run -s train:grader` (src/cli/train-grader.cli.ts) from the gold set's tune part",
    '// only (thresholds chosen on its newest round, read by models trained on the rounds before it); do',
    '// not edit by hand. Weights, biases and thresholds are logits times `scale`.',
    `export const ${name}: LearnedData = {`,
    `  lang: '${lang}',`,
    `  scale: ${c.scale},`,
    `  minEvidence: ${Math.round(c.minEvidence * c.scale)},`,
    `  minWords: ${t.minWords},`,
    '  cues: {',
    `    you: ${list(cues.you)},`,
    `    weWill: ${list(cues.weWill)},`,
    `    plain: ${list(cues.plain)},`,
    '  },',
    `  qualities: ${list(models.map((m) => m.quality))},`,
    `  bias: [${models.map((m) => m.bias).join(', ')}],`,
    `  threshold: [${threshold.join(', ')}],`,
    `  weights: ${JSON.stringify(weights)},`,
    '};',
    '',
  ];
  return lines.join('\n');
}
