/** A key held longer than this (ms) is dropped: the screen it waited for took too long to start. */
const MAX_AGE_MS = 1000;
/** More presses than anyone makes in the frame a screen takes to start. */
const MAX_HELD = 32;

/**
 * Key presses made after the flow moved to a screen and before that screen listens: it starts on
 * the next frame, and until then the screen it replaces still gets the keys. Only the screens
 * named here take such presses, in the order they were made, once they listen. The live feed
 * does (its speed and pause keys are pressed as the crisis opens, and a lost one costs time); the
 * debrief does not, as the clock opens it while the player's keys are meant for the feed, and
 * there D and P would download and print.
 */
export class HeldKeys<E> {
  private held: { readonly screen: string; readonly at: number; readonly event: E }[] = [];

  constructor(private readonly screens: readonly string[]) {}

  /** Whether presses made before `screen` listens are kept for it. */
  holdsFor(screen: string): boolean {
    return this.screens.includes(screen);
  }

  hold(screen: string, event: E, at: number): void {
    if (!this.holdsFor(screen)) return;
    this.held.push({ screen, at, event });
    if (this.held.length > MAX_HELD) this.held.shift();
  }

  /**
   * The presses kept for `screen`, oldest first, as it starts listening. Every other one is
   * dropped: the flow has moved on from the screen it was kept for.
   */
  take(screen: string, now: number): E[] {
    const taken = this.held
      .filter((h) => h.screen === screen && now - h.at <= MAX_AGE_MS)
      .map((h) => h.event);
    this.held = [];
    return taken;
  }
}
