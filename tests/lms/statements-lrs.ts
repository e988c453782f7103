import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../free-port';

/**
 * A real learning record store for the browser tests: Learning Locker's `xapi-statements` (a dev
 * dependency, GPL, never shipped), run in its own Node process with everything in memory (models
 * in memory, fake auth, test events: no MongoDB, no Redis). It is a Statements API only; it
 * validates every statement with xapi-validation and refuses one that is not valid xAPI. The test
 * LMS answers the State API itself.
 */
export interface Lrs {
  readonly url: string;
  /** The statements it stored for a registration, oldest first. */
  statements(registration: string): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function startLrs(root: string): Promise<Lrs> {
  const port = await freePort();
  const storage = mkdtempSync(join(tmpdir(), 'cortafuegos-lrs-'));
  const child: ChildProcess = fork(join(root, 'node_modules/xapi-statements/dist/index.js'), [], {
    cwd: storage,
    silent: true,
    env: {
      PATH: process.env.PATH ?? '',
      EXPRESS_PORT: String(port),
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: storage,
      EXPRESS_MORGAN_DIRECTORY: storage,
      SERVICE_AWAIT_UPDATES: 'true',
      WINSTON_CONSOLE_LEVEL: 'error',
    },
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the LRS did not start: ${output}`)), 60_000);
    child.once('message', (m) => {
      if (m === 'ready') {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the LRS exited (${code}): ${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async statements(registration) {
      const query = new URLSearchParams({ registration, ascending: 'true', limit: '500' });
      const response = await fetch(`${url}/xAPI/statements?${query}`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic dGVzdDp0ZXN0' },
      });
      if (!response.ok) throw new Error(`the LRS answered ${response.status}: ${await response.text()}`);
      return ((await response.json()) as { statements: unknown[] }).statements;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          rmSync(storage, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
