import { describe, expect, it } from 'vitest';
import { type DrawnCard, FeedSelection } from '../../src/ui/pointer/feed-selection';

const H = 100;
const VIEW = 300;
const feedOf = (n: number) => Array.from({ length: n }, (_, i) => `p${n - i}`);

/** Draws the feed as the live scene does: from the scroll's start, cards H px tall, in a 0..VIEW view. */
function pass(sel: FeedSelection, feed: string[]): boolean {
  sel.settle(feed);
  sel.beforeDraw(feed, VIEW);
  const { index, offset } = sel.scroll.start(feed);
  const drawn: DrawnCard[] = [];
  let y = -offset;
  for (const id of feed.slice(index)) {
    if (y > VIEW) break;
    sel.scroll.measure(id, H);
    drawn.push({ id, top: y, bottom: y + H });
    y += H;
  }
  return sel.afterDraw(drawn, feed, feed, 0, VIEW);
}

/** Passes until the view settles: the scene draws at most twice, so the third pass changes nothing. */
const settle = (sel: FeedSelection, feed: string[]) => {
  if (pass(sel, feed)) pass(sel, feed);
  expect(pass(sel, feed)).toBe(false);
};

describe('the selected post stays on screen', () => {
  it('an automatic selection follows the top as new posts push it down', () => {
    const sel = new FeedSelection();
    settle(sel, feedOf(1));
    expect(sel.selectedId).toBe('p1');
    settle(sel, feedOf(6));
    expect(sel.selectedId).toBe('p6');
    expect(sel.scroll.atTop).toBe(true);
  });

  it('a chosen post holds the view when new posts would push it out, and the pill counts them', () => {
    const sel = new FeedSelection();
    settle(sel, feedOf(3));
    sel.choose('p1');
    settle(sel, feedOf(3));
    expect(sel.scroll.atTop).toBe(true);
    const later = feedOf(6);
    settle(sel, later);
    expect(sel.selectedId).toBe('p1');
    expect(sel.scroll.atTop).toBe(false);
    expect(sel.scroll.start(later).index).toBe(later.indexOf('p1'));
    expect(sel.scroll.newCount(later)).toBe(3);
    sel.toTop();
    settle(sel, later);
    expect(sel.scroll.atTop).toBe(true);
    expect(sel.selectedId).toBe('p6');
  });

  it('scrolled out of view by the player, the selection moves to the first post fully in view', () => {
    const sel = new FeedSelection();
    const feed = feedOf(10);
    settle(sel, feed);
    sel.choose('p10');
    sel.scrollBy(250, feed);
    settle(sel, feed);
    // 250 px down: p10 and p9 are past, p8 is cut at the top, p7 is the first card wholly in view.
    expect(sel.selectedId).toBe('p7');
  });

  it('the arrow keys bring the selection into view', () => {
    const sel = new FeedSelection();
    const feed = feedOf(10);
    settle(sel, feed);
    for (let i = 0; i < 5; i++) {
      sel.move(1, feed);
      settle(sel, feed);
    }
    expect(sel.selectedId).toBe('p5');
    const { index, offset } = sel.scroll.start(feed);
    const top = (feed.indexOf('p5') - index) * H - offset;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top + H).toBeLessThanOrEqual(VIEW);
  });
});
