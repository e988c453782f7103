import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_EVENTS } from '../../src/app/workshop/live-protocol';
import { verifyResults } from '../../src/app/workshop/verify-results';
import { parseResults } from '../../src/debrief/results';
import { realLibrary } from '../helpers';
import {
  createWorkshop,
  joinTeam,
  type Running,
  removeDir,
  send,
  sessionLog,
  startTestServer,
  WORKSHOP,
} from './harness';

let run: Running;
const log = sessionLog();

beforeAll(async () => {
  run = await startTestServer();
});
afterAll(async () => {
  await run.server.close();
  removeDir(run.dataDir);
});

const read = (id: string, path: string, key?: string) =>
  fetch(
    `${run.url}/api/workshops/${id}/${path}`,
    key === undefined ? {} : { headers: { Authorization: `Bearer ${key}` } },
  );

async function stream(url: string, id: string, token: string, events: typeof log): Promise<void> {
  const { socket } = await joinTeam(url, id, token);
  for (let held = 0; held < events.length; held += MAX_BATCH_EVENTS)
    await send(socket, { seq: held, events: events.slice(held, held + MAX_BATCH_EVENTS) });
  socket.close();
}

describe('the facilitator reads a team log and the finished results', () => {
  it('gives one team its whole log as held, and nothing of it without the key', async () => {
    const w = await createWorkshop(run.url);
    await stream(run.url, w.id, w.teams[0]?.token ?? '', log.slice(0, 40));
    const res = await read(w.id, 'teams/0/log', w.facilitatorKey);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ team: 'Orcas', held: 40, events: log.slice(0, 40) });
    expect(await (await read(w.id, 'teams/1/log', w.facilitatorKey)).json()).toEqual({
      team: 'Lynx',
      held: 0,
      events: [],
    });
    expect((await read(w.id, 'teams/2/log', w.facilitatorKey)).status).toBe(404);
    expect((await read(w.id, 'teams/0/log')).status).toBe(401);
    // A team's token is not the facilitator's key: a team cannot read a log, even its own.
    expect((await read(w.id, 'teams/0/log', w.teams[0]?.token)).status).toBe(401);
    const other = await createWorkshop(run.url);
    expect((await read(w.id, 'teams/0/log', other.facilitatorKey)).status).toBe(403);
    const post = await fetch(`${run.url}/api/workshops/${w.id}/results`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${w.facilitatorKey}` },
    });
    expect(post.status).toBe(405);
  });

  it('builds a results file for every team that ended, one the board verifies, and names the others', async () => {
    const w = await createWorkshop(run.url, ['Orcas', 'Lynx', 'Kites']);
    await stream(run.url, w.id, w.teams[0]?.token ?? '', log);
    await stream(run.url, w.id, w.teams[1]?.token ?? '', log.slice(0, 10));
    const res = await read(w.id, 'results', w.facilitatorKey);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { files: { name: string; results: unknown }[]; unfinished: string[] };
    expect(body.unfinished).toEqual(['Lynx', 'Kites']);
    expect(body.files.map((f) => f.name)).toEqual(['Orcas.json']);
    const results = parseResults(body.files[0]?.results);
    expect(results).toMatchObject({
      scenario: WORKSHOP.scenario,
      seed: WORKSHOP.seed,
      team: 'Orcas',
      mode: 'workshop',
    });
    expect(results.log).toEqual(log);
    const scenario = realLibrary().scenarios.find((s) => s.manifest.id === WORKSHOP.scenario);
    expect(verifyResults(results, scenario)).toMatchObject({ ok: true });
  });
});
