import { describe, expect, it } from 'vitest';
import { compareResults, type ResultsFileInput } from '../../src/app/workshop/compare-results';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { buildResults, type Results } from '../../src/debrief/results';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';

const cache = new Map<string, Results>();
/** A real results file: a whole session played by a policy, as the debrief exports it. */
function results(
  policy: string,
  seed = 7,
  scenario = 'faulty-product',
  team?: string,
  lang: 'es' | 'en' = 'en',
) {
  const k = [policy, seed, scenario, team, lang].join('|');
  const hit = cache.get(k);
  if (hit) return hit;
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === scenario);
  const p = POLICIES[policy];
  if (!compiled || !p) throw new Error(`${scenario}/${policy}`);
  const session = playHeadless(compiled, lang, seed, p);
  const r = buildResults({
    manifest: compiled.manifest,
    log: session.log,
    mode: 'workshop',
    ...(team === undefined ? {} : { team }),
  });
  cache.set(k, r);
  return r;
}
const file = (name: string, r: unknown): ResultsFileInput => ({ name, text: JSON.stringify(r) });

describe('comparing a workshop’s results files', () => {
  it('sets the teams side by side: scores, bands, profiles and a ranking', () => {
    const c = compareResults([
      file('a.json', results('random', 7, 'faulty-product', 'Azul')),
      file('b.json', results('exemplary', 7, 'faulty-product', 'Rojo')),
      file('c.json', results('silent', 7, 'faulty-product', 'Verde')),
    ]);
    expect(c.rejected).toEqual([]);
    expect(c.session).toEqual({ scenario: 'faulty-product', seed: 7 });
    expect(c.teams.map((t) => t.team)).toEqual(['Azul', 'Rojo', 'Verde']);
    for (const t of c.teams) {
      expect(t.overall).toBe(t.results.score.overall);
      expect(t.band).toBe(t.results.score.band);
      expect(Object.keys(t.profile)).toEqual([...PRINCIPLE_IDS]);
      for (const id of PRINCIPLE_IDS) expect(t.profile[id]).toBe(t.results.score.principles[id].score);
    }
    const rojo = c.teams.find((t) => t.team === 'Rojo');
    const verde = c.teams.find((t) => t.team === 'Verde');
    expect(rojo?.overall).toBeGreaterThan(verde?.overall ?? 100);
    expect(Object.values(verde?.profile ?? {}).some((s) => s === null)).toBe(true);
    // Overall, highest first.
    const overall = c.ranking.map((r) => r.overall ?? -1);
    expect(overall).toEqual([...overall].sort((a, b) => b - a));
    expect(c.ranking[0]).toMatchObject({ rank: 1, team: 'Rojo' });
    expect(c.ranking.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('ranks ties by name and gives them the same rank', () => {
    const c = compareResults([
      file('zeta.json', results('exemplary')),
      file('alfa.json', results('exemplary')),
      file('omega.json', results('silent')),
    ]);
    expect(c.ranking.map((r) => [r.rank, r.team])).toEqual([
      [1, 'alfa'],
      [1, 'zeta'],
      [3, 'omega'],
    ]);
  });

  it('names a team by its file when the file carries no team', () => {
    const c = compareResults([
      file('C:\\taller\\Los Rápidos.json', results('exemplary')),
      { name: 'equipo-2.results.json', json: results('silent') },
    ]);
    expect(c.teams.map((t) => t.team)).toEqual(['Los Rápidos', 'equipo-2.results']);
  });

  it('shows, post by post, where teams acted differently and what each did', () => {
    const c = compareResults([
      file('1.json', results('exemplary', 7, 'faulty-product', 'Rojo')),
      file('2.json', results('random', 7, 'faulty-product', 'Azul')),
      file('3.json', results('silent', 7, 'faulty-product', 'Verde')),
    ]);
    expect(c.divergent.length).toBeGreaterThan(0);
    // In the order the posts appeared, brand posts never compared.
    const times = c.divergent.map((d) => d.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(c.divergent.every((d) => d.post.authorType !== 'brand')).toBe(true);
    for (const d of c.divergent) {
      expect(d.teams.map((x) => x.team)).toEqual(['Rojo', 'Azul', 'Verde']);
      expect(d.teams.filter((x) => x.seen).length).toBeGreaterThanOrEqual(2);
    }
    // The first complaint of the script: every team saw it; the exemplary team answered with the
    // model reply (and made amends), the random team with another reply, the silent team did nothing.
    const open = c.divergent.find((d) => d.post.id === 'lucia-open');
    expect(open?.post.kind).toBe('complaint');
    const [rojo, azul, verde] = open?.teams ?? [];
    expect(rojo?.seen && azul?.seen && verde?.seen).toBe(true);
    expect(rojo?.actions.map((a) => a.type)).toEqual(['reply', 'redress']);
    expect(rojo?.actions[0]).toMatchObject({ type: 'reply', model: true });
    const modelText = results('exemplary', 7, 'faulty-product', 'Rojo').log.find(
      (e) => e.type === 'action' && e.action.type === 'reply' && e.action.post === 'lucia-open',
    );
    expect(rojo?.actions[0]).toMatchObject({
      text: modelText?.type === 'action' ? modelText.reply?.text : '',
    });
    expect(azul?.actions).toEqual([expect.objectContaining({ type: 'reply', model: false })]);
    expect(verde?.actions).toEqual([]);
    // A post a team never saw (the story follows each team's replies) is marked, not treated as neglect.
    expect(c.divergent.some((d) => d.teams.some((x) => !x.seen))).toBe(true);
  });

  it('lists no post when the teams did the same', () => {
    const c = compareResults([file('a.json', results('exemplary')), file('b.json', results('exemplary'))]);
    expect(c.teams).toHaveLength(2);
    expect(c.divergent).toEqual([]);
    expect(compareResults([file('a.json', results('exemplary'))]).divergent).toEqual([]);
  });

  it('rejects every bad file with its reason and keeps the rest', () => {
    const good = results('exemplary', 7, 'faulty-product', 'Rojo');
    const damaged = { ...results('silent'), score: { ...results('silent').score, overall: 500 } };
    const c = compareResults([
      { name: 'broken.json', text: '{"format": "cortafuegos-results",' },
      file('save.json', { version: 1, attempts: [] }),
      file('future.json', { ...good, version: 2 }),
      file('damaged.json', damaged),
      file('rojo.json', good),
      file('other-scenario.json', results('exemplary', 7, 'first-shift', 'Azul')),
      file('other-seed.json', results('exemplary', 8, 'faulty-product', 'Verde')),
      file('again.json', results('silent', 7, 'faulty-product', ' rojo ')),
      file('azul.json', results('silent', 7, 'faulty-product', 'Azul')),
    ]);
    expect(c.teams.map((t) => t.team)).toEqual(['Rojo', 'Azul']);
    expect(c.session).toEqual({ scenario: 'faulty-product', seed: 7 });
    expect(c.rejected.map((r) => [r.file, r.code])).toEqual([
      ['broken.json', 'invalid_json'],
      ['save.json', 'not_results'],
      ['future.json', 'newer_version'],
      ['damaged.json', 'damaged'],
      ['other-scenario.json', 'other_scenario'],
      ['other-seed.json', 'other_seed'],
      ['again.json', 'duplicate_team'],
    ]);
    const message = (name: string) => c.rejected.find((r) => r.file === name)?.message;
    expect(message('broken.json')).toMatch(/^not valid JSON \(.+\)$/);
    expect(message('save.json')).toBe('not a Cortafuegos results file');
    expect(message('future.json')).toBe('results file of version 2, newer than this board reads (1)');
    expect(message('damaged.json')).toMatch(/^damaged results file: score\.overall: /);
    expect(message('other-scenario.json')).toBe(
      'from scenario "first-shift", not this session\'s "faulty-product"',
    );
    expect(message('other-seed.json')).toBe("played with seed 8, not this session's seed 7");
    expect(message('again.json')).toBe('team "rojo" is already on the board (from rojo.json)');
    expect(c.rejected.find((r) => r.file === 'other-seed.json')?.vars).toEqual({ found: 8, expected: 7 });
  });

  it('holds the files to the facilitator’s session when there is one', () => {
    const c = compareResults(
      [
        file('ocho.json', results('exemplary', 8, 'faulty-product', 'Ocho')),
        file('siete.json', results('silent', 7, 'faulty-product', 'Siete')),
      ],
      { scenario: 'faulty-product', seed: 7 },
    );
    expect(c.teams.map((t) => t.team)).toEqual(['Siete']);
    expect(c.rejected.map((r) => r.code)).toEqual(['other_seed']);
    expect(compareResults([], { scenario: 'faulty-product', seed: 7 }).session).toEqual({
      scenario: 'faulty-product',
      seed: 7,
    });
    expect(compareResults([]).session).toBeNull();
    expect(compareResults([{ name: 'x.json', text: 'nope' }]).session).toBeNull();
  });

  it('notes when teams played in different languages', () => {
    const c = compareResults([
      file('en.json', results('exemplary', 7, 'faulty-product', 'EN', 'en')),
      file('es.json', results('exemplary', 7, 'faulty-product', 'ES', 'es')),
    ]);
    expect(c.teams).toHaveLength(2);
    expect(c.langs).toEqual(['en', 'es']);
  });
});
