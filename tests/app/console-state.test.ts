import { describe, expect, it } from 'vitest';
import { readConsole } from '../../src/app/workshop/console-state';

const answer =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const state = {
  id: 'w1',
  scenario: 'troll-wave',
  lang: 'es',
  seed: 3,
  speed: 20,
  hold: false,
  teams: [{ name: 'Orcas', connected: true, events: 12, clock: 40, ended: false, score: null }],
};

describe('the console reads the workshop server', () => {
  it('sends the key as a bearer token and returns the checked state', async () => {
    let sent: RequestInit | undefined;
    const read = await readConsole('w1', 'k3y', async (url, init) => {
      sent = init;
      expect(String(url)).toBe('/api/workshops/w1');
      return answer(200, state)(url, init);
    });
    expect((sent?.headers as Record<string, string> | undefined)?.Authorization).toBe('Bearer k3y');
    expect(read).toMatchObject({ kind: 'state', state: { teams: [{ name: 'Orcas', events: 12 }] } });
  });

  it('says what the server refused, and refuses an answer of the wrong shape', async () => {
    expect(await readConsole('w1', 'bad', answer(401, { error: 'the facilitator key is wrong' }))).toEqual({
      kind: 'refused',
      status: 401,
      reason: 'the facilitator key is wrong',
    });
    const odd = await readConsole('w1', 'k', answer(200, { ...state, teams: [{ name: 3 }] }));
    expect(odd.kind).toBe('refused');
  });

  it('says the server cannot be reached instead of throwing', async () => {
    const read = await readConsole('w1', 'k', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(read).toEqual({ kind: 'unreachable', reason: 'Failed to fetch' });
  });
});
