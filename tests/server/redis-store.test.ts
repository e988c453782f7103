import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type Redis, RedisStore } from '../../src/server/redis-store';
import { hashSecret } from '../../src/server/secrets';
import { WORKSHOP_FORMAT, WORKSHOP_VERSION, type WorkshopMeta } from '../../src/server/workshop-meta';
import { sessionLog } from './harness';
import { hasRedis, type RedisProcess, startRedis } from './redis-harness';

/** The Redis store on its own, as two server processes would each hold it (one client each). */
const meta = (id: string): WorkshopMeta => ({
  format: WORKSHOP_FORMAT,
  version: WORKSHOP_VERSION,
  id,
  createdAt: new Date(0).toISOString(),
  scenario: 'faulty-product',
  lang: 'en',
  seed: 7,
  speed: 20,
  hold: false,
  facilitatorKeyHash: hashSecret(`key of ${id}`),
  teams: [{ name: 'Orcas', tokenHash: hashSecret('t') }],
});

const until = async (read: () => Promise<number>, want: number, what: string): Promise<void> => {
  for (let i = 0; i < 200 && (await read()) !== want; i++) await new Promise((r) => setTimeout(r, 25));
  if ((await read()) !== want) throw new Error(`never happened: ${what}`);
};

describe.skipIf(!hasRedis)('the Redis store', () => {
  let redis: RedisProcess;
  const clients: Redis[] = [];
  const client = async (): Promise<Redis> => {
    const c = await connectRedis(redis.url, () => undefined, { queue: false, name: 'test' });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const c of clients) if (c.isOpen) c.destroy();
    await redis?.stop();
  });

  it('keeps a workshop once under its id, finds it by its key’s hash, and names a stored one that does not read', async () => {
    const one = new RedisStore(await client(), redis.url);
    const other = new RedisStore(await client(), redis.url);
    expect(await one.create(meta('w1'))).toBe(true);
    expect(await other.create({ ...meta('w1'), seed: 8 })).toBe(false);
    expect(await other.read('w1')).toEqual(meta('w1'));
    expect(await other.idByKeyHash(hashSecret('key of w1'))).toBe('w1');
    expect(await other.idByKeyHash(hashSecret('another key'))).toBeUndefined();
    await (clients[0] as Redis).set('cortafuegos:workshop:bad', '{"id":"bad"}');
    await expect(other.read('bad')).rejects.toThrow(/cortafuegos:workshop:bad: not a workshop/);
  });

  it('appends a batch only at the end it was given, all or none, and names an entry that is not an event', async () => {
    const store = new RedisStore(await client(), redis.url);
    const log = sessionLog().map((e) => JSON.stringify(e));
    const a = await store.openTeamLog(meta('w2'), 0);
    const b = await new RedisStore(await client(), redis.url).openTeamLog(meta('w2'), 0);
    expect(await a.appendAt(0, log.slice(0, 3))).toEqual({ ok: true });
    // The other process, behind: told how many are held, writes nothing.
    expect(await b.appendAt(0, log.slice(0, 3))).toEqual({ ok: false, held: 3 });
    expect(await b.appendAt(5, log.slice(5, 6))).toEqual({ ok: false, held: 3 });
    expect(await b.appendAt(3, log.slice(3, 5))).toEqual({ ok: true });
    expect(await a.readFrom(0)).toEqual(log.slice(0, 5));
    expect(await a.readFrom(3)).toEqual(log.slice(3, 5));
    const raw = clients[0] as Redis;
    expect(((await raw.xRange('cortafuegos:log:w2:0', '-', '+')) ?? []).map((e) => e.id)).toEqual([
      '0-1',
      '0-2',
      '0-3',
      '0-4',
      '0-5',
    ]);
    await raw.xAdd('cortafuegos:log:w2:0', '0-6', { e: '{"t":0,"type":"rewrite_history"}' });
    await expect(a.readFrom(5)).rejects.toThrow(/cortafuegos:log:w2:0 0-6: not a log event/);
  });

  it('numbers controls across processes and shares their acknowledgements', async () => {
    const one = await new RedisStore(await client(), redis.url).openControls(meta('w3'));
    const other = await new RedisStore(await client(), redis.url).openControls(meta('w3'));
    expect(await one.issue([0], { type: 'pause' })).toEqual({ id: 1, control: { type: 'pause' } });
    expect(await other.issue([0], { type: 'start' })).toEqual({ id: 2, control: { type: 'start' } });
    expect(await one.started()).toBe(true);
    expect((await one.pending(0)).map((c) => c.id)).toEqual([1, 2]);
    await other.acknowledge(0, 1);
    await other.acknowledge(1, 2); // Not a control for team 1: nothing changes.
    expect((await one.pending(0)).map((c) => c.id)).toEqual([2]);
    expect(await one.pending(1)).toEqual([]);
  });

  it('counts a team’s connections on every process; a process that stops renewing them drops out', async () => {
    const dying = await client();
    const here = new RedisStore(dying, redis.url, 600);
    const there = new RedisStore(await client(), redis.url, 600);
    const liveHere = here.openTeamLive(meta('w4'), 0);
    const liveThere = there.openTeamLive(meta('w4'), 0);
    await liveHere.join('a');
    await liveHere.join('b');
    await liveThere.join('c');
    expect(await liveThere.connections()).toBe(3);
    await liveHere.leave('b');
    expect(await liveThere.connections()).toBe(2);
    await liveThere.report(40);
    await liveHere.report(12); // An older clock does not move it back.
    expect(await liveHere.reported()).toBe(40);
    // The process dies without clearing its connections: they lapse; the living one renews its own.
    dying.destroy();
    await until(() => liveThere.connections(), 1, 'the dead process’s connection lapsed');
    await new Promise((r) => setTimeout(r, 900));
    expect(await liveThere.connections()).toBe(1);
    await there.close();
    await here.close();
  });
});
