import type Phaser from 'phaser';
import { chooseScreen, type ScreenSize, sameScreen } from './screen-size';
import { screen, setScreen } from './theme';

/** Emitted on the game when the screens must lay out again in a new size (screen() has it). */
export const RELAYOUT = 'cortafuegos:relayout';

/** The screen size for this window now (also sets it for the scenes). */
export function fitWindow(): ScreenSize {
  const size = chooseScreen(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
  setScreen(size);
  return size;
}

/**
 * Follows the window: a phone turned round or a window made narrow or wide gets its own layout
 * (the canvas is resized and the running screen lays out again, keeping its state). Resizes are
 * gathered to one per frame, since a drag or a phone's address bar sends many.
 */
export function followWindow(game: Phaser.Game): void {
  let queued = false;
  const check = (): void => {
    queued = false;
    const before = screen();
    const next = chooseScreen(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
    // A wide window only changing its size inside the wide range is scaled, as before: the layout
    // changes when the size it lays out in does.
    if (sameScreen(before, next)) return;
    setScreen(next);
    game.scale.setGameSize(next.width * next.zoom, next.height * next.zoom);
    game.events.emit(RELAYOUT, next);
  };
  window.addEventListener('resize', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(check);
  });
}
