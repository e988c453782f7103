import type Phaser from 'phaser';
import { screen } from '../theme';
import { HitZones, type Zone } from './hit-zones';
import { Momentum } from './momentum';

/** A finger or mouse that moves less than this between down and up has tapped, not dragged (CSS px). */
const SLOP_CSS = 12;

export type ZoneState = 'idle' | 'hover' | 'pressed';

export interface PointerOptions {
  /** Scrolls the content under (x, y) by dy px (positive: further down); false when nothing scrolls there. */
  readonly scroll?: (dy: number, x: number, y: number) => boolean;
  /** The pointer's state changed (hover, press): redraw. */
  readonly changed?: () => void;
}

/** A zone in page (CSS) pixels, as the browser tests click and tap it. */
export interface PageZone {
  readonly scene: string;
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A panel or cover: it answers nothing (it only stops what is under it). */
  readonly inert: boolean;
}

/**
 * Mouse and touch for one scene: a tap or click on a zone drawn on the last pass runs it, the same
 * command its key runs; a drag or the wheel scrolls, and a swipe carries on with momentum. The press
 * must begin and end on the same zone, so a card that moved between the two (a new post arrived)
 * answers nothing: a pointer never acts on something the player did not see there.
 */
export class PointerInput {
  /** The pointer of every running scene, by scene key (the browser tests read their zones). */
  static readonly active = new Map<string, PointerInput>();

  readonly zones = new HitZones();
  private hovered: string | null = null;
  private pressed: string | null = null;
  private down: { x: number; y: number; dragging: boolean; lastY: number } | null = null;
  private readonly momentum = new Momentum();
  private momentumAt: { x: number; y: number } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: PointerOptions = {},
  ) {
    const input = scene.input;
    const key = scene.scene.key;
    PointerInput.active.set(key, this);
    const onDown = (p: Phaser.Input.Pointer) => this.onDown(p);
    const onMove = (p: Phaser.Input.Pointer) => this.onMove(p);
    const onUp = (p: Phaser.Input.Pointer) => this.onUp(p);
    const onWheel = (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      const at = this.at(p);
      // Some wheels count lines or pages, not pixels.
      const mode = (p.event as WheelEvent | undefined)?.deltaMode ?? 0;
      const px = dy * (mode === 1 ? 16 : mode === 2 ? 600 : 1);
      if (this.options.scroll?.(px, at.x, at.y)) this.options.changed?.();
    };
    const onOut = () => this.setHover(null);
    const onUpdate = (_t: number, dt: number) => this.step(dt);
    input.on('pointerdown', onDown);
    input.on('pointermove', onMove);
    input.on('pointerup', onUp);
    input.on('pointerupoutside', onUp);
    input.on('wheel', onWheel);
    input.on('gameout', onOut);
    scene.events.on('update', onUpdate);
    scene.events.once('shutdown', () => {
      input.off('pointerdown', onDown);
      input.off('pointermove', onMove);
      input.off('pointerup', onUp);
      input.off('pointerupoutside', onUp);
      input.off('wheel', onWheel);
      input.off('gameout', onOut);
      scene.events.off('update', onUpdate);
      this.setCursor(false);
      if (PointerInput.active.get(key) === this) PointerInput.active.delete(key);
    });
  }

  /** How a zone looks now: pressed under a finger or button, hovered under the mouse. */
  stateOf(id: string): ZoneState {
    if (this.pressed === id) return 'pressed';
    return this.hovered === id ? 'hover' : 'idle';
  }

  /** Game px per CSS px (the canvas is scaled to fit the window). */
  private get slop(): number {
    const canvas = this.scene.game.canvas;
    const rect = canvas.getBoundingClientRect();
    return rect.width > 0 ? (SLOP_CSS * screen().width) / rect.width : SLOP_CSS;
  }

  /** A pointer's position in game px (the camera may draw them at a finer resolution). */
  private at(p: Phaser.Input.Pointer): { x: number; y: number } {
    const zoom = this.scene.cameras.main.zoom || 1;
    return { x: p.x / zoom, y: p.y / zoom };
  }

  /**
   * The zone under a point of the screen (game px): zones are where they were drawn, and a screen
   * taller than the window (a phone) scrolls its camera over them.
   */
  private zoneAt(x: number, y: number): Zone | null {
    const cam = this.scene.cameras.main;
    return this.zones.at(x + cam.scrollX, y + cam.scrollY);
  }

  /** The control under a point: none over a panel or cover (they only stop what is under them). */
  private liveAt(x: number, y: number): string | null {
    const zone = this.zoneAt(x, y);
    return zone && !zone.inert ? zone.id : null;
  }

  private onDown(p: Phaser.Input.Pointer): void {
    // Only the main button acts: a right click opens the browser's menu, never a Delete.
    if (!p.wasTouch && p.button !== 0) return;
    const { x, y } = this.at(p);
    // A finger that lands on a moving feed stops it; that touch is not also a tap.
    const catching = this.momentum.moving;
    this.momentum.grab(p.downTime, y);
    this.momentumAt = null;
    this.down = { x, y, dragging: false, lastY: y };
    this.setPressed(catching ? null : this.liveAt(x, y));
  }

  private onMove(p: Phaser.Input.Pointer): void {
    const down = this.down;
    const { x, y } = this.at(p);
    if (down && p.isDown) {
      if (!down.dragging && Math.hypot(x - down.x, y - down.y) > this.slop) {
        down.dragging = true;
        this.setPressed(null);
      }
      if (down.dragging) {
        this.momentum.move(p.moveTime, y);
        const dy = down.lastY - y;
        down.lastY = y;
        if (dy !== 0 && this.options.scroll?.(dy, down.x, down.y)) this.options.changed?.();
      }
      return;
    }
    // A finger lifted leaves no hover behind; a mouse shows what a click would do.
    this.setHover(p.wasTouch ? null : this.liveAt(x, y));
  }

  private onUp(p: Phaser.Input.Pointer): void {
    const down = this.down;
    const pressed = this.pressed;
    this.down = null;
    this.setPressed(null);
    if (!down) return;
    const { x, y } = this.at(p);
    this.setHover(p.wasTouch ? null : this.liveAt(x, y));
    // The browser or the system took the touch over: nothing was tapped, nothing flung.
    if (p.wasCanceled) {
      this.momentum.release(p.upTime);
      this.momentum.stop();
      this.options.changed?.();
      return;
    }
    if (down.dragging) {
      const velocity = this.momentum.release(p.upTime);
      // The momentum's speed is the finger's: content moving down (finger down) scrolls up.
      if (velocity !== 0) this.momentumAt = { x: down.x, y: down.y };
      this.options.changed?.();
      return;
    }
    const zone: Zone | null = this.zoneAt(x, y);
    if (zone && !zone.inert && zone.id === pressed) zone.onTap();
    this.options.changed?.();
  }

  private step(dt: number): void {
    if (!this.momentumAt || !this.momentum.moving) return;
    const distance = this.momentum.step(dt);
    if (distance === 0) {
      this.momentumAt = null;
      return;
    }
    if (!this.options.scroll?.(-distance, this.momentumAt.x, this.momentumAt.y)) this.momentum.stop();
    this.options.changed?.();
  }

  private setHover(id: string | null): void {
    this.setCursor(id !== null);
    if (id === this.hovered) return;
    const before = this.hovered;
    this.hovered = id;
    this.repaint(before, id);
  }

  private setPressed(id: string | null): void {
    if (id === this.pressed) return;
    const before = this.pressed;
    this.pressed = id;
    this.repaint(before, id);
  }

  /** Static screens repaint the two controls concerned; live ones redraw. */
  private repaint(...ids: (string | null)[]): void {
    for (const id of ids) if (id) this.zones.byId(id)?.paint?.(this.stateOf(id));
    this.options.changed?.();
  }

  private setCursor(on: boolean): void {
    this.scene.game.canvas.style.cursor = on ? 'pointer' : '';
  }

  /** The zone that would answer a press at a page point (top-most first), for the browser tests. */
  static pageZoneAt(game: Phaser.Game, x: number, y: number): string | null {
    const rect = game.canvas.getBoundingClientRect();
    const scale = rect.width / screen().width;
    for (const [scene, pointer] of PointerInput.active) {
      if (!game.scene.isActive(scene)) continue;
      const zone = pointer.zoneAt((x - rect.left) / scale, (y - rect.top) / scale);
      if (zone) return zone.id;
    }
    return null;
  }

  /** Every zone of every running scene in page pixels, for the browser tests. */
  static pageZones(game: Phaser.Game): PageZone[] {
    const rect = game.canvas.getBoundingClientRect();
    // Zones are in game px: the canvas shows screen().width of them across, however fine its pixels.
    const sx = rect.width / screen().width;
    const sy = sx;
    const out: PageZone[] = [];
    for (const [scene, pointer] of PointerInput.active) {
      if (!game.scene.isActive(scene)) continue;
      // Where they are on the page now: a scrolled screen has moved its zones with it.
      const cam = pointer.scene.cameras.main;
      for (const z of pointer.zones.all)
        out.push({
          scene,
          id: z.id,
          x: rect.left + (z.x - cam.scrollX) * sx,
          y: rect.top + (z.y - cam.scrollY) * sy,
          width: z.width * sx,
          height: z.height * sy,
          inert: z.inert === true,
        });
    }
    return out;
  }
}
