import { describe, expect, it } from 'vitest';
import type { History } from '../../src/app/persistence/history.schema';
import { historyCsv } from '../../src/app/persistence/history-csv';
import { boardCsv } from '../../src/app/workshop/board-csv';
import { compareExamined, type ResultsFileInput } from '../../src/app/workshop/compare-results';
import { readResultsFile } from '../../src/app/workshop/results-file';
import { examineRead } from '../../src/app/workshop/verify-results';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { buildResults, type CurrentResults } from '../../src/debrief/results';
import { CSV_BOM } from '../../src/debrief/results-csv';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { parseCsv } from '../csv';
import { realLibrary } from '../helpers';

const cache = new Map<string, CurrentResults>();
function results(policy: string, team: string, seed = 7): CurrentResults {
  const k = `${policy}|${team}|${seed}`;
  const hit = cache.get(k);
  if (hit) return hit;
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
  const p = POLICIES[policy];
  if (!compiled || !p) throw new Error(policy);
  const r = buildResults({
    ...compiled,
    log: playHeadless(compiled, 'en', seed, p).log,
    mode: 'workshop',
    team,
  });
  cache.set(k, r);
  return r;
}
const scenarios = (id: string) => realLibrary().scenarios.find((s) => s.manifest.id === id);
const title = (id: string) => scenarios(id)?.manifest.title.en ?? '';
const read = (text: string) => {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  return parseCsv(text.slice(CSV_BOM.length));
};

/** The board's CSV of these files, checked as the board checks them. */
function board(files: readonly ResultsFileInput[], lang: 'es' | 'en' = 'en') {
  const examined = files.map((input) => {
    const r = readResultsFile(input);
    return examineRead(input.name, r, r.ok ? scenarios(r.results.scenario) : undefined);
  });
  return read(
    boardCsv({
      examined,
      comparison: compareExamined(examined),
      lang,
      title,
      reason: (r) => r.message,
    }),
  );
}
const file = (name: string, r: unknown): ResultsFileInput => ({ name, text: JSON.stringify(r) });

describe('the board as CSV', () => {
  it('gives one row per file, the recomputed score of verified files, and a status for the others', () => {
    const honest = results('exemplary', 'Rojo');
    const forged = structuredClone(results('silent', 'Verde'));
    forged.score.overall = 99;
    for (const id of PRINCIPLE_IDS) forged.score.principles[id].score = 99;
    const rows = board([
      file('rojo.json', honest),
      file('verde.json', forged),
      { name: 'broken.json', text: '{not json' },
      file('rojo-again.json', results('random', 'rojo')),
      file('azul.json', results('random', '=HYPERLINK("x")', 8)),
    ]);
    const [header, ...body] = rows;
    expect(header?.slice(0, 6)).toEqual(['Date', 'Scenario', 'Title', 'Mode', 'Team', 'Overall']);
    expect(header?.slice(-3)).toEqual(['File', 'Status', 'Reason']);
    expect(header).toHaveLength(6 + 15 + 3);
    expect(body.map((r) => [r.at(-3), r.at(-2)])).toEqual([
      ['rojo.json', 'verified'],
      ['verde.json', 'forged'],
      ['broken.json', 'unreadable'],
      ['rojo-again.json', 'duplicate team'],
      ['azul.json', 'other session'],
    ]);
    const [rojo, verde, broken, again, azul] = body;
    expect(rojo?.slice(1, 6)).toEqual([
      'faulty-product',
      title('faulty-product'),
      'Workshop',
      'Rojo',
      String(Math.round(honest.score.overall ?? Number.NaN)),
    ]);
    expect(rojo?.slice(6, 21)).toEqual(
      PRINCIPLE_IDS.map((id) => {
        const s = honest.score.principles[id].score;
        return s === null ? '' : String(Math.round(s));
      }),
    );
    expect(rojo?.at(-1)).toBe('');
    // The forged file's claimed 99s never reach the sheet.
    expect(verde?.[4]).toBe('Verde');
    expect(verde?.slice(5, 21).every((v) => v === '')).toBe(true);
    expect(verde?.at(-1)).toMatch(/forged/);
    expect(broken?.slice(0, 21).every((v) => v === '')).toBe(true);
    // Genuine files off the board keep their checked score.
    expect(again?.[5]).not.toBe('');
    expect(azul?.[4]).toBe('\'=HYPERLINK("x")');
    expect(azul?.[5]).not.toBe('');
  });

  it('speaks Spanish when the board does', () => {
    const [header, r] = board([file('rojo.json', results('exemplary', 'Rojo'))], 'es');
    expect(header?.slice(-3)).toEqual(['Fichero', 'Estado', 'Motivo']);
    expect(r?.[3]).toBe('Taller');
    expect(r?.at(-2)).toBe('verificado');
  });

  it('pairs files of the same name with their own fate', () => {
    const forged = structuredClone(results('silent', 'Verde'));
    forged.score.overall = 99;
    const rows = board([file('team.json', forged), file('team.json', results('exemplary', 'Rojo'))]).slice(1);
    expect(rows.map((r) => [r[4], r.at(-2)])).toEqual([
      ['Verde', 'forged'],
      ['Rojo', 'verified'],
    ]);
  });
});

describe('the history as CSV', () => {
  it('gives one row per attempt with its date, mode, team and score', () => {
    const r = results('exemplary', 'Rojo');
    const history: History = {
      version: 1,
      attempts: [
        {
          id: 'a1',
          finishedAt: '2026-05-06T07:08:09.000Z',
          mode: 'training',
          hints: 0,
          selfRating: { before: null, after: null },
          results: { ...r, team: undefined },
        },
        {
          id: 'a2',
          finishedAt: '2026-05-07T07:08:09.000Z',
          mode: 'workshop',
          team: '+Rojo',
          hints: 1,
          selfRating: { before: null, after: null },
          results: r,
        },
      ],
    };
    const [header, first, second] = read(historyCsv(history, 'es', title));
    expect(header?.[0]).toBe('Fecha');
    expect(first?.slice(0, 6)).toEqual([
      '2026-05-06T07:08:09.000Z',
      'faulty-product',
      title('faulty-product'),
      'Itinerario de incorporación',
      '',
      String(Math.round(r.score.overall ?? Number.NaN)),
    ]);
    expect(second?.slice(3, 5)).toEqual(['Taller', "'+Rojo"]);
  });
});
