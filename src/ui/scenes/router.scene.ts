import Phaser from 'phaser';
import { BaseScene } from './base.scene';

type Top = 'menu' | 'briefing' | 'live' | 'debrief' | 'history';

/** The scene that draws a state of the flow: a reopened past attempt uses the debrief scene. */
const topOf = (value: unknown): Top => {
  const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
  return (top === 'review' ? 'debrief' : top) as Top;
};

/** Keeps the visible scene in step with the game-flow machine: the UI draws state, the machine decides. */
export class RouterScene extends BaseScene {
  private current: Top | null = null;

  constructor() {
    super('router');
  }

  /** Draws nothing of its own: nothing to lay out again. */
  protected override relayout(): void {}

  create(): void {
    const show = (): void => {
      const top = topOf(this.ctx.actor.getSnapshot().value);
      if (top === this.current) return;
      if (this.current) this.scene.stop(this.current);
      this.current = top;
      // Explicit data: Phaser keeps the data of a scene's last start when given none, and a screen
      // last laid out again after a resize must start afresh (BaseScene.relaid).
      this.scene.launch(top, { relayout: false });
    };
    const sub = this.ctx.actor.subscribe(show);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => sub.unsubscribe());
    show();
  }
}
