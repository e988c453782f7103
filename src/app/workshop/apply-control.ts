import type { Actor } from 'xstate';
import type { sessionMachine } from '../session.machine';
import type { ControlAck, ControlMessage } from './control-protocol';

type SessionActor = Actor<typeof sessionMachine>;

/** What the game shows of the facilitator's controls: its message, and whether it holds the team. */
export interface ControlDisplay {
  /** The facilitator's text, to show as text (never markup) in a notice framed by the game. */
  message(text: string): void;
  held(held: boolean): void;
}

/**
 * Resolves once the session is live, or with a reason when it cannot be any more (the team's
 * session has ended): a control for the crisis waits for the team to be in it (a team still on the
 * briefing gets its pause, message or inject when it starts), and is acknowledged only then.
 */
function whenLive(actor: SessionActor): Promise<string | null> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const snap = actor.getSnapshot();
      if (snap.matches('live')) resolve(null);
      else if (snap.matches('debrief')) resolve('the team’s session has ended');
      else return false;
      return true;
    };
    if (check()) return;
    const sub = actor.subscribe(() => {
      if (check()) sub.unsubscribe();
    });
  });
}

/**
 * Applies a facilitator's control through the game's own command path: the events the player's
 * keys send (pause, resume, speed), the session's inject (logged, so replay and scores hold), and
 * a notice for a message. Returns what to acknowledge.
 */
export function controlApplier(actor: SessionActor, display: ControlDisplay) {
  return async ({ control }: ControlMessage): Promise<ControlAck> => {
    if (control.type === 'start') {
      actor.send({ type: 'HOLD', held: false });
      if (actor.getSnapshot().matches('briefing')) actor.send({ type: 'START' });
      // Told after the team has gone live, so the briefing is not redrawn on its way out.
      display.held(false);
      return { ok: true };
    }
    const notLive = await whenLive(actor);
    if (notLive) return { ok: false, reason: notLive };
    switch (control.type) {
      case 'pause':
        actor.send({ type: 'PAUSE' });
        return { ok: true };
      case 'resume':
        actor.send({ type: 'RESUME' });
        return { ok: true };
      case 'speed':
        actor.send({ type: 'SET_SPEED', speed: control.speed });
        return { ok: true };
      case 'message':
        display.message(control.text);
        return { ok: true };
      case 'inject': {
        const landed = (): boolean =>
          actor
            .getSnapshot()
            .context.session?.log.some((e) => e.type === 'inject' && e.inject === control.inject) ?? false;
        // Sent again after a reload: the restored log already holds it.
        if (landed()) return { ok: true };
        actor.send({ type: 'INJECT', inject: control.inject });
        if (landed()) return { ok: true };
        return { ok: false, reason: actor.getSnapshot().context.lastRejection?.reason ?? 'not landed' };
      }
    }
  };
}
