import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { redactedUrl } from '../server/redis-store';
import { startWorkshopServer } from '../server/workshop-server';
import { loadLibrary, reportDiagnostics } from './load-library';

/**
 * `npm run workshop [-- --port N] [--data DIR]`: the live workshop server. Builds the game when
 * `dist/` has none, then serves it, the workshop API and the teams' channel on the machine's LAN
 * addresses and 127.0.0.1, keeping every workshop under the data folder, or, with `REDIS_URL` set
 * (`redis://host:6379`), in that Redis, shared with every other server process pointed at it.
 */
function usage(message: string): never {
  process.stderr.write(`workshop: ${message}\n`);
  process.exit(2);
}

const FLAGS = {
  port: { type: 'string', default: '8787' },
  data: { type: 'string', default: './workshop-data' },
  /** The built game to serve (default `dist/`, built when missing). */
  dist: { type: 'string' },
  /** Addresses to listen on, instead of the LAN addresses and 127.0.0.1. */
  host: { type: 'string', multiple: true },
  help: { type: 'boolean', default: false },
} as const;

function parse() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: FLAGS, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    const flag = /'([^']+)'/.exec((error as Error).message)?.[1] ?? (error as Error).message;
    usage(`unknown or malformed flag ${flag}; valid flags: --port N, --data DIR, --dist DIR, --host ADDRESS`);
  }
}

/** The machine's IPv4 addresses on its networks (what a team's laptop on the same Wi-Fi reaches). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

const args = parse();
if (args.help) {
  process.stdout.write(
    'usage: [REDIS_URL=redis://host:6379] npm run workshop [-- --port N (default 8787)] [--data DIR (default ./workshop-data)]\n' +
      '  with REDIS_URL, the workshops are kept in that Redis and shared by every server process on it\n',
  );
  process.exit(0);
}
if (!/^\d{1,5}$/.test(args.port) || Number(args.port) > 65535)
  usage(`--port must be a port number (0 to 65535), not "${args.port}"`);

const dist = resolve(args.dist ?? 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  if (args.dist) usage(`--dist ${args.dist} has no index.html`);
  process.stdout.write('workshop: no built game in dist/, building it (npm run build)…\n');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) usage('the build failed; the game cannot be served');
}

const library = loadLibrary();
reportDiagnostics(library);
const lan = lanAddresses();
const hosts = args.host ?? [...lan, '127.0.0.1'];
const dataDir = resolve(args.data);
const redisUrl = process.env.REDIS_URL?.trim() || undefined;
if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl))
  usage('REDIS_URL must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379');

startWorkshopServer({
  ...(redisUrl === undefined ? { dataDir } : { redisUrl }),
  distDir: dist,
  scenarios: library.scenarios,
  hosts,
  port: Number(args.port),
  log: (line) => process.stdout.write(`workshop: ${line}\n`),
}).then(
  (server) => {
    const lines = [
      '',
      'Cortafuegos live workshop server',
      redisUrl === undefined
        ? `  data folder: ${dataDir}`
        : `  workshops in Redis at ${redactedUrl(redisUrl)}, shared with the other server processes`,
      ...server.urls.map((url) => `  set up a workshop: ${url}?view=workshop`),
      '  API: POST /api/workshops {scenario, lang, seed, speed, teams, hold?} gives the team links;',
      '       GET /api/workshops/<id> with "Authorization: Bearer <facilitatorKey>" follows the teams.',
      '',
      ...server.urls.map((url) => `listening ${url}`),
      '',
    ];
    process.stdout.write(lines.join('\n'));
    let closing = false;
    const stop = (): void => {
      if (closing) return;
      closing = true;
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: Error) => usage(`cannot start: ${error.message}`),
);
