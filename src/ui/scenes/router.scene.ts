import Phaser from 'phaser';
import { type Screen, screenOf } from '../flow-screen';
import { BaseScene } from './base.scene';

/** Keeps the visible scene in step with the game-flow machine: the UI draws state, the machine decides. */
export class RouterScene extends BaseScene {
  private current: Screen | null = null;

  constructor() {
    super('router');
  }

  /** Draws nothing of its own: nothing to lay out again. */
  protected override relayout(): void {}

  create(): void {
    const show = (): void => {
      const top = screenOf(this.ctx.actor.getSnapshot().value);
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
