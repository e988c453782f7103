import type { SessionView } from '../../sim/session-view';
import type { Drawer } from '../retained-layer';
import { TEXT, textStyle } from '../theme';
import { privateMessages } from './feed-order';

/** The latest private messages, the selected one highlighted; returns the new y. */
export function drawMessages(
  draw: Drawer,
  s: SessionView,
  x: number,
  y: number,
  width: number,
  title: (n: number) => string,
  selectedId: string | null,
): number {
  const all = privateMessages(s.posts);
  if (all.length === 0) return y;
  draw.text(x, y, title(all.length), textStyle(16, TEXT.accent));
  let at = y + 24;
  for (const dm of all.slice(0, 3)) {
    const who = dm.author.isBrand ? `→ ${dm.replyToAuthor?.name ?? dm.author.name}` : dm.author.name;
    const color = dm.id === selectedId ? TEXT.accent : TEXT.primary;
    const text = draw.text(
      x + 8,
      at,
      `${who}: ${dm.text}`,
      textStyle(13, color, { wordWrap: { width: width - 16 }, maxLines: 2 }),
    );
    at += text.height + 6;
  }
  return at;
}
