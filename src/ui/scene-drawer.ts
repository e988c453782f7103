import type Phaser from 'phaser';
import { discTexture } from './disc-texture';
import type { Drawer } from './retained-layer';

/**
 * A Drawer that adds plain game objects to a screen drawn once (the briefing, a debrief page), so
 * the same widgets (buttons) draw on the static screens and on the live feed's retained layer.
 */
export function sceneDrawer(scene: Phaser.Scene): Drawer {
  return {
    text: (x, y, content, style) => scene.add.text(x, y, content, style),
    rectangle: (x, y, width, height, color) => scene.add.rectangle(x, y, width, height, color),
    disc: (x, y, radius, color) =>
      scene.add.image(x, y, discTexture(scene, color)).setDisplaySize(radius * 2, radius * 2),
  };
}
