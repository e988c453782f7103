import { describe, expect, it } from 'vitest';
import { createLiveWorkshop } from '../../src/app/workshop/create-workshop';
import { readTeamLog, readWorkshopResults } from '../../src/app/workshop/workshop-reads';

const answer =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const start = { t: 0, type: 'session_started', scenario: 'troll-wave', seed: 3, lang: 'es' };

describe("the facilitator's reads from the workshop server", () => {
  it("asks for one team's log with the key and checks every event", async () => {
    let asked = '';
    let auth: string | undefined;
    const read = await readTeamLog('w/1', 'k3y', 2, async (url, init) => {
      asked = String(url);
      auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      return answer(200, { team: 'Lynx', held: 1, events: [start] })(url, init);
    });
    expect(asked).toBe('/api/workshops/w%2F1/teams/2/log');
    expect(auth).toBe('Bearer k3y');
    expect(read.kind).toBe('ok');
    const bad = await readTeamLog('w1', 'k', 0, answer(200, { team: 'Lynx', held: 1, events: [{ t: 'x' }] }));
    expect(bad).toMatchObject({ kind: 'refused', status: 200 });
    if (bad.kind === 'refused') expect(bad.reason).toMatch(/^events\.0/);
  });

  it("reads the finished teams' results and names the unfinished ones", async () => {
    const read = await readWorkshopResults(
      'w1',
      'k',
      answer(200, { files: [{ name: 'Orcas.json', results: { any: 1 } }], unfinished: ['Kites'] }),
    );
    expect(read).toEqual({
      kind: 'ok',
      value: { files: [{ name: 'Orcas.json', results: { any: 1 } }], unfinished: ['Kites'] },
    });
    expect(await readWorkshopResults('w1', 'k', answer(409, { error: 'the scenario is gone' }))).toEqual({
      kind: 'refused',
      status: 409,
      reason: 'the scenario is gone',
    });
  });

  it('creates a workshop with one POST and refuses an answer whose links leave the server', async () => {
    let body = '';
    const session = { scenario: 'troll-wave', seed: 3, speed: 20, lang: 'es' as const, teams: ['Orcas'] };
    const created = {
      id: 'w1',
      facilitatorKey: 'k',
      console: '/?view=console&workshop=w1#key=k',
      teams: [{ name: 'Orcas', link: '/?team=Orcas#token=t', token: 't' }],
    };
    const read = await createLiveWorkshop(session, true, async (url, init) => {
      body = String(init?.body);
      expect(init?.method).toBe('POST');
      return answer(201, created)(url, init);
    });
    expect(JSON.parse(body)).toEqual({ ...session, hold: true });
    expect(read).toEqual({ kind: 'ok', value: created });
    for (const elsewhere of [
      'https://elsewhere.example/console',
      '//elsewhere.example/c',
      '/\\elsewhere.example/c',
    ]) {
      const away = { ...created, console: elsewhere };
      expect((await createLiveWorkshop(session, false, answer(201, away))).kind, elsewhere).toBe('refused');
      const team = { ...created, teams: [{ name: 'Orcas', link: elsewhere, token: 't' }] };
      expect((await createLiveWorkshop(session, false, answer(201, team))).kind, elsewhere).toBe('refused');
    }
    const down = await createLiveWorkshop(session, false, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(down).toEqual({ kind: 'unreachable', reason: 'Failed to fetch' });
  });
});
