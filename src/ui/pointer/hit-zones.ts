/** A rectangle of the screen that answers a tap or click, in game coordinates. */
export interface Zone {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly onTap: () => void;
  /** Repaints the zone's control for a pointer state, without a redraw of the screen. */
  readonly paint?: (state: 'idle' | 'hover' | 'pressed') => void;
  /** A panel or cover: it stops taps reaching what is under it, and answers nothing itself. */
  readonly inert?: boolean;
}

/**
 * The zones a screen drew on its last pass. Drawn later means drawn on top, so the hit test looks
 * from the last zone back: a button drawn over a card answers before the card does.
 */
export class HitZones {
  private zones: Zone[] = [];
  private next: Zone[] = [];

  /** Starts a drawing pass; the zones of the previous pass answer until `end`. */
  begin(): void {
    this.next = [];
  }

  add(zone: Zone): void {
    this.next.push(zone);
  }

  end(): void {
    this.zones = this.next;
  }

  at(x: number, y: number): Zone | null {
    for (let i = this.zones.length - 1; i >= 0; i--) {
      const z = this.zones[i] as Zone;
      if (x >= z.x && x < z.x + z.width && y >= z.y && y < z.y + z.height) return z;
    }
    return null;
  }

  byId(id: string): Zone | null {
    return this.zones.find((z) => z.id === id) ?? null;
  }

  /** Every zone of the last pass, in drawing order (for the browser tests, which tap where things are drawn). */
  get all(): readonly Zone[] {
    return this.zones;
  }
}
