import { afterEach, describe, expect, it } from 'vitest';
import { type Actor, createActor } from 'xstate';
import * as engine from '../../src/app/play-engine';
import { sessionMachine } from '../../src/app/session.machine';
import { controlApplier } from '../../src/app/workshop/apply-control';
import type { ControlAction } from '../../src/app/workshop/control-protocol';
import { realLibrary } from '../helpers';

const faulty = () => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === 'faulty-product');
  if (!s) throw new Error('faulty-product did not load');
  return s;
};

let actor: Actor<typeof sessionMachine>;
afterEach(() => actor?.stop());

function game() {
  actor = createActor(sessionMachine, { input: { lang: 'en', speed: 1, timer: 'off' } }).start();
  const shown: string[] = [];
  const held: boolean[] = [];
  const apply = controlApplier(actor, { message: (t) => shown.push(t), held: (h) => held.push(h) });
  let id = 0;
  const send = (control: ControlAction) => apply({ id: ++id, control });
  return { shown, held, send };
}

const value = () => JSON.stringify(actor.getSnapshot().value);

describe('the facilitator’s controls in the game', () => {
  it('hold keeps the team on the briefing; start releases and starts it', async () => {
    const g = game();
    actor.send({ type: 'HOLD', held: true });
    actor.send({ type: 'SELECT', scenario: faulty(), engine, lang: 'en', seed: 3, mode: 'workshop' });
    actor.send({ type: 'START' });
    expect(value()).toBe('"briefing"');
    expect(await g.send({ type: 'start' })).toEqual({ ok: true });
    expect(value()).toBe('{"live":"running"}');
    expect(g.held).toEqual([false]);
  });

  it('a Start pressed while the game waits for the server’s answer goes ahead once it says there is no hold', () => {
    game();
    actor.send({ type: 'HOLD', held: true });
    actor.send({ type: 'SELECT', scenario: faulty(), engine, lang: 'en', seed: 3, mode: 'workshop' });
    actor.send({ type: 'START' });
    expect(value()).toBe('"briefing"');
    actor.send({ type: 'HOLD', held: true });
    expect(value()).toBe('"briefing"');
    actor.send({ type: 'HOLD', held: false });
    expect(value()).toBe('{"live":"running"}');
  });

  it('pause, resume and speed go through the player’s own events', async () => {
    const g = game();
    actor.send({ type: 'SELECT', scenario: faulty(), engine, lang: 'en', seed: 3, mode: 'workshop' });
    actor.send({ type: 'START' });
    await g.send({ type: 'pause' });
    expect(value()).toBe('{"live":"paused"}');
    await g.send({ type: 'speed', speed: 4 });
    expect(actor.getSnapshot().context.speed).toBe(4);
    await g.send({ type: 'resume' });
    expect(value()).toBe('{"live":"running"}');
  });

  it('an inject waits for the session, lands in its log once, and a message is shown as given', async () => {
    const g = game();
    actor.send({ type: 'SELECT', scenario: faulty(), engine, lang: 'en', seed: 3, mode: 'workshop' });
    const applied = g.send({ type: 'inject', inject: 'leaked_memo' });
    const message = g.send({ type: 'message', text: '<img src=x onerror=alert(1)> five minutes' });
    actor.send({ type: 'START' });
    expect(await applied).toEqual({ ok: true });
    expect(await message).toEqual({ ok: true });
    expect(g.shown).toEqual(['<img src=x onerror=alert(1)> five minutes']);
    const log = () => actor.getSnapshot().context.session?.log ?? [];
    expect(log().filter((e) => e.type === 'inject')).toEqual([
      { t: 0, type: 'inject', inject: 'leaked_memo' },
    ]);
    // The same inject again (a resend after a reload): acknowledged, not landed twice.
    expect(await g.send({ type: 'inject', inject: 'leaked_memo' })).toEqual({ ok: true });
    expect(log().filter((e) => e.type === 'inject')).toHaveLength(1);
    expect(actor.getSnapshot().context.lastRejection).toBeNull();
  });

  it('a control for a session that has ended is acknowledged as not applied, with why', async () => {
    const g = game();
    actor.send({ type: 'SELECT', scenario: faulty(), engine, lang: 'en', seed: 3, mode: 'workshop' });
    actor.send({ type: 'START' });
    actor.send({ type: 'QUIT' });
    actor.send({ type: 'SELECT', scenario: faulty(), engine, lang: 'en', seed: 3, mode: 'workshop' });
    actor.send({ type: 'START' });
    actor.send({ type: 'STORY.ENDED', ending: 'boycott' });
    expect(await g.send({ type: 'pause' })).toEqual({ ok: false, reason: 'the team’s session has ended' });
  });
});
