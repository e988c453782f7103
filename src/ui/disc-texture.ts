import type Phaser from 'phaser';

/**
 * A filled disc drawn once with the 2D canvas (smooth edges in either renderer, without WebGL
 * multisampling) and kept as a texture; returns its key. Used for the avatars.
 */
export function discTexture(scene: Phaser.Scene, color: number, size = 64): string {
  const key = `disc-${color.toString(16)}-${size}`;
  if (scene.textures.exists(key)) return key;
  const texture = scene.textures.createCanvas(key, size, size);
  const context = texture?.getContext();
  if (!texture || !context) return key;
  context.fillStyle = cssColor(color);
  context.beginPath();
  context.arc(size / 2, size / 2, size / 2 - 1, 0, Math.PI * 2);
  context.fill();
  texture.refresh();
  return key;
}

export const cssColor = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;
