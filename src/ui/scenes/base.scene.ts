import Phaser from 'phaser';
import { type MessageKey, t } from '../../app/i18n/i18n';
import type { Lang } from '../../content/scenario.schema';
import { CONTEXT_KEY, type GameContext } from '../game-context';
import { renderZoom } from '../theme';

/** Shared helpers: access to the game context, the current language and its labels. */
export abstract class BaseScene extends Phaser.Scene {
  /** Every screen lays out in game px; the camera maps them onto the canvas's finer pixels. */
  init(): void {
    this.cameras.main.setOrigin(0, 0).setZoom(renderZoom());
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

  /** Calls `handler` for each key press until the scene shuts down. */
  protected onKey(handler: (event: KeyboardEvent) => void): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    // Keys pressed in the accessible DOM layer belong to its buttons, not to the canvas.
    const guarded = (event: KeyboardEvent): void => {
      const target = event.target as Element | null;
      if (target?.closest?.('#a11y, button, input, select, textarea, a')) return;
      handler(event);
    };
    keyboard.on('keydown', guarded);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.off('keydown', guarded));
  }
}
