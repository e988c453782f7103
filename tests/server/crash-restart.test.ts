import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnWorkshopServer } from '../../src/cli/workshop-process';
import type { SessionEvent } from '../../src/sim/event';
import { createWorkshop, fakeDist, joinTeam, removeDir, send, sessionLog, tempDataDir } from './harness';

const ROOT = resolve(__dirname, '../..');

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** The server process, killed at the end of each test whatever happened. */
async function startServerProcess(
  dataDir: string,
  dist: string,
): Promise<{ child: ChildProcess; url: string }> {
  const started = await spawnWorkshopServer(dataDir, dist, ROOT);
  children.push(started.child);
  return started;
}

const killHard = (child: ChildProcess): Promise<void> =>
  new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGKILL');
  });

const held = async (url: string, id: string, key: string): Promise<number[]> => {
  const res = await fetch(`${url}/api/workshops/${id}`, { headers: { Authorization: `Bearer ${key}` } });
  return ((await res.json()) as { teams: { events: number }[] }).teams.map((t) => t.events);
};

describe('a server killed with SIGKILL', () => {
  it('comes back on the same data folder with every acknowledged event', async () => {
    const dataDir = tempDataDir();
    const dist = fakeDist();
    try {
      const log = sessionLog();
      const first = await startServerProcess(dataDir, dist);
      const w = await createWorkshop(first.url, ['Orcas', 'Lynx']);
      const teams = await Promise.all(w.teams.map((t) => joinTeam(first.url, w.id, t.token)));
      // Both teams stream in batches of 7; the last batch of each is sent and not waited for.
      const acked = [0, 0];
      for (let round = 0; round < 6; round++) {
        await Promise.all(
          teams.map(async ({ socket }, i) => {
            const seq = acked[i] ?? 0;
            const ack = await send(socket, { seq, events: log.slice(seq, seq + 7) });
            if (!ack.ok) throw new Error(ack.message);
            acked[i] = ack.held;
          }),
        );
      }
      for (const [i, { socket }] of teams.entries()) {
        const seq = acked[i] ?? 0;
        socket.emit('events', { seq, events: log.slice(seq, seq + 7) }, () => undefined);
      }
      await killHard(first.child);
      for (const { socket } of teams) socket.close();
      // The process that was killed is the one that served: nothing answers on its port any more.
      await expect(fetch(first.url)).rejects.toThrow();

      const second = await startServerProcess(dataDir, dist);
      const after = await held(second.url, w.id, w.facilitatorKey);
      // Every acknowledged event is there; an unacknowledged batch may or may not have landed.
      for (const [i, n] of after.entries()) {
        expect(n).toBeGreaterThanOrEqual(acked[i] ?? 0);
        const lines = readFileSync(join(dataDir, w.id, `team-${i + 1}.jsonl`), 'utf8')
          .trim()
          .split('\n');
        expect(lines.map((l) => JSON.parse(l) as { seq: number; event: SessionEvent })).toEqual(
          log.slice(0, n).map((event, seq) => ({ seq, event })),
        );
      }
      // The keys still open the workshop, and each team carries on from what the server holds.
      const again = await joinTeam(second.url, w.id, w.teams[0]?.token ?? '');
      expect(again.joined.held).toBe(after[0]);
      const rest = log.slice(again.joined.held, again.joined.held + 10);
      expect(await send(again.socket, { seq: again.joined.held, events: rest })).toEqual({
        ok: true,
        held: again.joined.held + rest.length,
      });
      again.socket.close();
      await killHard(second.child);
    } finally {
      removeDir(dataDir);
      removeDir(dist);
    }
  });
});
