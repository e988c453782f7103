import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, MAX_BATCH_EVENTS } from '../../src/app/workshop/live-protocol';
import type { SessionEvent } from '../../src/sim/event';
import {
  type CreatedBody,
  connectTeam,
  createWorkshop,
  joinTeam,
  type Running,
  removeDir,
  send,
  sessionLog,
  startTestServer,
} from './harness';

let run: Running;
let log: SessionEvent[];

beforeAll(async () => {
  run = await startTestServer();
  log = sessionLog();
});
afterAll(async () => {
  await run.server.close();
  removeDir(run.dataDir);
});

/** The events on disk for one team of a workshop, as its JSON-lines file holds them. */
const onDisk = (workshop: string, team: number): { seq: number; event: SessionEvent }[] =>
  readFileSync(join(run.dataDir, workshop, `team-${team}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l));

const state = async (w: CreatedBody) =>
  (await (
    await fetch(`${run.url}/api/workshops/${w.id}`, {
      headers: { Authorization: `Bearer ${w.facilitatorKey}` },
    })
  ).json()) as {
    teams: { name: string; connected: boolean; events: number; ended: boolean; score: unknown }[];
  };

const token = (w: CreatedBody, i: number): string => w.teams[i]?.token ?? '';

describe('the team channel', () => {
  it('refuses to join without a workshop, with a bad token or with another workshop’s token', async () => {
    const a = await createWorkshop(run.url);
    const b = await createWorkshop(run.url);
    expect(await connectTeam(run.url, {})).toEqual({ error: expect.stringMatching(/cannot join/) });
    expect(await connectTeam(run.url, { workshop: 'nope', token: token(a, 0) })).toEqual({
      error: 'cannot join: no workshop "nope"',
    });
    expect(await connectTeam(run.url, { workshop: a.id, token: 'wrong' })).toEqual({
      error: 'cannot join: the team token is wrong',
    });
    expect(await connectTeam(run.url, { workshop: a.id, token: token(b, 0) })).toEqual({
      error: 'cannot join: the team token is wrong',
    });
    expect(await connectTeam(run.url, { workshop: a.id, token: a.facilitatorKey })).toEqual({
      error: 'cannot join: the team token is wrong',
    });
  });

  it('appends batches in order, on disk before the acknowledgement, and the API counts them', async () => {
    const w = await createWorkshop(run.url);
    const { socket, joined } = await joinTeam(run.url, w.id, token(w, 0));
    expect(joined).toEqual({ team: 'Orcas', held: 0, hold: false });
    expect((await state(w)).teams.map((t) => t.connected)).toEqual([true, false]);
    let held = 0;
    while (held < log.length) {
      const events = log.slice(held, held + MAX_BATCH_EVENTS);
      const ack = await send(socket, { seq: held, events });
      expect(ack).toEqual({ ok: true, held: held + events.length });
      // Acknowledged means written: the file holds every event acknowledged so far.
      expect(onDisk(w.id, 1).length).toBe(held + events.length);
      held += events.length;
    }
    expect(onDisk(w.id, 1)).toEqual(log.map((event, seq) => ({ seq, event })));
    expect(onDisk(w.id, 2)).toEqual([]);
    const teams = (await state(w)).teams;
    expect(teams[0]).toMatchObject({ name: 'Orcas', events: log.length, ended: true });
    expect(teams[0]?.score).toMatchObject({ verified: true });
    expect(teams[1]).toMatchObject({ events: 0, ended: false, score: null });
    socket.close();
  });

  it('refuses a gap with the sequence number it expects, writing nothing', async () => {
    const w = await createWorkshop(run.url);
    const { socket } = await joinTeam(run.url, w.id, token(w, 0));
    expect(await send(socket, { seq: 0, events: log.slice(0, 5) })).toEqual({ ok: true, held: 5 });
    const gap = await send(socket, { seq: 7, events: log.slice(7, 10) });
    expect(gap).toMatchObject({ ok: false, error: 'gap', expected: 5 });
    expect(onDisk(w.id, 1).length).toBe(5);
    expect(await send(socket, { seq: 5, events: log.slice(5, 10) })).toEqual({ ok: true, held: 10 });
    socket.close();
  });

  it('acknowledges a resent batch without writing it again, and refuses a different event at a held place', async () => {
    const w = await createWorkshop(run.url);
    const { socket } = await joinTeam(run.url, w.id, token(w, 0));
    expect(await send(socket, { seq: 0, events: log.slice(0, 10) })).toEqual({ ok: true, held: 10 });
    expect(await send(socket, { seq: 0, events: log.slice(0, 10) })).toEqual({ ok: true, held: 10 });
    // Overlapping: the held part is checked, the rest appended.
    expect(await send(socket, { seq: 5, events: log.slice(5, 15) })).toEqual({ ok: true, held: 15 });
    expect(onDisk(w.id, 1)).toEqual(log.slice(0, 15).map((event, seq) => ({ seq, event })));
    const forged = { ...log[3], t: 9999 } as SessionEvent;
    const conflict = await send(socket, { seq: 3, events: [forged] });
    expect(conflict).toMatchObject({ ok: false, error: 'conflict', expected: 15 });
    expect(onDisk(w.id, 1).length).toBe(15);
    socket.close();
  });

  it('resends from the last acknowledgement after a reconnection', async () => {
    const w = await createWorkshop(run.url);
    const first = await joinTeam(run.url, w.id, token(w, 1));
    expect(await send(first.socket, { seq: 0, events: log.slice(0, 20) })).toEqual({ ok: true, held: 20 });
    first.socket.close();
    const again = await joinTeam(run.url, w.id, token(w, 1));
    expect(again.joined).toEqual({ team: 'Lynx', held: 20, hold: false });
    expect(await send(again.socket, { seq: again.joined.held, events: log.slice(20, 40) })).toEqual({
      ok: true,
      held: 40,
    });
    expect(onDisk(w.id, 2)).toEqual(log.slice(0, 40).map((event, seq) => ({ seq, event })));
    again.socket.close();
  });

  it('a team writes only its own log: its token opens its team, whatever the batch says', async () => {
    const w = await createWorkshop(run.url);
    const lynx = await joinTeam(run.url, w.id, token(w, 1));
    expect(await send(lynx.socket, { seq: 0, events: log.slice(0, 3), team: 'Orcas' })).toMatchObject({
      ok: false,
      error: 'malformed',
    });
    expect(await send(lynx.socket, { seq: 0, events: log.slice(0, 3) })).toEqual({ ok: true, held: 3 });
    expect(onDisk(w.id, 1)).toEqual([]);
    expect(onDisk(w.id, 2).length).toBe(3);
    lynx.socket.close();
  });

  it('refuses a log that does not begin with the workshop’s crisis', async () => {
    const w = await createWorkshop(run.url);
    const { socket } = await joinTeam(run.url, w.id, token(w, 0));
    const otherSeed = { ...log[0], seed: 8 } as SessionEvent;
    expect(await send(socket, { seq: 0, events: [otherSeed] })).toMatchObject({
      ok: false,
      error: 'malformed',
      message: expect.stringMatching(/seed 7/),
    });
    expect(await send(socket, { seq: 0, events: log.slice(1, 3) })).toMatchObject({
      ok: false,
      error: 'malformed',
    });
    expect(onDisk(w.id, 1)).toEqual([]);
    socket.close();
  });

  it.each([
    ['not an object', 'hello'],
    ['no events', { seq: 0, events: [] }],
    ['a negative sequence number', { seq: -1, events: [{ t: 0, type: 'session_ended' }] }],
    ['an unknown event type', { seq: 0, events: [{ t: 0, type: 'rewrite_history' }] }],
    ['an event with an extra field', { seq: 0, events: [{ t: 0, type: 'session_ended', score: 100 }] }],
    [
      'too many events',
      {
        seq: 0,
        events: Array.from({ length: MAX_BATCH_EVENTS + 1 }, () => ({ t: 0, type: 'session_ended' })),
      },
    ],
  ])('refuses a malformed batch (%s) with a reason, writes nothing, and goes on', async (_name, batch) => {
    const w = await createWorkshop(run.url);
    const { socket } = await joinTeam(run.url, w.id, token(w, 0));
    const ack = await send(socket, batch);
    expect(ack).toMatchObject({ ok: false, error: 'malformed', message: expect.stringMatching(/batch/) });
    expect(onDisk(w.id, 1)).toEqual([]);
    // The same connection still works.
    expect(await send(socket, { seq: 0, events: log.slice(0, 2) })).toEqual({ ok: true, held: 2 });
    socket.close();
  });

  it('refuses an oversized batch with too_large, and an unknown message or one without a callback', async () => {
    const w = await createWorkshop(run.url);
    const { socket } = await joinTeam(run.url, w.id, token(w, 0));
    const huge = { ...log[0], scenario: 'x'.repeat(300_000) };
    expect(await send(socket, { seq: 0, events: [huge] })).toMatchObject({ ok: false, error: 'too_large' });
    expect(await socket.emitWithAck('rewrite', { seq: 0 })).toMatchObject({ ok: false, error: 'malformed' });
    const refused = new Promise((resolve) => socket.once(CHANNEL.refused, resolve));
    socket.emit(CHANNEL.events, { seq: 0, events: log.slice(0, 2) });
    expect(await refused).toMatchObject({
      ok: false,
      error: 'malformed',
      message: expect.stringMatching(/callback/),
    });
    expect(onDisk(w.id, 1)).toEqual([]);
    expect(await send(socket, { seq: 0, events: log.slice(0, 2) })).toEqual({ ok: true, held: 2 });
    socket.close();
  });

  it('never logs a key or a token', () => {
    expect(run.logged.length).toBeGreaterThan(0);
    const text = run.logged.join('\n');
    expect(text).not.toMatch(/token=|key=|Bearer/);
  });
});

describe('rate limit', () => {
  it('refuses messages past the per-connection budget and takes them again once it refills', async () => {
    let now = 0;
    const limited = await startTestServer(undefined, { ratePerSecond: 1, rateBurst: 3, now: () => now });
    try {
      const w = await createWorkshop(limited.url);
      const { socket } = await joinTeam(limited.url, w.id, token(w, 0));
      const acks = [];
      for (let i = 0; i < 5; i++) acks.push(await send(socket, { seq: 0, events: log.slice(0, 1) }));
      expect(acks.map((a) => (a.ok ? 'ok' : a.error))).toEqual([
        'ok',
        'ok',
        'ok',
        'rate_limited',
        'rate_limited',
      ]);
      now += 1000;
      expect(await send(socket, { seq: 1, events: log.slice(1, 2) })).toEqual({ ok: true, held: 2 });
      socket.close();
    } finally {
      await limited.server.close();
      removeDir(limited.dataDir);
    }
  });
});
