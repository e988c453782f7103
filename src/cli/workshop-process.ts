import { type ChildProcess, spawn } from 'node:child_process';

/**
 * Starts `npm run workshop`'s entry as a process of its own, on a free port of 127.0.0.1, and
 * resolves with it and its URL once it listens (the crash test kills it; the bench measures it).
 * Node itself with tsx's loader, not the tsx command: that runs the server in a child process of
 * its own, which a SIGKILL of the command would leave running.
 */
export function spawnWorkshopServer(
  dataDir: string,
  dist: string,
  cwd: string = process.cwd(),
  /** Set as the process's environment over this one's (`REDIS_URL`, say). */
  env: Readonly<Record<string, string>> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const args = ['--import', 'tsx', 'src/cli/workshop.cli.ts', '--port', '0', '--host', '127.0.0.1'];
  const child = spawn(process.execPath, [...args, '--data', dataDir, '--dist', dist], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (url) ok({ child, url });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before listening: ${out}${err}`)));
  });
}
