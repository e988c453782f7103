import { describe, expect, it } from 'vitest';
import {
  compareResults as compareWith,
  type ResultsFileInput,
  type WorkshopSessionRef,
} from '../../src/app/workshop/compare-results';
import { MAX_RESULTS_FILE_BYTES } from '../../src/app/workshop/results-file';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { buildResults, type CurrentResults } from '../../src/debrief/results';
import { scoreSession } from '../../src/scoring/score';
import { SCORING_VERSION } from '../../src/scoring/scoring-version';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { replayLog } from '../../src/sim/replay';
import { realLibrary } from '../helpers';

const cache = new Map<string, CurrentResults>();
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
    ...compiled,
    log: session.log,
    mode: 'workshop',
    ...(team === undefined ? {} : { team }),
  });
  cache.set(k, r);
  return r;
}
const file = (name: string, r: unknown): ResultsFileInput => ({ name, text: JSON.stringify(r) });
/** Every file checked against the scenarios of this build, as the board and the CLI check them. */
const scenarios = (id: string) => realLibrary().scenarios.find((s) => s.manifest.id === id);
const compareResults = (files: readonly ResultsFileInput[], session: WorkshopSessionRef | null = null) =>
  compareWith(files, scenarios, session);

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
      expect(t.score).toEqual(t.results.score);
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
    expect(azul?.actions).toHaveLength(1);
    expect(azul?.actions[0]).toMatchObject({ model: false });
    expect(['reply', 'reply_private']).toContain(azul?.actions[0]?.type);
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
      file('future.json', { ...good, version: 3 }),
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
    expect(message('future.json')).toBe('results file of version 3, newer than this board reads (2)');
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

  describe('believes no file it cannot rebuild', () => {
    const clone = (r: CurrentResults): CurrentResults => JSON.parse(JSON.stringify(r));

    it('a silent team that wrote 100 into its file is marked as forged and not ranked', () => {
      const forged = clone(results('silent', 7, 'faulty-product', 'Verde'));
      forged.score.overall = 100;
      const c = compareResults([
        file('verde.json', forged),
        file('rojo.json', results('exemplary', 7, 'faulty-product', 'Rojo')),
      ]);
      expect(c.teams.map((t) => t.team)).toEqual(['Rojo']);
      expect(c.ranking.map((r) => r.team)).toEqual(['Rojo']);
      expect(c.rejected).toEqual([
        expect.objectContaining({
          file: 'verde.json',
          code: 'forged',
          reason: 'forged.score',
          message: 'forged or tampered: its score is not the score of its log',
        }),
      ]);
    });

    it('a log edited by hand (a reply made better, an action dropped, a post made up) is marked as tampered', () => {
      const honest = results('random', 7, 'faulty-product', 'Azul');
      const reply = honest.log.findIndex((e) => e.type === 'action' && e.action.type === 'reply');
      const better = clone(honest);
      const event = better.log[reply];
      if (event?.type !== 'action' || !event.reply) throw new Error('no reply in the random session');
      event.reply.text = 'We are so sorry. Here is exactly what we will do next.';
      const dropped = clone(honest);
      dropped.log.splice(reply, 1);
      const invented = clone(honest);
      const post = invented.log.findIndex((e) => e.type === 'post' && e.post.authorType !== 'brand');
      invented.log.splice(post, 0, { ...(invented.log[post] as (typeof invented.log)[number]) });
      const c = compareResults([
        file('better.json', better),
        file('dropped.json', dropped),
        file('invented.json', invented),
      ]);
      expect(c.teams).toEqual([]);
      expect(c.session).toBeNull();
      expect(c.rejected.map((r) => [r.file, r.reason])).toEqual([
        ['better.json', 'forged.log'],
        ['dropped.json', 'forged.log'],
        ['invented.json', 'forged.log'],
      ]);
      // The facilitator is told from when the file stops being the session it claims.
      expect(c.rejected[0]?.vars).toEqual({ t: Math.round(honest.log[reply]?.t ?? -1) });
      expect(c.rejected[0]?.message).toBe(
        `forged or tampered: its log does not replay as recorded (from ${Math.round(honest.log[reply]?.t ?? -1)} s of the session)`,
      );
    });

    it('a debrief edited to flatter the team is marked too', () => {
      const flattered = clone(results('silent', 7, 'faulty-product', 'Verde'));
      flattered.debrief = { ...flattered.debrief, strongest: flattered.debrief.weakest };
      const c = compareResults([file('verde.json', flattered)]);
      expect(c.rejected.map((r) => r.reason)).toEqual(['forged.debrief']);
    });

    it('an action the engine cannot replay (a redress larger than the budget) is marked', () => {
      const forged = clone(results('exemplary', 7, 'faulty-product', 'Rojo'));
      const redress = forged.log.find((e) => e.type === 'action' && e.action.type === 'redress');
      if (redress?.type !== 'action' || redress.action.type !== 'redress') throw new Error('no redress');
      redress.action.amount = 1_000_000;
      const c = compareResults([file('rojo.json', forged)]);
      expect(c.rejected.map((r) => r.reason)).toEqual(['forged.log']);
      expect(c.rejected[0]?.vars.t).toBe(Math.round(redress.t));
    });

    it('a forged file neither sets the session nor keeps the honest file of its team off the board', () => {
      const forged = clone(results('silent', 8, 'faulty-product', 'Rojo'));
      forged.score.overall = 100;
      const c = compareResults([
        file('forged.json', forged),
        file('rojo.json', results('exemplary', 7, 'faulty-product', 'Rojo')),
      ]);
      expect(c.session).toEqual({ scenario: 'faulty-product', seed: 7 });
      expect(c.teams.map((t) => t.file)).toEqual(['rojo.json']);
      expect(c.rejected.map((r) => r.code)).toEqual(['forged']);
    });

    it('an honest file is on the board with the score recomputed from its replayed log', () => {
      const honest = results('random', 7, 'faulty-product', 'Azul');
      const compiled = scenarios('faulty-product');
      if (!compiled) throw new Error('faulty-product');
      const replayed = replayLog(compiled, honest.log).log;
      const c = compareResults([file('azul.json', honest)]);
      expect(c.rejected).toEqual([]);
      expect(c.teams[0]?.score).toEqual(scoreSession(compiled.manifest, replayed));
      expect(c.teams[0]?.overall).toBe(scoreSession(compiled.manifest, replayed).overall);
    });

    it('a file from another scoring version, scenario version or results version is "from another version", not forged', () => {
      const honest = results('exemplary', 7, 'faulty-product', 'Rojo');
      const { scoringVersion: _s, scenarioHash: _h, ...v1 } = { ...clone(honest), version: 1 };
      const c = compareResults([
        file('scoring.json', { ...clone(honest), scoringVersion: SCORING_VERSION + 1 }),
        file('scenario.json', { ...clone(honest), scenarioHash: 'f'.repeat(64) }),
        file('v1.json', v1),
        file('gone.json', { ...clone(honest), scenario: 'retired-scenario' }),
      ]);
      expect(c.teams).toEqual([]);
      expect(c.rejected.map((r) => [r.file, r.code, r.reason])).toEqual([
        ['scoring.json', 'other_version', 'other_version.scoring'],
        ['scenario.json', 'other_version', 'other_version.scenario'],
        ['v1.json', 'other_version', 'other_version.results'],
        ['gone.json', 'other_version', 'other_version.unknown_scenario'],
      ]);
      expect(c.rejected[0]?.message).toBe(
        `from another version of the game: scoring version ${SCORING_VERSION + 1}, this board scores with version ${SCORING_VERSION}`,
      );
      expect(c.rejected[2]?.message).toBe(
        'from another version of the game: results file version 1, this board checks version 2',
      );
    });
  });

  describe('holds to sizes a board can show', () => {
    it('turns away a team name longer than a team link allows, without quoting it', () => {
      const long = { ...results('exemplary'), team: 'x'.repeat(100_000) };
      const c = compareResults([file('long.json', long), { name: 'ok.json', json: results('silent') }]);
      expect(c.teams.map((t) => t.team)).toEqual(['ok']);
      expect(c.rejected).toEqual([
        expect.objectContaining({
          file: 'long.json',
          code: 'long_team',
          message: 'the team name has 100000 characters, more than a team may have (60)',
        }),
      ]);
      const sixty = compareResults([file('sixty.json', { ...results('exemplary'), team: 'y'.repeat(60) })]);
      expect(sixty.teams.map((t) => t.team)).toEqual(['y'.repeat(60)]);
    });

    it('turns away text larger than a results file can be, before parsing it', () => {
      const big = JSON.stringify({ ...results('exemplary'), team: 'x'.repeat(MAX_RESULTS_FILE_BYTES) });
      const c = compareResults([{ name: 'big.json', text: big }]);
      expect(c.rejected.map((r) => [r.code, r.vars.max])).toEqual([['too_large', MAX_RESULTS_FILE_BYTES]]);
      expect(JSON.stringify(results('random', 7, 'faulty-product', 'Azul')).length).toBeLessThan(
        MAX_RESULTS_FILE_BYTES / 5,
      );
    });

    it('quotes no more than a short line of what the parser said', () => {
      const c = compareResults([{ name: 'junk.json', text: `{"a": ${'9'.repeat(5000)}x}` }]);
      expect(c.rejected[0]?.code).toBe('invalid_json');
      expect(String(c.rejected[0]?.vars.detail).length).toBeLessThanOrEqual(160);
    });
  });
});
