import { describe, expect, it } from 'vitest';
import { FeedScroll } from '../../src/ui/pointer/feed-scroll';
import { HitZones } from '../../src/ui/pointer/hit-zones';
import { Momentum } from '../../src/ui/pointer/momentum';

const feedOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `p${from + n - i}`);

describe('feed scroll', () => {
  const measured = (feed: string[], height = 100) => {
    const s = new FeedScroll();
    for (const id of feed) s.measure(id, height);
    return s;
  };

  it('follows new posts while at the top', () => {
    const s = measured(feedOf(5));
    expect(s.start(feedOf(5))).toEqual({ index: 0, offset: 0 });
    expect(s.start(feedOf(6))).toEqual({ index: 0, offset: 0 });
    expect(s.newCount(feedOf(6))).toBe(0);
  });

  it('holds the post being read when new ones arrive above it, and counts them', () => {
    const feed = feedOf(5); // p5 p4 p3 p2 p1
    const s = measured(feed);
    s.scrollBy(250, feed);
    expect(s.start(feed)).toEqual({ index: 2, offset: 50 });
    const later = ['p7', 'p6', ...feed];
    expect(s.start(later)).toEqual({ index: 4, offset: 50 });
    expect(s.newCount(later)).toBe(2);
    s.toTop();
    expect(s.start(later)).toEqual({ index: 0, offset: 0 });
    expect(s.newCount(later)).toBe(0);
  });

  it('scrolls back up across cards and snaps to the top, following again', () => {
    const feed = feedOf(5);
    const s = measured(feed);
    s.scrollBy(330, feed);
    s.scrollBy(-200, feed);
    expect(s.start(feed)).toEqual({ index: 1, offset: 30 });
    s.scrollBy(-1000, feed);
    expect(s.atTop).toBe(true);
    expect(s.start(['p6', ...feed])).toEqual({ index: 0, offset: 0 });
  });

  it('stops with the last card at the top of the view, and ignores nonsense', () => {
    const feed = feedOf(3);
    const s = measured(feed);
    s.scrollBy(10_000, feed);
    expect(s.start(feed)).toEqual({ index: 2, offset: 40 });
    s.scrollBy(Number.NaN, feed);
    expect(s.start(feed)).toEqual({ index: 2, offset: 40 });
  });

  it('reveals a selected post above or below the view', () => {
    const feed = feedOf(8);
    const s = measured(feed);
    s.reveal('p2', feed, 300); // index 6: bottom at 700 > 300
    const { index } = s.start(feed);
    expect(index).toBe(4);
    s.reveal('p7', feed, 300);
    expect(s.start(feed)).toEqual({ index: 1, offset: 0 });
    s.reveal('p8', feed, 300);
    expect(s.atTop).toBe(true);
  });

  it('a deleted anchor leaves the view where it was', () => {
    const feed = feedOf(5);
    const s = measured(feed);
    s.scrollBy(200, feed);
    const without = feed.filter((id) => id !== 'p3');
    expect(s.start(without).index).toBe(2);
  });
});

describe('momentum', () => {
  it('a swipe carries on and slows to a stop; a held finger does not fling', () => {
    const m = new Momentum();
    m.grab(0, 500);
    for (let t = 10; t <= 100; t += 10) m.move(t, 500 - t * 2);
    const v = m.release(105);
    expect(v).toBeCloseTo(-2000, -1);
    let total = 0;
    let frames = 0;
    while (m.moving && frames < 1000) {
      total += m.step(16);
      frames++;
    }
    expect(total).toBeLessThan(0);
    expect(Math.abs(total)).toBeGreaterThan(300);
    expect(frames).toBeLessThan(200);
    m.grab(0, 0);
    m.move(10, 50);
    expect(m.release(400)).toBe(0);
  });
});

describe('hit zones', () => {
  it('the zone drawn last answers, and the previous pass answers until the next ends', () => {
    const z = new HitZones();
    const taps: string[] = [];
    z.begin();
    z.add({ id: 'card', x: 0, y: 0, width: 100, height: 100, onTap: () => taps.push('card') });
    z.add({ id: 'button', x: 10, y: 10, width: 44, height: 44, onTap: () => taps.push('button') });
    z.end();
    z.at(20, 20)?.onTap();
    z.at(80, 80)?.onTap();
    expect(taps).toEqual(['button', 'card']);
    z.begin();
    expect(z.at(20, 20)?.id).toBe('button');
    z.end();
    expect(z.at(20, 20)).toBeNull();
  });
});

describe('feed scroll depth', () => {
  it('says how far down the view starts, and whether a scroll moved it', () => {
    const feed = feedOf(5);
    const s = new FeedScroll();
    for (const id of feed) s.measure(id, 100);
    expect(s.depth(feed)).toBe(0);
    expect(s.scrollBy(-50, feed)).toBe(false);
    expect(s.scrollBy(250, feed)).toBe(true);
    expect(s.depth(feed)).toBe(250);
    expect(s.scrollBy(10_000, feed)).toBe(true);
    expect(s.scrollBy(100, feed)).toBe(false);
  });
});

describe('feed scroll hold', () => {
  it('holds a post at the top of the view and counts the posts that arrive above it', () => {
    const feed = feedOf(5); // p5 p4 p3 p2 p1
    const s = new FeedScroll();
    s.hold('p3', feed);
    expect(s.atTop).toBe(false);
    expect(s.start(feed)).toEqual({ index: 2, offset: 0 });
    const later = ['p6', ...feed];
    expect(s.start(later)).toEqual({ index: 3, offset: 0 });
    expect(s.newCount(later)).toBe(1);
    s.hold('p6', later);
    expect(s.atTop).toBe(true);
    s.hold('nowhere', later);
    expect(s.atTop).toBe(true);
  });
});
