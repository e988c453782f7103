import type { PostView } from '../../sim/session-view';
import type { FeedScroll } from '../pointer/feed-scroll';
import type { DrawnCard } from '../pointer/feed-selection';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS } from '../theme';
import { type ButtonSpec, drawButton, drawButtonRow, MIN_TARGET } from './button';
import { type CardLabels, drawPostCard } from './post-card';

const GAP = 8;
const BAR_PAD = 8;

export interface FeedArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LiveFeedOptions {
  readonly scroll: FeedScroll;
  readonly pointer: PointerInput;
  readonly selectedId: string | null;
  readonly labels: (post: PostView) => CardLabels;
  /** How far a new card has slid in (0 just arrived, 1 in place). */
  readonly appear: (post: PostView) => number;
  /** The selected post's action bar. */
  readonly actions: (post: PostView) => ButtonSpec[];
  readonly select: (id: string) => void;
  /** The "N new posts" pill's label for n posts above the view (null: no pill). */
  readonly pill: (n: number) => string | null;
  readonly toTop: () => void;
}

/**
 * The feed as far as it fits, from where the player has scrolled it: each card a tap zone that
 * selects it (a tap selects, it never acts), the selected card with its action bar, and the pill
 * that says how many posts arrived above while the player was reading further down. Cards
 * scrolled partly above the area are drawn there and covered by what is drawn over the area's top.
 */
export function drawLiveFeed(
  draw: Drawer,
  feed: readonly PostView[],
  area: FeedArea,
  o: LiveFeedOptions,
): DrawnCard[] {
  const ids = feed.map((p) => p.id);
  const { index, offset } = o.scroll.start(ids);
  const bottom = area.y + area.height;
  const drawn: DrawnCard[] = [];
  let y = area.y - offset;
  for (const post of feed.slice(index)) {
    if (y > bottom - 20) break;
    const selected = post.id === o.selectedId;
    const progress = o.appear(post);
    const card = drawPostCard(draw, post, area.x, y, area.width, selected, o.labels(post));
    let height = card.height;
    if (!post.author.isBrand) addCardZone(o, post.id, area, y, y + height);
    if (selected && !post.author.isBrand) height += drawBar(draw, o, post, area, y + height);
    if (progress < 1) {
      for (const g of card.objects as unknown as { alpha: number; x: number }[]) {
        g.alpha *= progress;
        g.x -= (1 - progress) * 40;
      }
    }
    o.scroll.measure(post.id, height + GAP);
    drawn.push({ id: post.id, top: y, bottom: y + height });
    y += height + GAP;
  }
  const n = o.scroll.newCount(ids);
  const label = o.pill(n);
  if (label) {
    // Above the cards and their bars: drawn last, and first in the hit test.
    const x = area.x + area.width / 2;
    drawButton(
      draw,
      o.pointer,
      x,
      area.y + 6,
      { id: 'feed:top', label, tone: 'accent', onTap: o.toTop },
      { depth: 3, align: 'center' },
    );
  }
  return drawn;
}

/** The action bar under the selected card, on the card's own colour; returns its height. */
function drawBar(draw: Drawer, o: LiveFeedOptions, post: PostView, area: FeedArea, top: number): number {
  const indent = post.replyTo ? 36 : 0;
  const left = area.x + indent + 12;
  const rows = drawButtonRow(draw, o.pointer, left, top, area.width - indent - 24, o.actions(post), {
    height: MIN_TARGET,
  });
  const height = rows + BAR_PAD;
  draw
    .rectangle(area.x + indent, top, area.width - indent, height, COLORS.selected)
    .setOrigin(0, 0)
    .setDepth(-1);
  draw.rectangle(area.x + indent, top, 5, height, COLORS.accent).setOrigin(0, 0);
  return height;
}

/** The card's visible part answers a tap by selecting it (its bar, drawn after, is not part of it). */
function addCardZone(o: LiveFeedOptions, id: string, area: FeedArea, top: number, bottom: number): void {
  const y0 = Math.max(top, area.y);
  const y1 = Math.min(bottom, area.y + area.height);
  if (y1 - y0 <= 0) return;
  o.pointer.zones.add({
    id: `card:${id}`,
    x: area.x,
    y: y0,
    width: area.width,
    height: y1 - y0,
    onTap: () => o.select(id),
  });
}
