import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  type Judged,
  polarityFigures,
  qualityFigures,
  quantile,
  ratio,
} from '../../src/cli/grader-metrics';

const judged = (
  gold: string[],
  read: string[],
  goldP: Record<string, 1 | -1> = {},
  readP: Record<string, 1 | -1> = {},
  lang = 'es',
): Judged => ({
  lang,
  goldQualities: new Set(gold),
  readQualities: new Set(read),
  goldPrinciples: goldP,
  readPrinciples: readP,
});

describe('grader metrics', () => {
  it("Cohen's kappa: perfect, chance and a worked example", () => {
    expect(cohenKappa(5, 0, 0, 5)).toBe(1);
    // Observed 0.7; chance (0.6·0.5 + 0.4·0.5) = 0.5; κ = 0.2 / 0.5.
    expect(cohenKappa(4, 2, 1, 3)).toBeCloseTo(0.4, 10);
    // Both raters always say "absent": agreement is total.
    expect(cohenKappa(0, 0, 0, 10)).toBe(1);
    expect(Number.isNaN(cohenKappa(0, 0, 0, 0))).toBe(true);
  });

  it('per quality: precision, recall and support over replies', () => {
    const [a, b] = qualityFigures(
      [judged(['apologises'], ['apologises']), judged(['apologises'], []), judged([], ['apologises'])],
      ['apologises', 'thanks'],
    );
    expect(a).toMatchObject({ support: 2, tp: 1, fp: 1, fn: 1, tn: 0, precision: 0.5, recall: 0.5 });
    expect(b?.support).toBe(0);
    expect(Number.isNaN(b?.precision ?? 0)).toBe(true);
  });

  it('polarity: untouched labelled pairs are wrong, extra touches are counted apart, false praise', () => {
    const p = polarityFigures([
      judged([], [], { empathy: 1, humility: -1 }, { empathy: 1, humility: 1 }, 'es'),
      judged([], [], { transparency: -1 }, { redress: 1 }, 'en'),
    ]);
    expect(p.overall).toEqual({ right: 1, total: 3 });
    expect(p.byLang.get('es')).toEqual({ right: 1, total: 2 });
    expect(p.byLang.get('en')).toEqual({ right: 0, total: 1 });
    expect(p.byPrinciple.get('humility')).toEqual({ right: 0, total: 1 });
    expect(p.falsePraise).toEqual({ right: 1, total: 2 });
    expect(p.extraTouches).toBe(1);
    expect(ratio(p.overall)).toBeCloseTo(1 / 3, 10);
  });

  it('quantiles by nearest rank', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(xs, 0.5)).toBe(5);
    expect(quantile(xs, 0.95)).toBe(10);
    expect(quantile(xs, 1)).toBe(10);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});
