import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS, type PrincipleId } from '../../src/content/principle';
import { CSV_BOM, csvField, type ResultsCsvRow, resultsCsv } from '../../src/debrief/results-csv';
import { scoringText } from '../../src/scoring/i18n';
import type { Score } from '../../src/scoring/score.schema';
import { parseCsv } from '../csv';

/** A score with the given principles scored and every other one not exercised. */
function score(overall: number | null, scored: Partial<Record<PrincipleId, number>>): Score {
  return {
    version: 1,
    overall,
    band: overall === null ? 'unrated' : 'solid',
    principles: Object.fromEntries(
      PRINCIPLE_IDS.map((id) => [id, { score: scored[id] ?? null, evidence: [] }]),
    ) as unknown as Score['principles'],
    trollDiscernment: { sensitivity: null, bias: { dismissive: null, feeding: null } },
  };
}

const row = (over: Partial<ResultsCsvRow> = {}): ResultsCsvRow => ({
  date: '2026-03-04T10:20:30.000Z',
  scenario: 'faulty-product',
  title: 'Producto defectuoso',
  mode: 'training',
  team: '',
  score: score(72.6, { empathy: 80.4, transparency: 49.5 }),
  ...over,
});

const read = (text: string) => {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  return parseCsv(text.slice(CSV_BOM.length));
};

describe('results as CSV', () => {
  it('has a header in the player’s language and one row per attempt, every principle a column', () => {
    for (const lang of ['es', 'en'] as const) {
      const [header, ...rows] = read(resultsCsv([row(), row({ mode: 'assessment' })], lang));
      const names = PRINCIPLE_IDS.map((id) => scoringText(lang).principle[id].name);
      expect(header).toEqual(
        lang === 'es'
          ? ['Fecha', 'Escenario', 'Título', 'Modalidad', 'Equipo', 'Global', ...names]
          : ['Date', 'Scenario', 'Title', 'Mode', 'Team', 'Overall', ...names],
      );
      expect(new Set(names).size).toBe(15);
      expect(rows).toHaveLength(2);
      expect(rows[0]?.slice(0, 6)).toEqual([
        '2026-03-04T10:20:30.000Z',
        'faulty-product',
        'Producto defectuoso',
        lang === 'es' ? 'Itinerario de incorporación' : 'Onboarding path',
        '',
        '73',
      ]);
      expect(rows[1]?.[3]).toBe(lang === 'es' ? 'Autoevaluación' : 'Self-assessment');
    }
  });

  it('rounds scores and leaves empty what was not exercised or not scored', () => {
    const [header, scored, unscored] = read(resultsCsv([row(), row({ score: score(null, {}) })], 'en'));
    const col = (id: PrincipleId) => (header?.length ?? 0) - 15 + PRINCIPLE_IDS.indexOf(id);
    expect(scored?.[col('empathy')]).toBe('80');
    expect(scored?.[col('transparency')]).toBe('50');
    expect(scored?.[col('redress')]).toBe('');
    expect(unscored?.[5]).toBe('');
    expect(unscored?.slice(6).every((v) => v === '')).toBe(true);
    // No score to trust at all: every score column empty, the row still there.
    const [, none] = read(resultsCsv([row({ score: null })], 'en'));
    expect(none?.slice(5)).toEqual(Array(16).fill(''));
  });

  it('writes dates as ISO 8601 and keeps one it cannot read as given', () => {
    const [, a, b, c] = read(
      resultsCsv(
        [row({ date: '2026-03-04T11:20:30+01:00' }), row({ date: 'ayer' }), row({ date: null })],
        'en',
      ),
    );
    expect([a?.[0], b?.[0], c?.[0]]).toEqual(['2026-03-04T10:20:30.000Z', 'ayer', '']);
  });

  it('quotes every field, with CRLF between records and a byte order mark first', () => {
    const text = resultsCsv([row()], 'en');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(text.slice(1).split('\r\n')[1]?.startsWith('"2026-03-04T10:20:30.000Z","faulty-product",')).toBe(
      true,
    );
  });

  it('keeps hostile team names inside their cell and never lets them run as formulas', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","clic")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      'Azul, "los de siempre"',
      'Rojo\r\nVerde',
      'línea\nnueva',
      'ñandú 🦤',
    ];
    for (const lang of ['es', 'en'] as const) {
      const [header, ...rows] = read(
        resultsCsv(
          hostile.map((team) => row({ team })),
          lang,
        ),
      );
      expect(rows).toHaveLength(hostile.length);
      for (const [i, r] of rows.entries()) {
        expect(r).toHaveLength(header?.length ?? 0);
        const team = hostile[i] as string;
        expect(r[4]).toBe(/^[=+\-@\t\r]/.test(team) ? `'${team}` : team);
        expect(r[5]).toBe('73');
      }
    }
  });

  it('neutralises a formula in any field, not only the team', () => {
    expect(csvField('=1+1')).toBe('"\'=1+1"');
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField('')).toBe('""');
    expect(csvField('42')).toBe('"42"');
    const [, r] = read(resultsCsv([row({ title: '=cmd|calc', scenario: '@x' })], 'en'));
    expect(r?.slice(1, 3)).toEqual(["'@x", "'=cmd|calc"]);
  });

  it('fills the caller’s own columns after the principles', () => {
    const [header, r] = read(
      resultsCsv([row({ extra: ['a.json', 'forged'] })], 'en', ['File', 'Status', 'Why']),
    );
    expect(header?.slice(-3)).toEqual(['File', 'Status', 'Why']);
    expect(r?.slice(-3)).toEqual(['a.json', 'forged', '']);
  });
});
