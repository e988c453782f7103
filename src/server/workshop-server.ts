import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import type { CompiledScenario } from '../content/compiled-scenario';
import { type StaticSite, staticSite } from './static-site';
import { attachTeamChannel, type ChannelOptions } from './team-channel';
import { createApi } from './workshop-api';
import { WorkshopRegistry } from './workshop-registry';

/**
 * The live workshop server: the built game, the workshop API and the teams' channel on one
 * origin, over the workshops kept in the data folder. Listens on each host given (the LAN address
 * and 127.0.0.1, say) with one port; the log lines it writes name workshops and teams, never a key
 * or a token (those travel in headers, handshakes and URL fragments, none of which is logged).
 */
export interface WorkshopServerOptions {
  readonly dataDir: string;
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
  const registry = await WorkshopRegistry.open(options.dataDir);
  log(`data folder ${options.dataDir}: ${registry.size} workshop(s) rebuilt`);
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
  const io = attachTeamChannel(http, registry, { ...options.channel, log });

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
      await registry.close();
    },
  };
}
