import Phaser from 'phaser';
import { type MessageKey, t } from '../../app/i18n/i18n';
import type { Lang } from '../../content/scenario.schema';
import { screenOf } from '../flow-screen';
import { CONTEXT_KEY, type GameContext } from '../game-context';
import { HeldKeys } from '../held-keys';
import { RELAYOUT } from '../screen-fit';
import { renderZoom, screen } from '../theme';

/** Shared helpers: access to the game context, the current language and its labels. */
/**
 * Phaser's keyboard replays its whole queue of the frame on every new key event, and its duplicate
 * check only compares with the event just before: keys that arrive together (a busy page, fast
 * typing on a slow phone) would run again, and a press that closed one screen could reach the
 * next one. Each press acts once, in one screen.
 */
const handledKeys = new WeakSet<KeyboardEvent>();
/** Presses made as the flow enters the live feed, before it listens (held-keys.ts). */
const heldKeys = new HeldKeys<KeyboardEvent>(['live']);

export abstract class BaseScene extends Phaser.Scene {
  /** How far down this screen's content goes (game px): taller than the screen, it scrolls (a phone). */
  protected pageBottom = 0;

  /** True when this start only lays the screen out again in a new size: keep what the player chose. */
  protected relaid = false;

  /** Every screen lays out in game px; the camera maps them onto the canvas's finer pixels. */
  init(data?: { relayout?: boolean; scrollY?: number }): void {
    this.relaid = data?.relayout === true;
    this.pageBottom = 0;
    this.cameras.main.setOrigin(0, 0).setZoom(renderZoom());
    // Laid out again, a scrolled screen stays where the player was (as far as the new page allows).
    const keep = this.relaid ? (data?.scrollY ?? 0) : 0;
    this.events.once(Phaser.Scenes.Events.CREATE, () => this.clampScroll(keep));
    const relayout = (): void => this.relayout();
    this.game.events.on(RELAYOUT, relayout);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.game.events.off(RELAYOUT, relayout));
  }

  /**
   * The window gave the screens a new size (screen-size.ts): a screen drawn once is drawn again
   * from the start, keeping its state (`relaid`); the live feed lays itself out in place.
   */
  protected relayout(): void {
    // On the next step, not now: a key may have queued this screen's stop in the same frame, and a
    // stopped screen's clock never fires, so it is not brought back behind the one that replaced it.
    this.time.delayedCall(0, () =>
      this.scene.restart({ relayout: true, scrollY: this.cameras.main.scrollY }),
    );
  }

  /** Keeps the view within the page (it may have got shorter: a notice dismissed, a page redrawn). */
  protected clampScroll(at = this.cameras.main.scrollY): void {
    const max = Math.max(0, this.pageBottom - screen().height);
    this.cameras.main.setScroll(0, Math.min(max, Math.max(0, at)));
  }

  /** Scrolls a screen taller than the window by a drag, a swipe or the wheel; false at either end. */
  protected scrollPage(dy: number): boolean {
    const cam = this.cameras.main;
    const max = Math.max(0, this.pageBottom - screen().height);
    const next = Math.min(max, Math.max(0, cam.scrollY + dy));
    if (next === cam.scrollY) return false;
    cam.setScroll(0, next);
    return true;
  }

  protected get ctx(): GameContext {
    return this.registry.get(CONTEXT_KEY) as GameContext;
  }

  protected get lang(): Lang {
    return this.ctx.actor.getSnapshot().context.lang;
  }

  protected t(key: MessageKey, vars?: Record<string, string | number>): string {
    return t(this.lang, key, vars);
  }

  /**
   * Calls `handler` for each key press until the scene shuts down, starting with the presses held
   * for this screen while it was starting (once `create` has returned: the screen is whole).
   */
  protected onKey(handler: (event: KeyboardEvent) => void): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const flowAt = (): string => screenOf(this.ctx.actor.getSnapshot().value);
    // Keys pressed in the accessible DOM layer belong to its buttons, not to the canvas.
    const guarded = (event: KeyboardEvent): void => {
      if (handledKeys.has(event)) return;
      handledKeys.add(event);
      const target = event.target as Element | null;
      if (target?.closest?.('#a11y, button, input, select, textarea, a')) return;
      const screen = flowAt();
      if (screen !== this.scene.key && heldKeys.holdsFor(screen))
        heldKeys.hold(screen, event, performance.now());
      else handler(event);
    };
    keyboard.on('keydown', guarded);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.off('keydown', guarded));
    this.events.once(Phaser.Scenes.Events.CREATE, () => {
      const held = heldKeys.take(this.scene.key, performance.now());
      for (const event of held) if (flowAt() === this.scene.key) handler(event);
    });
  }
}
