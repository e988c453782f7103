import { describe, expect, it } from 'vitest';
import { fetchAuthToken, LrsClient } from '../../../src/app/lms/lrs-client';
import { LAUNCH } from './cmi5-fixtures';

const answering =
  (status: number, body: string, seen: Array<{ url: string; init: RequestInit }> = []) =>
  async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(status === 204 ? null : body, { status });
  };

const down = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};

describe('the requests to a cmi5 LMS and its LRS', () => {
  it('POSTs the fetch URL for the token, and names a refusal or a page that is not the answer', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    expect(await fetchAuthToken(LAUNCH.fetch, answering(200, '{"auth-token":"dG9rZW4="}', seen))).toEqual({
      ok: true,
      value: 'dG9rZW4=',
    });
    expect(seen[0]?.init.method).toBe('POST');
    expect(
      await fetchAuthToken(LAUNCH.fetch, answering(200, '{"error-code":"1","error-text":"used"}')),
    ).toEqual({
      ok: false,
      kind: 'refused',
      reason: 'the LMS refused the token (1: used)',
    });
    expect(await fetchAuthToken(LAUNCH.fetch, answering(200, '<html>'))).toMatchObject({
      ok: false,
      reason: 'the fetch URL did not answer JSON',
    });
    expect(await fetchAuthToken(LAUNCH.fetch, down)).toMatchObject({ ok: false, kind: 'down' });
  });

  it('sends statements with the token and the xAPI version, to <endpoint>statements', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const client = new LrsClient(LAUNCH, 'dG9rZW4=', answering(200, '["x"]', seen));
    expect(await client.postStatements([])).toEqual({ ok: true, value: undefined });
    expect(seen[0]?.url).toBe('http://lms.test/lrs/statements');
    expect(seen[0]?.init.headers).toMatchObject({
      Authorization: 'Basic dG9rZW4=',
      'X-Experience-API-Version': '1.0.3',
    });
  });

  it('tells an LRS worth trying again from one that refuses, and takes a 409 as already stored', async () => {
    const kind = async (status: number) => {
      const result = await new LrsClient(LAUNCH, 't', answering(status, 'why')).postStatements([]);
      return result.ok ? 'stored' : result.kind;
    };
    expect(await kind(409)).toBe('stored');
    for (const status of [401, 403, 429, 500, 503]) expect(await kind(status)).toBe('down');
    for (const status of [400, 404, 413]) expect(await kind(status)).toBe('refused');
    expect(await new LrsClient(LAUNCH, 't', down).postStatements([])).toMatchObject({
      ok: false,
      kind: 'down',
    });
  });

  it('reads a state document, null when the LRS has none, and lists the documents it has', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const client = new LrsClient(LAUNCH, 't', answering(200, '{"a":1}', seen));
    expect(await client.getState('s')).toEqual({ ok: true, value: { a: 1 } });
    const query = new URL(seen[0]?.url ?? '').searchParams;
    expect(query.get('stateId')).toBe('s');
    expect(query.get('registration')).toBe(LAUNCH.registration);
    expect(JSON.parse(query.get('agent') ?? '')).toEqual(LAUNCH.actor);
    expect(await new LrsClient(LAUNCH, 't', answering(404, '')).getState('s')).toEqual({
      ok: true,
      value: null,
    });
    expect(await new LrsClient(LAUNCH, 't', answering(200, '["s","u"]')).stateIds()).toEqual({
      ok: true,
      value: ['s', 'u'],
    });
    expect(await new LrsClient(LAUNCH, 't', answering(200, '{"s":1}')).stateIds()).toMatchObject({
      ok: false,
      kind: 'refused',
    });
  });
});
