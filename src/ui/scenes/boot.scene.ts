import Phaser from 'phaser';
import logoPng from '../../../assets/logo.png?inline';
import { t } from '../../app/i18n/i18n';
import { COLORS, HEIGHT, textStyle, WIDTH } from '../theme';
import { BaseScene } from './base.scene';

/**
 * Shows a real progress bar while the game's assets load, then hands over to the scene that
 * matches the game flow. The assets are the UI's own (no external hosts).
 */
export class BootScene extends BaseScene {
  constructor() {
    super('boot');
  }

  preload(): void {
    const bar = this.add.rectangle(WIDTH / 2 - 200, HEIGHT / 2, 0, 12, COLORS.accent).setOrigin(0, 0.5);
    this.add.rectangle(WIDTH / 2, HEIGHT / 2, 404, 16).setStrokeStyle(2, COLORS.panelLight);
    const label = this.add.text(WIDTH / 2, HEIGHT / 2 + 30, '', textStyle(18)).setOrigin(0.5, 0);
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      bar.width = 400 * value;
      label.setText(t(this.lang, 'boot.loading', { percent: Math.round(value * 100) }));
    });
    // The logo travels inside the bundle as a PNG: no extra request, and no slow SVG rasterising.
    this.load.image('logo', logoPng);
  }

  create(): void {
    this.scene.start('router');
  }
}
