import type { SessionView } from '../../sim/session-view';
import type { ReplyOption } from '../../story/beat';
import type { Drawer } from '../retained-layer';
import { TEXT, textStyle } from '../theme';
import { privateMessages } from './feed-order';

/** The numbered options of the composer (a reply, a statement, an update); returns the new y. */
export function drawOptions(
  draw: Drawer,
  x: number,
  y: number,
  width: number,
  title: string,
  options: readonly ReplyOption[],
): number {
  draw.text(x, y, title, textStyle(16, TEXT.accent));
  let at = y + 26;
  for (const [i, o] of options.entries()) {
    const text = draw.text(
      x + 8,
      at,
      `${i + 1}. ${o.text}`,
      textStyle(14, TEXT.primary, { wordWrap: { width: width - 16 } }),
    );
    at += text.height + 8;
  }
  return at;
}

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
