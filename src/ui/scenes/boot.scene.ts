import Phaser from 'phaser';
import logoPng from '../../../assets/logo.png?inline';
import { t } from '../../app/i18n/i18n';
import { COLORS, LOGO_SLOT, textStyle } from '../theme';
import { BaseScene } from './base.scene';

/** Emitted on the game's event bus once the boot assets are in the texture manager. */
export const ASSETS_READY = 'cortafuegos:assets-ready';

/** Where the menu draws the logo: the boot progress shows in that slot until the logo lands. */

/**
 * Loads the UI's own assets (no external hosts) with a real progress bar, without holding the menu
 * back: nothing the menu needs to be usable waits for an asset, so the menu starts at once and the
 * progress shows in the logo's slot until the logo arrives.
 */
export class BootScene extends BaseScene {
  constructor() {
    super('boot');
  }

  preload(): void {
    performance.mark('cortafuegos:boot');
    this.scene.launch('router');
    const { x, y, size } = LOGO_SLOT;
    this.add.rectangle(x, y, size, 10).setStrokeStyle(2, COLORS.panelLight);
    const bar = this.add.rectangle(x - size / 2, y, 0, 6, COLORS.accent).setOrigin(0, 0.5);
    const label = this.add.text(x, y + 12, '', textStyle(12)).setOrigin(0.5, 0);
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      bar.width = size * value;
      label.setText(t(this.lang, 'boot.loading', { percent: Math.round(value * 100) }));
    });
    // The logo travels inside the bundle as a PNG: no extra request, and no slow SVG rasterising.
    this.load.image('logo', logoPng);
  }

  /** Draws nothing of its own: nothing to lay out again. */
  protected override relayout(): void {}

  create(): void {
    performance.mark('cortafuegos:loaded');
    this.game.events.emit(ASSETS_READY);
    this.scene.stop();
  }
}
