import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, type Running, removeDir, startTestServer, TEST_CSP, WORKSHOP } from './harness';

let run: Running;

beforeAll(async () => {
  run = await startTestServer();
});
afterAll(async () => {
  await run.server.close();
  removeDir(run.dataDir);
});

const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(`${run.url}/api/workshops`, { method: 'POST', headers, body });
const get = (id: string, key?: string) =>
  fetch(
    `${run.url}/api/workshops/${id}`,
    key === undefined ? {} : { headers: { Authorization: `Bearer ${key}` } },
  );

describe('POST /api/workshops', () => {
  it('creates a workshop: an id, a key and one link per team, the secrets in the fragments', async () => {
    const res = await post(JSON.stringify({ ...WORKSHOP, teams: ['Orcas', 'Lynx'], hold: true }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['console', 'facilitatorKey', 'id', 'teams']);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(body.console).toBe(`/?view=console&workshop=${body.id}#key=${body.facilitatorKey}`);
    expect(body.teams.map((t: { name: string }) => t.name)).toEqual(['Orcas', 'Lynx']);
    const [orcas, lynx] = body.teams;
    expect(orcas.link).toBe(
      `/?scenario=faulty-product&lang=en&seed=7&speed=20&mode=workshop&team=Orcas&workshop=${body.id}#token=${orcas.token}`,
    );
    expect(orcas.token).not.toBe(lynx.token);
    expect(orcas.token).not.toBe(body.facilitatorKey);
    // The query part of every link (what a server could log) holds no secret.
    for (const link of [body.console, orcas.link, lynx.link]) {
      const query = link.split('#')[0];
      for (const secret of [body.facilitatorKey, orcas.token, lynx.token])
        expect(query).not.toContain(secret);
    }
    // The data folder keeps hashes, never the secrets themselves.
    const dir = join(run.dataDir, body.id);
    expect(readdirSync(dir).sort()).toEqual(['team-1.jsonl', 'team-2.jsonl', 'workshop.json']);
    const meta = readFileSync(join(dir, 'workshop.json'), 'utf8');
    expect(JSON.parse(meta).hold).toBe(true);
    for (const secret of [body.facilitatorKey, orcas.token, lynx.token]) expect(meta).not.toContain(secret);
  });

  it.each([
    ['not JSON', '{"scenario": ', /not valid JSON/],
    ['JSON but not an object', '[1,2]', /expected object/],
    ['a missing field', JSON.stringify({ ...WORKSHOP }), /teams/],
    ['a seed as text', JSON.stringify({ ...WORKSHOP, seed: '7', teams: ['A'] }), /seed must be a number/],
    [
      'an unknown field',
      JSON.stringify({ ...WORKSHOP, teams: ['A'], colour: 'red' }),
      /unknown field colour/,
    ],
    [
      'an unknown scenario',
      JSON.stringify({ ...WORKSHOP, scenario: 'nope', teams: ['A'] }),
      /scenario.*nope/,
    ],
    ['a speed out of range', JSON.stringify({ ...WORKSHOP, speed: 500, teams: ['A'] }), /speed/],
    ['no team', JSON.stringify({ ...WORKSHOP, teams: [] }), /teams/],
    ['the same team twice', JSON.stringify({ ...WORKSHOP, teams: ['Red', ' red'] }), /teams.*Red/i],
    ['an unknown language', JSON.stringify({ ...WORKSHOP, lang: 'fr', teams: ['A'] }), /lang/],
  ])('refuses %s with 400 and a message naming it', async (_name, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const answer = await res.json();
    expect(answer.error).toMatch(message);
  });

  it('refuses a body over the size limit with 413, unread', async () => {
    const res = await post(JSON.stringify({ ...WORKSHOP, teams: ['x'.repeat(100_000)] }));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/larger than/);
  });

  it('refuses other methods with 405', async () => {
    expect((await fetch(`${run.url}/api/workshops`)).status).toBe(405);
  });
});

describe('GET /api/workshops/:id', () => {
  it('gives every team with the facilitator key: nobody connected, nothing held yet', async () => {
    const created = await createWorkshop(run.url);
    const res = await get(created.id, created.facilitatorKey);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.teams).toEqual([
      {
        name: 'Orcas',
        connected: false,
        events: 0,
        clock: 0,
        ended: false,
        score: null,
        pendingControls: 0,
        heat: null,
        sentiment: null,
        lastActions: [],
      },
      {
        name: 'Lynx',
        connected: false,
        events: 0,
        clock: 0,
        ended: false,
        score: null,
        pendingControls: 0,
        heat: null,
        sentiment: null,
        lastActions: [],
      },
    ]);
  });

  it('401 without a key or with a wrong one; 403 with the key of another workshop; 404 for none', async () => {
    const a = await createWorkshop(run.url);
    const b = await createWorkshop(run.url);
    const missing = await get(a.id);
    expect(missing.status).toBe(401);
    expect((await missing.json()).error).toMatch(/missing/);
    expect((await get(a.id, 'not-the-key')).status).toBe(401);
    expect((await get(a.id, a.teams[0]?.token)).status).toBe(401);
    const other = await get(a.id, b.facilitatorKey);
    expect(other.status).toBe(403);
    expect((await other.json()).error).toMatch(/another workshop/);
    const unknown = await get('no-such-workshop', a.facilitatorKey);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/no workshop "no-such-workshop"/);
    expect((await fetch(`${run.url}/api/nothing`)).status).toBe(404);
  });
});

describe('the built game', () => {
  it('is served with its own policy as a header and a marker that a workshop server serves it', async () => {
    const res = await fetch(`${run.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(TEST_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<meta name="cortafuegos-server" content="workshop" />');
    const icon = await fetch(`${run.url}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('content-security-policy')).toBe(TEST_CSP);
  });

  it('serves nothing outside its folder', async () => {
    expect((await fetch(`${run.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${run.url}/nothing.js`)).status).toBe(404);
  });
});
