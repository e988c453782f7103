import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { type Ack, CHANNEL, type Joined } from '../../src/app/workshop/live-protocol';
import { startWorkshopServer, type WorkshopServer } from '../../src/server/workshop-server';
import type { SessionEvent } from '../../src/sim/event';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';

/** A stand-in for `dist/`: an index.html carrying a policy, and one asset. */
export const TEST_CSP = "default-src 'self'; connect-src 'self'; object-src 'none'";

export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cortafuegos-dist-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${TEST_CSP}" /></head><body></body></html>`,
  );
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'cortafuegos-workshop-data-'));

export interface Running {
  server: WorkshopServer;
  url: string;
  dataDir: string;
  /** What the server logged. */
  logged: string[];
}

export async function startTestServer(dataDir = tempDataDir(), channel = {}): Promise<Running> {
  const logged: string[] = [];
  const server = await startWorkshopServer({
    dataDir,
    distDir: fakeDist(),
    scenarios: realLibrary().scenarios,
    hosts: ['127.0.0.1'],
    port: 0,
    channel,
    log: (line) => logged.push(line),
  });
  return { server, url: `http://127.0.0.1:${server.port}`, dataDir, logged };
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

export interface CreatedBody {
  id: string;
  facilitatorKey: string;
  console: string;
  teams: { name: string; link: string; token: string }[];
}

export const WORKSHOP = { scenario: 'faulty-product', lang: 'en', seed: 7, speed: 20 } as const;

export async function createWorkshop(url: string, teams = ['Orcas', 'Lynx']): Promise<CreatedBody> {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...WORKSHOP, teams }),
  });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedBody;
}

/** A whole session of the workshop's crisis, played headless: a real log to stream. */
export function sessionLog(policy = 'random'): SessionEvent[] {
  const scenario = realLibrary().scenarios.find((s) => s.manifest.id === WORKSHOP.scenario);
  const player = POLICIES[policy];
  if (!scenario || !player) throw new Error(`no scenario ${WORKSHOP.scenario} or policy ${policy}`);
  return [...playHeadless(scenario, WORKSHOP.lang, WORKSHOP.seed, player).log];
}

/** A team's socket, connected and told what the server holds (or the reason it was refused). */
export function connectTeam(
  url: string,
  auth: unknown,
): Promise<{ socket: Socket; joined: Joined } | { error: string }> {
  const socket = io(url, {
    auth: auth as Record<string, unknown>,
    reconnection: false,
    transports: ['websocket'],
  });
  return new Promise((resolve) => {
    socket.once(CHANNEL.joined, (joined: Joined) => resolve({ socket, joined }));
    socket.once('connect_error', (error) => {
      socket.close();
      resolve({ error: error.message });
    });
  });
}

export async function joinTeam(url: string, workshop: string, token: string) {
  const joined = await connectTeam(url, { workshop, token });
  if ('error' in joined) throw new Error(joined.error);
  return joined;
}

export const send = (socket: Socket, ...args: unknown[]): Promise<Ack> =>
  socket.emitWithAck(CHANNEL.events, ...args);
