import { FeedScroll } from './feed-scroll';

/** Where a card was drawn on the last pass (game px). */
export interface DrawnCard {
  readonly id: string;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The selected post and where the feed is scrolled, kept together because of one rule: the
 * selected post is on screen, so nothing the player acts on (by key or by its action bar) is out
 * of sight. Scrolled out by the player, the selection moves to the first post fully in view;
 * pushed out by new posts, a selection the player never chose moves back to the top, and one they
 * chose holds the view on it while the "N new posts" pill counts what arrived above.
 */
export class FeedSelection {
  readonly scroll = new FeedScroll();
  private id: string | null = null;
  /** The player chose it (key, tap); otherwise it is the automatic one, at the top. */
  private chosen = false;
  /** The keyboard moved it: bring it into view on the next pass. */
  private reveal = false;
  /** Just tapped: its action bar may push it past the bottom; scroll it up just enough. */
  private justChosen = false;
  /** The player scrolled since the last pass. */
  private scrolled = false;
  /** The feed as the last pass showed it: what arrives after it is new. */
  private shown: readonly string[] = [];

  get selectedId(): string | null {
    return this.id;
  }

  /** Keeps a selection that still exists; else the first selectable post, chosen by no one. */
  settle(selectable: readonly string[]): void {
    if (this.id && selectable.includes(this.id)) return;
    this.id = selectable[0] ?? null;
    this.chosen = false;
  }

  /** A tap on a card or message, or an action taken on it. */
  choose(id: string): void {
    this.id = id;
    this.chosen = true;
    this.justChosen = true;
  }

  /** The arrow keys: one post up or down the list, brought into view. */
  move(step: number, selectable: readonly string[]): void {
    const index = selectable.indexOf(this.id ?? '');
    const next = selectable[Math.max(0, Math.min(selectable.length - 1, index + step))];
    this.id = next ?? null;
    this.chosen = true;
    this.reveal = true;
  }

  /** False when the feed is already at that end (a fling stops there). */
  scrollBy(dy: number, feed: readonly string[]): boolean {
    const moved = this.scroll.scrollBy(dy, feed);
    if (moved) this.scrolled = true;
    return moved;
  }

  /** The pill: back to the top, following new posts, with the automatic selection there. */
  toTop(): void {
    this.scroll.toTop();
    this.id = null;
    this.chosen = false;
  }

  /** Before drawing: a selection moved by the keyboard comes into view. */
  beforeDraw(feed: readonly string[], viewHeight: number): void {
    if (this.reveal && this.id) this.scroll.reveal(this.id, feed, viewHeight);
    this.reveal = false;
  }

  /**
   * After drawing, with where each card went in a view from `top` to `bottom`: applies the rule
   * and returns true when the view or the selection changed (the caller draws again once).
   */
  afterDraw(
    drawn: readonly DrawnCard[],
    feed: readonly string[],
    selectable: readonly string[],
    top: number,
    bottom: number,
  ): boolean {
    const scrolled = this.scrolled;
    const shown = this.shown;
    const justChosen = this.justChosen;
    this.justChosen = false;
    this.scrolled = false;
    this.shown = feed;
    const id = this.id;
    if (!id || !feed.includes(id)) return false;
    const inView = (c: DrawnCard) => c.top >= top - 1 && c.bottom <= bottom + 1;
    const card = drawn.find((c) => c.id === id);
    if (card && (inView(card) || card.bottom - card.top > bottom - top)) return false;
    if (scrolled) {
      const first = drawn.find((c) => inView(c) && selectable.includes(c.id));
      if (!first) return false;
      this.id = first.id;
      this.chosen = false;
    } else if (justChosen && card && card.top >= top) this.scroll.reveal(id, feed, bottom - top);
    else if (!this.chosen && this.scroll.atTop) this.id = selectable[0] ?? null;
    else this.scroll.hold(id, feed, shown);
    return true;
  }
}
