/** How fast a fling slows down: the share of its speed kept after each second. */
const KEEP_PER_SECOND = 0.04;
/** Below this speed (px/s) a fling stops. */
const STOP_SPEED = 20;
/** Only the last moments of a drag say how fast the finger left. */
const SAMPLE_WINDOW_MS = 100;

/**
 * The scroll that carries on after a swipe: the release speed is measured over the drag's last
 * 100 ms and decays exponentially, as touch screens do. Times in milliseconds, distances in px.
 */
export class Momentum {
  private samples: { t: number; y: number }[] = [];
  private velocity = 0;

  /** A drag started: any fling in progress stops (a finger on the screen holds the feed). */
  grab(t: number, y: number): void {
    this.velocity = 0;
    this.samples = [{ t, y }];
  }

  move(t: number, y: number): void {
    this.samples.push({ t, y });
    while (this.samples.length > 2 && t - (this.samples[0] as { t: number }).t > SAMPLE_WINDOW_MS)
      this.samples.shift();
  }

  /** The finger left: returns the release speed in px/s (positive = content moving down). */
  release(t: number): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    this.samples = [];
    // A finger that stopped before lifting does not fling.
    const still = !first || !last || t - last.t > SAMPLE_WINDOW_MS || last.t === first.t;
    this.velocity = still ? 0 : ((last.y - first.y) / (last.t - first.t)) * 1000;
    return this.velocity;
  }

  /** Distance to scroll for a frame of `dtMs`; 0 once the fling has died down. */
  step(dtMs: number): number {
    if (Math.abs(this.velocity) < STOP_SPEED) {
      this.velocity = 0;
      return 0;
    }
    const dt = Math.min(dtMs, 100) / 1000;
    const next = this.velocity * KEEP_PER_SECOND ** dt;
    // The distance covered while the speed decays from v to next: the integral of v·k^t.
    const distance = (next - this.velocity) / Math.log(KEEP_PER_SECOND);
    this.velocity = next;
    return distance;
  }

  get moving(): boolean {
    return this.velocity !== 0;
  }

  stop(): void {
    this.velocity = 0;
  }
}
