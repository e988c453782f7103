import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkshopServer } from '../../src/server/workshop-server';
import { freePort } from '../free-port';
import { realLibrary } from '../helpers';
import { fakeDist, type Running } from './harness';

/** Debian's redis-server (`apt-get install redis-server`; `.ci/run` installs it). */
export const REDIS_SERVER = '/usr/bin/redis-server';
export const hasRedis = existsSync(REDIS_SERVER);

export interface RedisProcess {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port of 127.0.0.1, in memory only, unless `dir` is
 * given: then it keeps an append-only file there, flushed on every write (so a restart on the same
 * folder and port comes back with what it acknowledged).
 */
export async function startRedis(port?: number, dir?: string): Promise<RedisProcess> {
  const chosen = port ?? (await freePort());
  const persistence = dir
    ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir]
    : ['--appendonly', 'no'];
  const child: ChildProcess = spawn(
    REDIS_SERVER,
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', ...persistence],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

export const tempRedisDir = (): string => mkdtempSync(join(tmpdir(), 'cortafuegos-redis-'));

/** A workshop server process in this test process, on the given Redis. */
export async function startRedisServer(redisUrl: string): Promise<Running> {
  const logged: string[] = [];
  const server = await startWorkshopServer({
    redisUrl,
    distDir: fakeDist(),
    scenarios: realLibrary().scenarios,
    hosts: ['127.0.0.1'],
    port: 0,
    log: (line) => logged.push(line),
  });
  return { server, url: `http://127.0.0.1:${server.port}`, dataDir: '', logged };
}
