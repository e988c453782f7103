import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, textStyle } from '../theme';

/**
 * A toast centred on x, its foot at `bottom`, over the feed's cards, wrapped within `maxWidth`.
 * It is an inert zone: a tap on it never reaches the card under it.
 */
export function drawToast(
  draw: Drawer,
  pointer: PointerInput,
  x: number,
  bottom: number,
  message: string,
  maxWidth: number,
): void {
  const wrap = { wordWrap: { width: maxWidth - 32, useAdvancedWrap: true }, maxLines: 3, align: 'center' };
  const text = draw
    .text(x, 0, message, textStyle(18, '#10151c', { fontStyle: 'bold', ...wrap }))
    .setOrigin(0.5, 0)
    .setDepth(5);
  const width = text.width + 32;
  const height = text.height + 12;
  const y = bottom - height;
  text.setY(y + 6);
  draw.rectangle(x, y, width, height, COLORS.accent).setOrigin(0.5, 0).setDepth(4.5);
  pointer.zones.add({ id: 'feed:toast', x: x - width / 2, y, width, height, onTap: () => {}, inert: true });
}
