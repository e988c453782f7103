import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  createClient,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
} from 'redis';
import { sessionEventSchema } from '../sim/event';
import { RedisControls } from './redis-controls';
import { type WorkshopMeta, workshopMetaSchema } from './workshop-meta';
import type { ControlsStore, TeamLiveStore, TeamLogStore, WorkshopStore } from './workshop-store';

/**
 * The store for several server processes (`REDIS_URL`): every workshop in one Redis, so a team
 * and its facilitator may be served by different processes behind a load balancer.
 * - `cortafuegos:workshop:<id>`: the workshop (JSON, the same fields as `workshop.json`), written
 *   only if absent; `cortafuegos:key:<sha256>` → id, to find a workshop by its facilitator key.
 * - `cortafuegos:log:<id>:<n>`: team n's log, a Redis stream whose entry ids are `0-<seq + 1>`,
 *   each holding one event's JSON. A batch is added by one script that writes only at the end it
 *   was given, all or none, so two processes cannot both write one place and a resend adds nothing.
 * - `cortafuegos:online:<id>:<n>`: the team's open connections, a sorted set of connection ids
 *   scored by when they expire; each process renews its own every few seconds, so the connections
 *   of a process that died drop out on their own. `cortafuegos:clock:<id>:<n>`: its reported clock.
 * - the controls (redis-controls.ts).
 * Redis keeps what it acknowledges as its persistence is set: run it with `appendonly yes` and
 * `appendfsync always` for the file store's guarantee (an acknowledged event survives a crash).
 */
export type Redis = ReturnType<typeof newClient>;

export const PREFIX = 'cortafuegos:';
/** How long a connection counts as open without its process renewing it (renewed every third of it). */
export const ONLINE_MS = 15_000;

const APPEND_AT = `
local held = redis.call('XLEN', KEYS[1])
local at = tonumber(ARGV[1])
if held ~= at then return held end
for i = 2, #ARGV do
  redis.call('XADD', KEYS[1], '0-' .. (at + i - 1), 'e', ARGV[i])
end
return -1`;

const REPORT_MAX = `
local now = tonumber(ARGV[1])
if now > tonumber(redis.call('GET', KEYS[1]) or '-1') then redis.call('SET', KEYS[1], ARGV[1]) end
return 1`;

/** The URL without its password, for what the server prints. */
export const redactedUrl = (url: string): string => url.replace(/\/\/([^@/]*)@/, '//***@');

/**
 * A client on `url`, reconnecting in the background when Redis goes away. The store's client
 * (`queue: false`) fails at once while Redis is away, so no write waits for it: a team is told its
 * batch was not kept and sends it again. The adapter's client queues instead: its reading loop
 * retries at once on an error, and would spin on a client that fails at once. The first
 * connection is tried a few times, then given up with an error naming the address.
 */
export async function connectRedis(
  url: string,
  log: (line: string) => void,
  { queue, name }: { queue: boolean; name: string },
): Promise<Redis> {
  let connected = false;
  let down = false;
  const client = newClient(url, queue, () => connected);
  client.on('error', (error: Error) => {
    if (connected && !down) log(`Redis connection lost (${name}: ${error.message}); reconnecting`);
    down = true;
  });
  client.on('ready', () => {
    if (down && connected) log(`Redis connection back (${name})`);
    down = false;
  });
  await client.connect();
  connected = true;
  return client;
}

function newClient(url: string, queue: boolean, connected: () => boolean) {
  return createClient({
    url,
    disableOfflineQueue: !queue,
    socket: {
      connectTimeout: 3000,
      reconnectStrategy: (retries: number, cause: Error) =>
        !connected() && retries >= 3
          ? new Error(`cannot reach Redis at ${redactedUrl(url)} (${cause.message})`)
          : Math.min(100 * 2 ** retries, 2000),
    },
  });
}

export class RedisStore implements WorkshopStore {
  readonly shared = true;
  /** The connections this process holds, by presence key, renewed while they stay open. */
  private readonly online = new Map<string, Set<string>>();
  private readonly renewal: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    private readonly url: string,
    private readonly onlineMs = ONLINE_MS,
  ) {
    this.renewal = setInterval(() => this.renew(), onlineMs / 3);
    this.renewal.unref();
  }

  get description(): string {
    return `Redis at ${redactedUrl(this.url)}`;
  }

  async loadAll(): Promise<WorkshopMeta[]> {
    return []; // Opened as teams and facilitators ask for them.
  }

  async create(meta: WorkshopMeta): Promise<boolean> {
    const set = await this.redis.set(`${PREFIX}workshop:${meta.id}`, JSON.stringify(meta), { NX: true });
    if (set === null) return false;
    await this.redis.set(`${PREFIX}key:${meta.facilitatorKeyHash}`, meta.id);
    return true;
  }

  async read(id: string): Promise<WorkshopMeta | undefined> {
    const text = await this.redis.get(`${PREFIX}workshop:${id}`);
    if (text === null) return undefined;
    try {
      return workshopMetaSchema.parse(JSON.parse(text));
    } catch (error) {
      throw new Error(`Redis ${PREFIX}workshop:${id}: not a workshop (${(error as Error).message})`);
    }
  }

  async idByKeyHash(hash: string): Promise<string | undefined> {
    return (await this.redis.get(`${PREFIX}key:${hash}`)) ?? undefined;
  }

  async openTeamLog(meta: WorkshopMeta, team: number): Promise<TeamLogStore> {
    return new RedisTeamLog(this.redis, `${PREFIX}log:${meta.id}:${team}`);
  }

  openTeamLive(meta: WorkshopMeta, team: number): TeamLiveStore {
    const { redis, onlineMs } = this;
    const key = `${PREFIX}online:${meta.id}:${team}`;
    const clock = `${PREFIX}clock:${meta.id}:${team}`;
    const mine = this.online.get(key) ?? new Set<string>();
    this.online.set(key, mine);
    return {
      async join(connection) {
        mine.add(connection);
        await redis.zAdd(key, { score: Date.now() + onlineMs, value: connection });
      },
      async leave(connection) {
        mine.delete(connection);
        await redis.zRem(key, connection);
      },
      connections: () => redis.zCount(key, Date.now(), '+inf'),
      async report(now) {
        await redis.eval(REPORT_MAX, { keys: [clock], arguments: [String(now)] });
      },
      async reported() {
        return Number((await redis.get(clock)) ?? 0);
      },
    };
  }

  openControls(meta: WorkshopMeta): Promise<ControlsStore> {
    return RedisControls.open(this.redis, `${PREFIX}controls:${meta.id}`);
  }

  unavailable(error: unknown): boolean {
    return [
      ClientOfflineError,
      ClientClosedError,
      SocketClosedUnexpectedlyError,
      ConnectionTimeoutError,
      SocketTimeoutError,
    ].some((kind) => error instanceof kind);
  }

  /** Clears this process's connections (they close with it) and ends the client. */
  async close(): Promise<void> {
    clearInterval(this.renewal);
    await Promise.all(
      [...this.online].filter(([, set]) => set.size > 0).map(([key, set]) => this.redis.zRem(key, [...set])),
    ).catch(() => undefined);
    this.redis.destroy();
  }

  /** Renews this process's connections and drops the ones whose process stopped renewing them. */
  private renew(): void {
    const now = Date.now();
    for (const [key, set] of this.online) {
      const renewals = [...set].map((value) => ({ score: now + this.onlineMs, value }));
      const work = renewals.length > 0 ? this.redis.zAdd(key, renewals) : Promise.resolve(0);
      work.then(() => this.redis.zRemRangeByScore(key, '-inf', now)).catch(() => undefined);
    }
  }
}

/** A team's log as a Redis stream (see above). */
class RedisTeamLog implements TeamLogStore {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async readFrom(from: number): Promise<string[]> {
    const entries = await this.redis.xRange(this.key, `0-${from + 1}`, '+');
    return (entries ?? []).map((entry, i) => {
      const seq = from + i;
      if (entry.id !== `0-${seq + 1}`)
        throw new Error(`Redis ${this.key}: entry ${entry.id} where event ${seq} (0-${seq + 1}) belongs`);
      const text = entry.message.e;
      let event: unknown;
      try {
        event = sessionEventSchema.parse(JSON.parse(text ?? ''));
      } catch (error) {
        throw new Error(`Redis ${this.key} ${entry.id}: not a log event (${(error as Error).message})`);
      }
      return JSON.stringify(event);
    });
  }

  async appendAt(at: number, texts: readonly string[]): Promise<{ ok: true } | { ok: false; held: number }> {
    const held = Number(
      await this.redis.eval(APPEND_AT, { keys: [this.key], arguments: [String(at), ...texts] }),
    );
    return held === -1 ? { ok: true } : { ok: false, held };
  }

  async close(): Promise<void> {}
}
