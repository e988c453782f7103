import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_EVENT, type ControlMessage } from '../../src/app/workshop/control-protocol';
import { LiveClient, type LiveStatus } from '../../src/app/workshop/live-client';
import { spawnWorkshopServer } from '../../src/cli/workshop-process';
import type { SessionEvent } from '../../src/sim/event';
import {
  type CreatedBody,
  connectTeam,
  createWorkshop,
  fakeDist,
  joinTeam,
  type Running,
  removeDir,
  send,
  sessionLog,
  tempDataDir,
} from './harness';
import {
  hasRedis,
  REDIS_SERVER,
  type RedisProcess,
  startRedis,
  startRedisServer,
  tempRedisDir,
} from './redis-harness';

/**
 * Several server processes on one Redis (`REDIS_URL`): what a facilitator sees through one process
 * of the teams that write through another. Each test server is a `startWorkshopServer` of its own
 * (its own HTTP server, socket.io and Redis connections), and one is a real second OS process.
 */
if (!hasRedis)
  console.warn(`skipping the several-processes tests: no ${REDIS_SERVER} (apt-get install -y redis-server)`);

const ROOT = resolve(__dirname, '../..');

interface TeamState {
  name: string;
  connected: boolean;
  events: number;
  clock: number;
  ended: boolean;
  pendingControls: number;
}

const state = async (url: string, w: CreatedBody, key = w.facilitatorKey) => {
  const res = await fetch(`${url}/api/workshops/${w.id}`, { headers: { Authorization: `Bearer ${key}` } });
  return { status: res.status, body: (await res.json()) as { teams: TeamState[]; error?: string } };
};

const teamLog = async (url: string, w: CreatedBody, n: number): Promise<SessionEvent[]> => {
  const res = await fetch(`${url}/api/workshops/${w.id}/teams/${n}/log`, {
    headers: { Authorization: `Bearer ${w.facilitatorKey}` },
  });
  return ((await res.json()) as { events: SessionEvent[] }).events;
};

const until = async <T>(read: () => Promise<T>, check: (v: T) => boolean, what: string): Promise<T> => {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`never happened: ${what}`);
};

const token = (w: CreatedBody, i: number): string => w.teams[i]?.token ?? '';

describe.skipIf(!hasRedis)('several server processes on one Redis', () => {
  let redis: RedisProcess;
  let a: Running;
  let b: Running;
  const log = sessionLog();

  beforeAll(async () => {
    redis = await startRedis();
    a = await startRedisServer(redis.url);
    b = await startRedisServer(redis.url);
  });
  afterAll(async () => {
    await a?.server.close();
    await b?.server.close();
    await redis?.stop();
  });

  it('a facilitator on process A sees a team connected to process B: connected, events, clock', async () => {
    const w = await createWorkshop(a.url);
    const team = await joinTeam(b.url, w.id, token(w, 1));
    expect(team.joined).toEqual({ team: 'Lynx', held: 0, hold: false });
    expect(await send(team.socket, { seq: 0, events: log.slice(0, 12), now: 95 })).toEqual({
      ok: true,
      held: 12,
    });
    const seen = (await state(a.url, w)).body.teams;
    expect(seen.map((t) => [t.name, t.connected, t.events])).toEqual([
      ['Orcas', false, 0],
      ['Lynx', true, 12],
    ]);
    expect(seen[1]?.clock).toBe(95);
    expect(await teamLog(a.url, w, 1)).toEqual(log.slice(0, 12));
    team.socket.close();
    await until(
      () => state(a.url, w),
      (s) => s.body.teams[1]?.connected === false,
      'A sees the team gone from B',
    );
  });

  it('a team that streams half its log to A and reconnects to B resends without loss or duplicates', async () => {
    const w = await createWorkshop(b.url);
    const half = Math.floor(log.length / 2);
    const first = await joinTeam(a.url, w.id, token(w, 0));
    for (let seq = 0; seq < half; seq += 10)
      expect(
        await send(first.socket, { seq, events: log.slice(seq, Math.min(seq + 10, half)) }),
      ).toMatchObject({
        ok: true,
      });
    // The last batch's acknowledgement is lost with the connection: the team resends it to B.
    first.socket.close();
    const again = await joinTeam(b.url, w.id, token(w, 0));
    expect(again.joined.held).toBe(half);
    const from = half - 7;
    expect(await send(again.socket, { seq: from, events: log.slice(from, from + 20) })).toEqual({
      ok: true,
      held: from + 20,
    });
    for (let seq = from + 20; seq < log.length; seq += 25)
      await send(again.socket, { seq, events: log.slice(seq, seq + 25) });
    // A forged event at a place A wrote is refused on B.
    const forged = { ...log[3], t: 9999 } as SessionEvent;
    expect(await send(again.socket, { seq: 3, events: [forged] })).toMatchObject({
      ok: false,
      error: 'conflict',
      expected: log.length,
    });
    expect(await teamLog(a.url, w, 0)).toEqual(log);
    expect(await teamLog(b.url, w, 0)).toEqual(log);
    expect((await state(a.url, w)).body.teams[0]).toMatchObject({ events: log.length, ended: true });
    again.socket.close();
  });

  it('the same batch sent through both processes at once is written once', async () => {
    const w = await createWorkshop(a.url);
    const onA = await joinTeam(a.url, w.id, token(w, 0));
    const onB = await joinTeam(b.url, w.id, token(w, 0));
    for (let seq = 0; seq < 60; seq += 6) {
      const batch = { seq, events: log.slice(seq, seq + 6) };
      const acks = await Promise.all([send(onA.socket, batch), send(onB.socket, batch)]);
      expect(acks).toEqual([
        { ok: true, held: seq + 6 },
        { ok: true, held: seq + 6 },
      ]);
    }
    expect(await teamLog(b.url, w, 0)).toEqual(log.slice(0, 60));
    onA.socket.close();
    onB.socket.close();
  });

  it('a control issued on A reaches the team on B, and A sees it acknowledged', async () => {
    const w = await createWorkshop(a.url);
    const { socket } = await joinTeam(b.url, w.id, token(w, 1));
    const got: ControlMessage[] = [];
    socket.on(CONTROL_EVENT, (message: ControlMessage, ack: (answer: unknown) => void) => {
      got.push(message);
      ack({ ok: true });
    });
    const res = await fetch(`${a.url}/api/workshops/${w.id}/controls`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${w.facilitatorKey}` },
      body: JSON.stringify({ to: 1, control: { type: 'inject', inject: 'leaked_memo' } }),
    });
    expect(res.status).toBe(202);
    await until(
      async () => got.length,
      (n) => n === 1,
      'the control crossed to B',
    );
    expect(got).toEqual([{ id: 1, control: { type: 'inject', inject: 'leaked_memo' } }]);
    await until(
      () => state(a.url, w),
      (s) => s.body.teams[1]?.pendingControls === 0,
      'A sees the acknowledgement B kept',
    );
    // Issued on B while the team is away, delivered by A when it comes back there.
    socket.close();
    await fetch(`${b.url}/api/workshops/${w.id}/controls`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${w.facilitatorKey}` },
      body: JSON.stringify({ to: 'all', control: { type: 'pause' } }),
    });
    // Listening from before the join: the pending control follows the join at once.
    const back = io(a.url, {
      auth: { workshop: w.id, token: token(w, 1) },
      reconnection: false,
      transports: ['websocket'],
    });
    const later = await new Promise<ControlMessage>((r) => back.once(CONTROL_EVENT, r));
    expect(later).toEqual({ id: 2, control: { type: 'pause' } });
    back.close();
  });

  it('the game’s own live client, on HTTP long-polling before its upgrade, streams through B while A follows', async () => {
    const w = await createWorkshop(a.url);
    // socket.io's default transports, as the game connects: polling first, then a WebSocket.
    const socket = io(b.url, { auth: { workshop: w.id, token: token(w, 0) }, reconnection: false });
    let status: LiveStatus | undefined;
    const live = new LiveClient(socket, { retryMs: 20, onStatus: (s) => (status = s) });
    try {
      live.update(log, log[log.length - 1]?.t ?? 0);
      await until(
        async () => status,
        (s) => s?.kind === 'live' && s.acked === log.length && s.pending === 0,
        'the whole log acknowledged',
      );
      const seen = (await state(a.url, w)).body.teams[0];
      expect(seen).toMatchObject({ connected: true, events: log.length, ended: true });
      expect(await teamLog(a.url, w, 0)).toEqual(log);
    } finally {
      live.close();
    }
  });

  it('refuses a wrong token, and a wrong or another workshop’s key, on both processes', async () => {
    const w = await createWorkshop(a.url);
    const other = await createWorkshop(b.url);
    for (const run of [a, b]) {
      expect(await connectTeam(run.url, { workshop: w.id, token: 'wrong' })).toEqual({
        error: 'cannot join: the team token is wrong',
      });
      expect(await connectTeam(run.url, { workshop: w.id, token: token(other, 0) })).toEqual({
        error: 'cannot join: the team token is wrong',
      });
      expect(await connectTeam(run.url, { workshop: 'nope', token: token(w, 0) })).toEqual({
        error: 'cannot join: no workshop "nope"',
      });
      expect((await state(run.url, w, 'wrong')).status).toBe(401);
      expect((await state(run.url, w, other.facilitatorKey)).status).toBe(403);
      expect((await state(run.url, w)).status).toBe(200);
    }
  });

  it('a facilitator on A sees a team connected to a second server process (its own OS process)', async () => {
    const dist = fakeDist();
    const dataDir = tempDataDir();
    let child: ChildProcess | undefined;
    try {
      const started = await spawnWorkshopServer(dataDir, dist, ROOT, { REDIS_URL: redis.url });
      child = started.child;
      const w = await createWorkshop(started.url);
      const team = await joinTeam(started.url, w.id, token(w, 0));
      expect(await send(team.socket, { seq: 0, events: log.slice(0, 30), now: 120 })).toEqual({
        ok: true,
        held: 30,
      });
      expect((await state(a.url, w)).body.teams[0]).toMatchObject({
        connected: true,
        events: 30,
        clock: 120,
      });
      // The team moves to A after the other process is gone, and carries on from what it acknowledged.
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      team.socket.close();
      const moved = await joinTeam(a.url, w.id, token(w, 0));
      expect(moved.joined.held).toBe(30);
      expect(await send(moved.socket, { seq: 30, events: log.slice(30, 40) })).toEqual({
        ok: true,
        held: 40,
      });
      expect(await teamLog(b.url, w, 0)).toEqual(log.slice(0, 40));
      moved.socket.close();
    } finally {
      if (child?.exitCode === null) child.kill('SIGKILL');
      removeDir(dist);
      removeDir(dataDir);
    }
  });
});

describe.skipIf(!hasRedis)('a Redis that goes away', () => {
  it('refuses batches with a storage error (nothing acknowledged), and takes the resend once it is back', async () => {
    const dir = tempRedisDir();
    let redis = await startRedis(undefined, dir);
    const run = await startRedisServer(redis.url);
    const log = sessionLog();
    try {
      const w = await createWorkshop(run.url);
      const { socket } = await joinTeam(run.url, w.id, token(w, 0));
      expect(await send(socket, { seq: 0, events: log.slice(0, 10) })).toEqual({ ok: true, held: 10 });
      await redis.stop();
      expect(await send(socket, { seq: 10, events: log.slice(10, 20) })).toMatchObject({
        ok: false,
        error: 'storage',
        message: expect.stringMatching(/could not (read|write) the log/),
      });
      // The API answers too, with an error rather than a state it cannot read.
      expect((await state(run.url, w)).status).toBe(503);
      // Redis back on the same port and folder: the client reconnects, the resend is taken.
      redis = await startRedis(redis.port, dir);
      const ack = await until(
        () => send(socket, { seq: 10, events: log.slice(10, 20) }),
        (a) => a.ok,
        'Redis reachable again',
      );
      expect(ack).toEqual({ ok: true, held: 20 });
      expect(await teamLog(run.url, w, 0)).toEqual(log.slice(0, 20));
      expect(run.logged.join('\n')).toMatch(/Redis connection lost/);
      socket.close();
    } finally {
      await run.server.close();
      await redis.stop();
      removeDir(dir);
    }
  });

  it('a server started on a Redis that does not answer says so and does not start', async () => {
    const redis = await startRedis();
    await redis.stop();
    await expect(startRedisServer(redis.url)).rejects.toThrow(
      /cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/,
    );
  });
});
