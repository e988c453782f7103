import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { CompiledScenario } from '../content/compiled-scenario';
import { loadLexicons } from '../grading/load-lexicon';
import { FileStore } from './file-store';
import { connectRedis, PREFIX, type Redis, RedisStore } from './redis-store';
import { type StaticSite, staticSite } from './static-site';
import { attachTeamChannel, type ChannelOptions } from './team-channel';
import { createApi } from './workshop-api';
import { WorkshopRegistry } from './workshop-registry';
import type { WorkshopStore } from './workshop-store';

/**
 * The live workshop server: the built game, the workshop API and the teams' channel on one
 * origin, over the workshops kept in the data folder. Listens on each host given (the LAN address
 * and 127.0.0.1, say) with one port; the log lines it writes name workshops and teams, never a key
 * or a token (those travel in headers, handshakes and URL fragments, none of which is logged).
 */
export interface WorkshopServerOptions {
  /** The data folder of the embedded store (one process); unused with `redisUrl`. */
  readonly dataDir?: string;
  /**
   * Redis shared by several server processes: the workshops, logs and controls kept there, and
   * socket.io's messages between the processes through its Redis streams adapter.
   */
  readonly redisUrl?: string;
  /** The built game; without it the server answers the API and the channel only. */
  readonly distDir?: string;
  readonly scenarios: readonly CompiledScenario[];
  readonly hosts?: readonly string[];
  /** 0 picks a free port (the same one on every host). */
  readonly port?: number;
  readonly log?: (line: string) => void;
  readonly channel?: ChannelOptions;
}

export interface WorkshopServer {
  readonly port: number;
  readonly urls: readonly string[];
  readonly registry: WorkshopRegistry;
  close(): Promise<void>;
}

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<WorkshopServer> {
  const log = options.log ?? (() => undefined);
  // Team scores replay logs and results files are checked against the grader: both languages.
  await loadLexicons();
  const { store, adapter, listening, closed } = await openStore(options, log);
  const registry = await WorkshopRegistry.open(store);
  log(
    store.shared
      ? `${store.description}: workshops shared with the other server processes`
      : `${store.description}: ${registry.size} workshop(s) rebuilt`,
  );
  const site: StaticSite | null = options.distDir ? await staticSite(options.distDir) : null;
  const byId = new Map(options.scenarios.map((s) => [s.manifest.id, s]));
  const api = createApi({ registry, scenario: (id) => byId.get(id), scenarioIds: [...byId.keys()] });

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The path alone: the query and fragment carry nothing the server routes on, and are not logged.
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    api(req, res, path)
      .then(async (answered) => {
        if (answered) return;
        if (site) return site.handle(req, res, path);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      })
      .catch((error: Error) => {
        log(`${req.method} ${path}: ${error.message}`);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('server error\n');
      });
  });
  const io = attachTeamChannel(http, registry, { ...options.channel, log }, adapter);
  await listening?.(io);

  const hosts = options.hosts ?? ['127.0.0.1'];
  const [first, ...others] = hosts;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, first, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  // Further hosts hand their connections to the same HTTP server (one server, one socket.io).
  const extra: NetServer[] = [];
  try {
    for (const host of others) {
      const server = createNetServer((socket) => http.emit('connection', socket));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      extra.push(server);
    }
  } catch (error) {
    for (const s of extra) s.close();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    closed?.();
    await registry.close();
    throw error;
  }
  const urls = hosts.map((h) => `http://${h.includes(':') ? `[${h}]` : h}:${port}/`);

  return {
    port,
    urls,
    registry,
    async close() {
      // Closing the transports, not disconnecting the sockets: a team's client then sees the server
      // gone (as after a crash) and reconnects when it is back.
      for (const s of extra) s.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      closed?.();
      await registry.close();
    },
  };
}

/** The data folder's store, or Redis's, with socket.io's adapter on a Redis connection of its own. */
async function openStore(
  options: WorkshopServerOptions,
  log: (line: string) => void,
): Promise<{
  store: WorkshopStore;
  adapter?: ServerOptions['adapter'];
  listening?: (io: Server) => Promise<void>;
  /** Ends what the adapter used, once socket.io is closed. */
  closed?: () => void;
}> {
  if (options.redisUrl !== undefined) {
    const redis = await connectRedis(options.redisUrl, log, { queue: false, name: 'workshops' });
    const between = await connectRedis(options.redisUrl, log, { queue: true, name: 'socket.io' });
    // The adapter's own stream and channels, apart from the workshops' keys.
    const adapter = createAdapter(publishingSafely(between), {
      streamName: `${PREFIX}socket.io`,
      channelPrefix: `${PREFIX}socket.io`,
      // How long its reading client blocks: a closing server waits for it at most this long.
      blockTimeInMs: 2000,
    });
    return {
      store: new RedisStore(redis, options.redisUrl),
      adapter,
      listening: (io) => adapterListening(redis, io),
      closed: () => between.destroy(),
    };
  }
  if (options.dataDir === undefined) throw new Error('the server needs a data folder or a Redis URL');
  return { store: new FileStore(options.dataDir) };
}

/**
 * The client as the adapter gets it, its PUBLISH failures caught: the adapter (0.3.1) sends the
 * messages between servers with PUBLISH and leaves the promise unhandled, and Node ends a process
 * on an unhandled rejection, so a message sent as Redis goes away would take the server down.
 */
function publishingSafely(redis: Redis): Redis {
  return new Proxy(redis, {
    get(target, name) {
      if (name === 'publish')
        return (...args: Parameters<Redis['publish']>) => target.publish(...args).catch(() => 0);
      const value = Reflect.get(target, name, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Waits until this process's adapter listens to the other processes (its PUB/SUB subscription is
 * in place): a control sent to a team here from then on arrives, and closing the server later does
 * not cut a subscription still under way.
 */
async function adapterListening(redis: Redis, io: Server): Promise<void> {
  const uid = (io.of('/').adapter as unknown as { uid: string }).uid;
  const channel = `${PREFIX}socket.io#/#${uid}#`;
  for (let i = 0; i < 100; i++) {
    const counts = await redis.pubSubNumSub(channel);
    if ((counts[channel] ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("socket.io's Redis adapter did not subscribe within 2 s");
}
