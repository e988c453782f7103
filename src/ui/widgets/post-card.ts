import type Phaser from 'phaser';
import type { PostView } from '../../sim/session-view';
import { avatarColor, initials } from '../avatar';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';

export interface CardLabels {
  readonly meta: string;
  readonly badge: string | null;
  readonly status: string | null;
}

/** Narrower than this (a phone), the meta line goes under the name and the badges to the foot. */
const NARROW = 560;

/**
 * Draws one post as a card and returns its height. Post text is drawn by Phaser's Text object onto
 * the canvas: whatever a persona or player writes is shown as text, never parsed as markup.
 */
export function drawPostCard(
  draw: Drawer,
  post: PostView,
  x: number,
  y: number,
  width: number,
  selected: boolean,
  labels: CardLabels,
): { height: number; objects: Phaser.GameObjects.GameObject[] } {
  const indent = post.replyTo ? 36 : 0;
  const left = x + indent + 12;
  const textWidth = width - indent - 84;
  const narrow = width < NARROW;
  const objects: Phaser.GameObjects.GameObject[] = [];
  const author = post.author;
  const name = draw.text(
    left + 52,
    y + 10,
    author.name,
    textStyle(16, TEXT.primary, {
      fontStyle: 'bold',
      ...(narrow ? { wordWrap: { width: textWidth }, maxLines: 1 } : {}),
    }),
  );
  const meta = draw.text(
    narrow ? left + 52 : left + 52 + name.width + 8,
    narrow ? y + 32 : y + 12,
    // On a phone the handle goes last, joined by a no-break space, so that when the line is too long
    // the whole handle wraps away and the network and the time stay (the name above says who it is).
    narrow ? `${labels.meta} ·\u00a0@${author.handle}` : `@${author.handle} · ${labels.meta}`,
    textStyle(14, TEXT.secondary, narrow ? { wordWrap: { width: textWidth }, maxLines: 1 } : {}),
  );
  const bodyTop = narrow ? y + 56 : y + 34;
  const body = draw.text(
    left + 52,
    bodyTop,
    post.text,
    textStyle(16, TEXT.primary, { wordWrap: { width: textWidth, useAdvancedWrap: true } }),
  );
  const stats = draw.text(
    left + 52,
    bodyTop + 6 + body.height,
    `${post.liked ? '♥' : '♡'} ${post.likes}   ⇄ ${post.shares}`,
    textStyle(13, TEXT.secondary),
  );
  const height = bodyTop - y + 22 + body.height;
  const bg = draw
    .rectangle(
      x + indent,
      y,
      width - indent,
      height,
      selected ? COLORS.selected : author.isBrand ? COLORS.brand : COLORS.panel,
    )
    .setOrigin(0, 0);
  if (selected) objects.push(draw.rectangle(x + indent, y, 5, height, COLORS.accent).setOrigin(0, 0));
  const avatar = draw.disc(left + 20, y + 26, 18, avatarColor(author.handle));
  const letters = draw
    .text(left + 20, y + 26, initials(author.name), textStyle(14, '#ffffff', { fontStyle: 'bold' }))
    .setOrigin(0.5);
  objects.push(name, meta, body, stats, avatar, letters);
  if (narrow) {
    // At the foot, right of the likes: the top is taken by the name and meta lines.
    const foot = [labels.status, labels.badge].filter(Boolean).join(' · ');
    if (foot)
      objects.push(
        draw
          .text(x + width - 10, stats.y, foot, textStyle(13, labels.badge ? TEXT.danger : TEXT.accent))
          .setOrigin(1, 0),
      );
  } else if (labels.badge) {
    objects.push(draw.text(x + width - 10, y + 10, labels.badge, textStyle(13, TEXT.danger)).setOrigin(1, 0));
  }
  if (labels.status && !narrow) {
    objects.push(
      draw.text(x + width - 10, y + height - 22, labels.status, textStyle(13, TEXT.accent)).setOrigin(1, 0),
    );
  }
  if (post.status === 'hidden') for (const o of [name, meta, body, stats]) o.setAlpha(0.55);
  bg.setDepth(-1);
  objects.push(bg);
  return { height, objects };
}
