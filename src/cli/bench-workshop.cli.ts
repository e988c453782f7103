import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { LiveClient } from '../app/workshop/live-client';
import { MAX_TEAMS } from '../app/workshop/workshop-setup';
import { findScenario } from '../content/scenario-library';
import { loadLexicons } from '../grading/load-lexicon';
import type { SessionEvent } from '../sim/event';
import { playHeadless } from '../sim/headless';
import { POLICIES } from '../sim/policies';
import { loadLibrary } from './load-library';
import { spawnWorkshopServer } from './workshop-process';

// The grader's lexicons load per language on demand (load-lexicon.ts); this tool grades in both.
await loadLexicons();

/**
 * `npm run bench:workshop`: 50 simulated teams (socket.io clients running the game's own live
 * client) play a whole scenario at speed 20 against one workshop server process. Each team's log
 * is a headless session, released event by event at the time it was logged. Prints events per
 * second, acknowledgement latency p50/p95 (event written in the log → acknowledged on the
 * server's disk), events lost, and the server process's memory. `BENCH_TEAMS`, `BENCH_SPEED` and
 * `BENCH_SCENARIO` change the load. With `REDIS_URL` set the servers keep the workshops in that
 * Redis, and `BENCH_PROCESSES` (default 2 then) server processes share the teams in turn; the
 * workshops are created and read back through the first.
 */
const TEAMS = Number(process.env.BENCH_TEAMS ?? 50);
const SPEED = Number(process.env.BENCH_SPEED ?? 20);
const SCENARIO = process.env.BENCH_SCENARIO ?? 'faulty-product';
const SEED = 7;
const LANG = 'en';
const REDIS_URL = process.env.REDIS_URL?.trim() || undefined;
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? (REDIS_URL ? 2 : 1));

/** Resident and peak memory of a process, in MiB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main(): Promise<void> {
  const library = loadLibrary();
  const scenario = findScenario(library, SCENARIO);
  if (!scenario) throw new Error(`no scenario "${SCENARIO}"`);
  const policies = Object.keys(POLICIES);
  // Each team plays its own way (the policies in turn), so the logs differ in length and timing.
  const logs: SessionEvent[][] = Array.from({ length: TEAMS }, (_, i) => {
    const policy = POLICIES[policies[i % policies.length] ?? 'random'];
    if (!policy) throw new Error('no policy');
    return [...playHeadless(scenario, LANG, SEED, policy).log];
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'cortafuegos-bench-workshop-'));
  const dist = mkdtempSync(join(tmpdir(), 'cortafuegos-bench-dist-'));
  writeFileSync(
    join(dist, 'index.html'),
    `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'" /></head></html>`,
  );
  if (!Number.isInteger(PROCESSES) || PROCESSES < 1)
    throw new Error('BENCH_PROCESSES must be a whole number, 1 or more');
  if (PROCESSES > 1 && !REDIS_URL)
    throw new Error('several server processes share workshops only through REDIS_URL');
  const servers: Awaited<ReturnType<typeof spawnWorkshopServer>>[] = [];
  const memoryOfAll = () =>
    servers
      .map((s) => memoryOf(s.child.pid ?? 0))
      .reduce((a, m) => ({ rss: a.rss + m.rss, peak: a.peak + m.peak }), { rss: 0, peak: 0 });
  try {
    for (let i = 0; i < PROCESSES; i++) servers.push(await spawnWorkshopServer(dataDir, dist));
    const urls = servers.map((s) => s.url);
    const url = urls[0] ?? '';
    // A workshop holds at most MAX_TEAMS teams: the teams are spread over as many as they need.
    const seats: { id: string; token: string }[] = [];
    const keys = new Map<string, string>();
    for (let first = 0; first < TEAMS; first += MAX_TEAMS) {
      const names = logs.slice(first, first + MAX_TEAMS).map((_, i) => `Team ${first + i + 1}`);
      const res = await fetch(`${url}/api/workshops`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scenario: SCENARIO, lang: LANG, seed: SEED, speed: SPEED, teams: names }),
      });
      if (res.status !== 201) throw new Error(`creating a workshop: ${res.status} ${await res.text()}`);
      const created = (await res.json()) as {
        id: string;
        facilitatorKey: string;
        teams: { token: string }[];
      };
      keys.set(created.id, created.facilitatorKey);
      for (const team of created.teams) seats.push({ id: created.id, token: team.token });
    }
    const latencies: number[] = [];
    const start = performance.now();
    const runs = logs.map(
      (log, i) =>
        new Promise<void>((done) => {
          const written: number[] = [];
          let acked = 0;
          const growing: SessionEvent[] = [];
          const socket = io(urls[i % urls.length] ?? url, {
            auth: { workshop: seats[i]?.id ?? '', token: seats[i]?.token ?? '' },
            transports: ['websocket'],
          });
          const client = new LiveClient(socket, {
            onStatus: (status) => {
              if (status.kind !== 'live') return;
              const now = performance.now();
              for (; acked < status.acked; acked++) latencies.push(now - (written[acked] ?? now));
              if (acked === log.length) {
                client.close();
                done();
              }
            },
          });
          const tick = setInterval(() => {
            const simulated = ((performance.now() - start) / 1000) * SPEED;
            const before = growing.length;
            while (growing.length < log.length && (log[growing.length]?.t ?? 0) <= simulated) {
              written.push(performance.now());
              growing.push(log[growing.length] as SessionEvent);
            }
            if (growing.length > before) client.update(growing, simulated);
            if (growing.length === log.length) clearInterval(tick);
          }, 50);
        }),
    );
    let peakDuring = 0;
    const sampler = setInterval(() => {
      peakDuring = Math.max(peakDuring, memoryOfAll().rss);
    }, 500);
    await Promise.all(runs);
    clearInterval(sampler);
    const seconds = (performance.now() - start) / 1000;
    const held: number[] = [];
    for (const [id, key] of keys) {
      const state = await fetch(`${url}/api/workshops/${id}`, {
        headers: { Authorization: `Bearer ${key}` },
      });
      held.push(...((await state.json()) as { teams: { events: number }[] }).teams.map((t) => t.events));
    }
    const total = logs.reduce((n, l) => n + l.length, 0);
    const lost = logs.reduce((n, l, i) => n + Math.max(0, l.length - (held[i] ?? 0)), 0);
    const sorted = [...latencies].sort((a, b) => a - b);
    const memory = memoryOfAll();
    const where = REDIS_URL ? `${PROCESSES} server process(es) on Redis` : 'one server process';
    process.stdout.write(
      [
        `bench:workshop — ${TEAMS} teams in ${keys.size} workshop(s), ${SCENARIO} at speed ${SPEED}, ${where}`,
        `  events: ${total} in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(0)} events/s`,
        `  acknowledgement latency (written in the log → ${REDIS_URL ? 'in Redis' : "on the server's disk"}): p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms`,
        `  events lost: ${lost}`,
        `  server memory${PROCESSES > 1 ? ' (all processes)' : ''}: ${memory.rss.toFixed(0)} MiB resident at the end, ${Math.max(peakDuring, memory.peak).toFixed(0)} MiB peak`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const { child } of servers) child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench:workshop: ${error.message}\n`);
    process.exit(1);
  },
);
