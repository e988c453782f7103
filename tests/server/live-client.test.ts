import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveClient, type LiveStatus } from '../../src/app/workshop/live-client';
import { liveLinkOf } from '../../src/app/workshop/live-wiring';
import { startWorkshopServer } from '../../src/server/workshop-server';
import type { SessionEvent } from '../../src/sim/event';
import { realLibrary } from '../helpers';
import { createWorkshop, type Running, removeDir, sessionLog, startTestServer, tempDataDir } from './harness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(dataDir = tempDataDir(), port = 0): Promise<Running> {
  if (port === 0) return startTestServer(dataDir);
  const s = await startWorkshopServer({
    dataDir,
    scenarios: realLibrary().scenarios,
    hosts: ['127.0.0.1'],
    port,
  });
  return { server: s, url: `http://127.0.0.1:${s.port}`, dataDir, logged: [] };
}

/** A client whose status changes can be awaited: no sleeps, the test waits for what it expects. */
function client(url: string, workshop: string, token: string) {
  const waiting: { test: (s: LiveStatus) => boolean; resolve: () => void }[] = [];
  const seen: LiveStatus['kind'][] = [];
  const socket = io(url, {
    auth: { workshop, token },
    transports: ['websocket'],
    reconnectionDelay: 20,
    reconnectionDelayMax: 50,
  });
  const live = new LiveClient(socket, {
    retryMs: 20,
    onStatus: (status) => {
      seen.push(status.kind);
      for (const w of waiting.splice(0)) {
        if (w.test(status)) w.resolve();
        else waiting.push(w);
      }
    },
  });
  cleanups.push(() => live.close());
  const until = (test: (s: LiveStatus) => boolean): Promise<void> =>
    test(live.status) ? Promise.resolve() : new Promise((resolve) => waiting.push({ test, resolve }));
  return { live, until, seen };
}

const held = (s: LiveStatus, n: number): boolean => s.kind === 'live' && s.acked === n && s.pending === 0;

const lines = (dataDir: string, id: string, team: number): SessionEvent[] =>
  readFileSync(join(dataDir, id, `team-${team}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => (JSON.parse(l) as { event: SessionEvent }).event);

describe('the live client', () => {
  it('streams a log as it grows, in order, every event once', async () => {
    const run = await server();
    cleanups.push(async () => {
      await run.server.close();
      removeDir(run.dataDir);
    });
    const w = await createWorkshop(run.url);
    const log = sessionLog();
    const c = client(run.url, w.id, w.teams[0]?.token ?? '');
    const growing: SessionEvent[] = [];
    // The log grows a few events at a time, as a session's does, while batches are in flight.
    for (let i = 0; i < log.length; i += 3) {
      growing.push(...log.slice(i, i + 3));
      c.live.update(growing, growing[growing.length - 1]?.t ?? 0);
    }
    await c.until((s) => held(s, log.length));
    expect(lines(run.dataDir, w.id, 1)).toEqual(log);
  });

  it('keeps playing while the server is gone and catches up from the last acknowledgement when it returns', async () => {
    const dataDir = tempDataDir();
    const first = await server(dataDir);
    const port = first.server.port;
    const w = await createWorkshop(first.url);
    const log = sessionLog();
    const half = Math.floor(log.length / 2);
    const c = client(first.url, w.id, w.teams[1]?.token ?? '');
    const growing = log.slice(0, half);
    c.live.update(growing, 0);
    await c.until((s) => held(s, half));

    await first.server.close();
    await c.until((s) => s.kind === 'offline');
    growing.push(...log.slice(half));
    c.live.update(growing, 0);
    expect(c.live.pending).toBe(log.length - half);

    const second = await server(dataDir, port);
    cleanups.push(async () => {
      await second.server.close();
      removeDir(dataDir);
    });
    await c.until((s) => held(s, log.length));
    expect(lines(dataDir, w.id, 2)).toEqual(log);
    expect(c.seen).toContain('offline');
  });

  it('after a reload (a fresh client, the log replayed from the save) sends nothing twice', async () => {
    const run = await server();
    cleanups.push(async () => {
      await run.server.close();
      removeDir(run.dataDir);
    });
    const w = await createWorkshop(run.url);
    const log = sessionLog();
    const before = client(run.url, w.id, w.teams[0]?.token ?? '');
    before.live.update(log.slice(0, 40), 0);
    await before.until((s) => held(s, 40));
    before.live.close();
    const after = client(run.url, w.id, w.teams[0]?.token ?? '');
    after.live.update(log.slice(0, 60), 0);
    await after.until((s) => held(s, 60));
    expect(lines(run.dataDir, w.id, 1)).toEqual(log.slice(0, 60));
  });

  it('stops, and says why, when the server refuses the team or its log', async () => {
    const run = await server();
    cleanups.push(async () => {
      await run.server.close();
      removeDir(run.dataDir);
    });
    const w = await createWorkshop(run.url);
    const wrong = client(run.url, w.id, 'not-a-token');
    await wrong.until((s) => s.kind === 'refused');
    expect(wrong.live.status).toEqual({ kind: 'refused', reason: 'cannot join: the team token is wrong' });

    const other = client(run.url, w.id, w.teams[0]?.token ?? '');
    const log = sessionLog();
    other.live.update([{ ...log[0], seed: 99 } as SessionEvent], 0);
    await other.until((s) => s.kind === 'refused');
    expect(other.live.status).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/seed 7/) });
  });
});

describe('which pages join a live workshop', () => {
  it('a team link served by the workshop server, and no other', () => {
    const search = '?scenario=faulty-product&mode=workshop&team=Orcas&workshop=abc123';
    expect(liveLinkOf(search, '#token=t0k', true)).toEqual({ workshop: 'abc123', token: 't0k' });
    expect(liveLinkOf(search, '#token=t0k', false)).toBeNull();
    expect(liveLinkOf(search, '', true)).toBeNull();
    expect(liveLinkOf(search.replace('&workshop=abc123', ''), '#token=t0k', true)).toBeNull();
    expect(liveLinkOf(search.replace('mode=workshop', 'mode=training'), '#token=t0k', true)).toBeNull();
    expect(liveLinkOf(search.replace('abc123', 'a/b'), '#token=t0k', true)).toBeNull();
  });
});
