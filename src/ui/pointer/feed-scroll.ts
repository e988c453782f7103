/** A card not drawn yet is taken to be this tall until it is. */
const ESTIMATE = 120;

/**
 * Where the live feed is scrolled to. The newest post is at the top; while the player is at the
 * top the view follows new posts. Once they scroll down, the view holds on the post at its top
 * (the anchor), so posts arriving above it do not move what they are reading; `newCount` says how
 * many have arrived since, for the "N new posts" pill that takes them back up.
 */
export class FeedScroll {
  /** The post at the top of the view and how far it is scrolled past; null anchor = at the top. */
  private anchor: string | null = null;
  private offset = 0;
  private lastIndex = 0;
  private readonly heights = new Map<string, number>();
  private known = new Set<string>();

  /** A card's drawn height (gap included): scrolling past it needs to know it. */
  measure(id: string, height: number): void {
    this.heights.set(id, height);
  }

  private height(id: string): number {
    return this.heights.get(id) ?? ESTIMATE;
  }

  get atTop(): boolean {
    return this.anchor === null;
  }

  /** The index of the first card drawn and how many px of it are scrolled out of view. */
  start(feed: readonly string[]): { index: number; offset: number } {
    if (this.anchor === null) return { index: 0, offset: 0 };
    let index = feed.indexOf(this.anchor);
    if (index < 0) {
      // The anchor left the feed (deleted): hold the same place in the list.
      index = Math.min(this.lastIndex, Math.max(0, feed.length - 1));
      this.anchor = feed[index] ?? null;
      this.offset = 0;
      if (this.anchor === null) return { index: 0, offset: 0 };
    }
    this.lastIndex = index;
    return { index, offset: this.offset };
  }

  /** Scrolls by `dy` px (positive: further down the feed, to older posts); false at either end. */
  scrollBy(dy: number, feed: readonly string[]): boolean {
    if (!Number.isFinite(dy) || dy === 0 || feed.length === 0) return false;
    const before = `${this.anchor}:${this.offset}`;
    this.move(dy, feed);
    return `${this.anchor}:${this.offset}` !== before;
  }

  private move(dy: number, feed: readonly string[]): void {
    let { index, offset } = this.start(feed);
    if (this.anchor === null) {
      if (dy < 0) return;
      this.known = new Set(feed);
    }
    offset += dy;
    while (offset >= this.height(feed[index] as string) && index < feed.length - 1) {
      offset -= this.height(feed[index] as string);
      index++;
    }
    // The last card can be scrolled to the top of the view, not past it.
    if (index === feed.length - 1)
      offset = Math.min(offset, Math.max(0, this.height(feed[index] as string) - 60));
    while (offset < 0 && index > 0) {
      index--;
      offset += this.height(feed[index] as string);
    }
    if (index === 0 && offset <= 0) {
      this.toTop();
      return;
    }
    this.anchor = feed[index] as string;
    this.offset = Math.max(0, offset);
    this.lastIndex = index;
  }

  /** How far down the feed the view starts, in px (measured heights, estimates for the rest). */
  depth(feed: readonly string[]): number {
    const { index, offset } = this.start(feed);
    let px = offset;
    for (let i = 0; i < index; i++) px += this.height(feed[i] as string);
    return px;
  }

  toTop(): void {
    this.anchor = null;
    this.offset = 0;
    this.lastIndex = 0;
  }

  /** Posts above the view that arrived after the player scrolled away from the top. */
  newCount(feed: readonly string[]): number {
    if (this.anchor === null) return 0;
    const { index } = this.start(feed);
    let n = 0;
    for (let i = 0; i < index; i++) if (!this.known.has(feed[i] as string)) n++;
    return n;
  }

  /**
   * Holds the view on a post: it becomes the top of the view (the first post: back to following).
   * Used when the post being read would otherwise slide out under new ones, or leave the view.
   */
  hold(id: string, feed: readonly string[], seen: readonly string[] = feed): void {
    const target = feed.indexOf(id);
    if (target < 0) return;
    if (target === 0) {
      this.toTop();
      return;
    }
    // Leaving the top: the posts already seen there are not new (`seen`: the feed as it was shown).
    if (this.anchor === null) this.known = new Set(seen);
    this.anchor = id;
    this.offset = 0;
    this.lastIndex = target;
  }

  /**
   * Brings a post into view (the keyboard moved the selection to it): above the view, it becomes
   * the top; below, the view moves down until it fits in `viewHeight`.
   */
  reveal(id: string, feed: readonly string[], viewHeight: number): void {
    const target = feed.indexOf(id);
    if (target < 0) return;
    const { index, offset } = this.start(feed);
    if (target < index || (target === index && offset > 0)) {
      this.hold(id, feed);
      return;
    }
    let bottom = -offset;
    for (let i = index; i <= target; i++) bottom += this.height(feed[i] as string);
    if (bottom > viewHeight) this.scrollBy(bottom - viewHeight, feed);
  }
}
