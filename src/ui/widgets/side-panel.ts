import type { SessionView } from '../../sim/session-view';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { TEXT, textStyle } from '../theme';
import { privateMessages } from './feed-order';

/** A tap on a private message selects it, as a tap on a card does. */
export interface MessageTaps {
  readonly pointer: PointerInput;
  readonly select: (id: string) => void;
}

/** Each message row is at least this tall: it is a tap target. */
const ROW = 48;

/** The latest private messages, the selected one highlighted; returns the new y. */
export function drawMessages(
  draw: Drawer,
  s: SessionView,
  x: number,
  y: number,
  width: number,
  title: (n: number) => string,
  selectedId: string | null,
  taps?: MessageTaps,
): number {
  const all = privateMessages(s.posts);
  if (all.length === 0) return y;
  draw.text(x, y, title(all.length), textStyle(16, TEXT.accent));
  let at = y + 24;
  // The selected message is always one of the rows: its action bar acts on something in sight.
  const rows = all.slice(0, 3);
  const selected = all.find((dm) => dm.id === selectedId);
  if (selected && !rows.includes(selected)) rows[rows.length - 1] = selected;
  for (const dm of rows) {
    const who = dm.author.isBrand ? `→ ${dm.replyToAuthor?.name ?? dm.author.name}` : dm.author.name;
    const color = dm.id === selectedId ? TEXT.accent : TEXT.primary;
    const text = draw.text(
      x + 8,
      at,
      `${who}: ${dm.text}`,
      textStyle(13, color, { wordWrap: { width: width - 16 }, maxLines: 2 }),
    );
    const height = Math.max(ROW, text.height + 6);
    // The brand's own messages are not answered: only the public's rows select.
    if (taps && !dm.author.isBrand)
      taps.pointer.zones.add({
        id: `dm:${dm.id}`,
        x,
        y: at - 4,
        width,
        height,
        onTap: () => taps.select(dm.id),
      });
    at += height;
  }
  return at;
}
