import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_EVENT, type ControlMessage } from '../../src/app/workshop/control-protocol';
import { CHANNEL, type Joined } from '../../src/app/workshop/live-protocol';
import { type CreatedBody, joinTeam, type Running, removeDir, startTestServer, WORKSHOP } from './harness';

let run: Running;

beforeAll(async () => {
  run = await startTestServer();
});

afterAll(async () => {
  await run.server.close();
  removeDir(run.dataDir);
});

async function create(hold = false, teams = ['Orcas', 'Lynx']): Promise<CreatedBody> {
  const res = await fetch(`${run.url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...WORKSHOP, teams, hold }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreatedBody;
}

const post = (w: CreatedBody, body: unknown, key: string | null = w.facilitatorKey, raw?: string) =>
  fetch(`${run.url}/api/workshops/${w.id}/controls`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(key === null ? {} : { Authorization: `Bearer ${key}` }),
    },
    body: raw ?? JSON.stringify(body),
  });

const state = async (w: CreatedBody) =>
  (await (
    await fetch(`${run.url}/api/workshops/${w.id}`, {
      headers: { Authorization: `Bearer ${w.facilitatorKey}` },
    })
  ).json()) as { started: boolean; injects: string[]; teams: { pendingControls: number }[] };

/** The controls a team's socket receives; each is acknowledged as applied unless `answer` says otherwise. */
function collect(socket: Socket, answer = true): ControlMessage[] {
  const got: ControlMessage[] = [];
  socket.on(CONTROL_EVENT, (message: ControlMessage, ack: (a: unknown) => void) => {
    got.push(message);
    if (answer) ack({ ok: true });
  });
  return got;
}

/** A team's socket that collects controls from the moment it connects (they follow the join at once). */
function joinCollecting(w: CreatedBody, team: number, answer = true) {
  const socket = io(run.url, {
    auth: { workshop: w.id, token: w.teams[team]?.token ?? '' },
    reconnection: false,
    transports: ['websocket'],
  });
  const got = collect(socket, answer);
  const joined = new Promise<Joined>((resolve) => socket.once(CHANNEL.joined, resolve));
  return { socket, got, joined };
}

const until = async (check: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`never happened: ${what}`);
};

describe('facilitator controls', () => {
  it('a control reaches the team it is for, or every team, in order; the server counts it once acknowledged', async () => {
    const w = await create();
    const a = await joinTeam(run.url, w.id, w.teams[0]?.token ?? '');
    const b = await joinTeam(run.url, w.id, w.teams[1]?.token ?? '');
    const gotA = collect(a.socket);
    const gotB = collect(b.socket);
    expect((await post(w, { to: 'all', control: { type: 'pause' } })).status).toBe(202);
    const one = await post(w, { to: 1, control: { type: 'inject', inject: 'leaked_memo' } });
    expect(one.status).toBe(202);
    expect(await one.json()).toEqual({ id: 2, to: ['Lynx'] });
    await post(w, { to: 'all', control: { type: 'message', text: '<b>Ten minutes</b> left' } });
    await post(w, { to: 'all', control: { type: 'speed', speed: 4 } });
    await until(() => gotA.length === 3 && gotB.length === 4, 'every control delivered');
    expect(gotA.map((m) => m.control.type)).toEqual(['pause', 'message', 'speed']);
    expect(gotB.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    // The facilitator's text goes as it was written: the game shows it as text.
    expect(gotB[2]?.control).toEqual({ type: 'message', text: '<b>Ten minutes</b> left' });
    expect((await state(w)).injects).toEqual(['leaked_memo', 'competitor_ad']);
    a.socket.close();
    b.socket.close();
  });

  it('a control issued while a team is offline, or not acknowledged, is delivered when it reconnects', async () => {
    const w = await create();
    expect((await post(w, { to: 0, control: { type: 'inject', inject: 'competitor_ad' } })).status).toBe(202);
    expect((await state(w)).teams[0]?.pendingControls).toBe(1);
    // Received but not acknowledged (the page closed first): still pending.
    const first = joinCollecting(w, 0, false);
    const unanswered = first.got;
    await until(() => unanswered.length === 1, 'control sent on joining');
    first.socket.close();
    const again = joinCollecting(w, 0);
    const got = again.got;
    await until(() => got.length === 1, 'control sent again');
    expect(got[0]).toEqual({ id: 1, control: { type: 'inject', inject: 'competitor_ad' } });
    for (let i = 0; i < 40 && (await state(w)).teams[0]?.pendingControls !== 0; i++)
      await new Promise((r) => setTimeout(r, 25));
    expect((await state(w)).teams[0]?.pendingControls).toBe(0);
    const stored = JSON.parse(readFileSync(join(run.dataDir, w.id, 'controls.json'), 'utf8'));
    expect(stored.acked).toEqual({ '0': [1] });
    again.socket.close();
    // Acknowledged: a later connection is not sent it again.
    const third = joinCollecting(w, 0);
    const none = third.got;
    await third.joined;
    await new Promise((r) => setTimeout(r, 150));
    expect(none).toEqual([]);
    third.socket.close();
  });

  it('controls not yet acknowledged, and the start, outlive a server restart', async () => {
    const w = await create(true);
    expect((await post(w, { to: 'all', control: { type: 'start' } })).status).toBe(202);
    expect((await post(w, { to: 1, control: { type: 'message', text: 'Welcome' } })).status).toBe(202);
    await run.server.close();
    run = await startTestServer(run.dataDir);
    expect((await state(w)).started).toBe(true);
    const lynx = joinCollecting(w, 1);
    expect((await lynx.joined).hold).toBe(false);
    await until(() => lynx.got.length === 2, 'both controls sent after the restart');
    expect(lynx.got.map((m) => m.control)).toEqual([{ type: 'start' }, { type: 'message', text: 'Welcome' }]);
    lynx.socket.close();
  });

  it('hold: teams are told to wait on the briefing until the facilitator starts', async () => {
    const w = await create(true);
    const before = await joinTeam(run.url, w.id, w.teams[0]?.token ?? '');
    expect(before.joined.hold).toBe(true);
    const got = collect(before.socket);
    expect((await state(w)).started).toBe(false);
    expect((await post(w, { to: 'all', control: { type: 'start' } })).status).toBe(202);
    await until(() => got.length === 1, 'start delivered');
    expect(got[0]?.control).toEqual({ type: 'start' });
    expect((await state(w)).started).toBe(true);
    const after = await joinTeam(run.url, w.id, w.teams[1]?.token ?? '');
    expect(after.joined.hold).toBe(false);
    before.socket.close();
    after.socket.close();
    // Without hold, nobody waits.
    const free = await create(false);
    const team = await joinTeam(run.url, free.id, free.teams[0]?.token ?? '');
    expect(team.joined.hold).toBe(false);
    team.socket.close();
  });

  it('only the facilitator key sends controls: none 401, a team token 401, another workshop’s key 403', async () => {
    const w = await create();
    const other = await create();
    const body = { to: 'all', control: { type: 'pause' } };
    const none = await post(w, body, null);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: string }).error).toMatch(/facilitator key is missing/);
    expect((await post(w, body, w.teams[0]?.token ?? '')).status).toBe(401);
    expect((await post(w, body, other.facilitatorKey)).status).toBe(403);
    expect((await post(w, body, 'not-a-key')).status).toBe(401);
    const unknown = await fetch(`${run.url}/api/workshops/nope/controls`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${w.facilitatorKey}` },
      body: JSON.stringify(body),
    });
    expect(unknown.status).toBe(404);
    const get = await fetch(`${run.url}/api/workshops/${w.id}/controls`, {
      headers: { Authorization: `Bearer ${w.facilitatorKey}` },
    });
    expect(get.status).toBe(405);
    expect((await state(w)).teams.map((t) => t.pendingControls)).toEqual([0, 0]);
  });

  it('a malformed control is a 400 naming what is wrong, and nothing is sent', async () => {
    const w = await create();
    const cases: [unknown, RegExp][] = [
      [{ to: 'all', control: { type: 'explode' } }, /control\.type/],
      [{ to: 'all', control: { type: 'speed', speed: 1000 } }, /speed must be one of/],
      [{ to: 'all', control: { type: 'message', text: '   ' } }, /text must not be empty/],
      [{ to: 'all', control: { type: 'message', text: 'x'.repeat(501) } }, /at most 500/],
      [{ to: 7, control: { type: 'pause' } }, /no team 7/],
      [{ to: 'some', control: { type: 'pause' } }, /to must be "all" or a team index/],
      [{ to: 'all', control: { type: 'pause' }, extra: 1 }, /unknown field extra/],
      [
        { to: 'all', control: { type: 'inject', inject: 'bomb_threat' } },
        /no inject "bomb_threat".*leaked_memo/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await post(w, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
    const bad = await post(w, null, w.facilitatorKey, '{"to":');
    expect(bad.status).toBe(400);
    const big = await post(w, null, w.facilitatorKey, JSON.stringify({ to: 'all', pad: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
    expect((await state(w)).teams.map((t) => t.pendingControls)).toEqual([0, 0]);
  });

  it('a team cannot send controls: its channel refuses the message and nothing is issued', async () => {
    const w = await create();
    const team = await joinTeam(run.url, w.id, w.teams[0]?.token ?? '');
    const answer = await team.socket.emitWithAck(CONTROL_EVENT, { to: 'all', control: { type: 'pause' } });
    expect(answer).toMatchObject({ ok: false, error: 'malformed', message: 'unknown message "control"' });
    expect((await state(w)).teams.map((t) => t.pendingControls)).toEqual([0, 0]);
    team.socket.close();
  });

  it('controls are rate-limited per workshop (429)', async () => {
    const w = await create();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await post(w, { to: 0, control: { type: 'resume' } })).status);
    expect(statuses.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(statuses).toContain(429);
  });
});

describe('the state of a team, read from its held log', () => {
  it('gives heat and sentiment from the latest pulse or consequence, and the last actions newest first', async () => {
    const { teamPulse } = await import('../../src/server/team-pulse');
    expect(teamPulse([])).toEqual({ heat: null, sentiment: null, lastActions: [] });
    const pulse = teamPulse([
      { t: 0, type: 'session_started', scenario: 'x', lang: 'en', seed: 1 },
      { t: 10, type: 'pulse', heat: 12, sentiment: -3, reach: 1, grew: [] },
      { t: 12, type: 'action', action: { type: 'analyse' } },
      { t: 13, type: 'consequence', effect: 'analysed', post: null, heat: 11, sentiment: -2, action: 2 },
      { t: 20, type: 'action', action: { type: 'escalate' } },
    ]);
    expect(pulse).toEqual({
      heat: 11,
      sentiment: -2,
      lastActions: [
        { t: 20, type: 'escalate' },
        { t: 12, type: 'analyse' },
      ],
    });
  });
});
