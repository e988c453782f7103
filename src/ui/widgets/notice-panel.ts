import type { Notice, NoticeList } from '../../app/notices';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle, WIDTH } from '../theme';
import { drawButton, MIN_TARGET } from './button';

const BOTTOM = 680;
const GAP = 6;
/** Above this the panel would hide the heading and first cards; the rest wait their turn. */
const MAX_HEIGHT = 330;
/** Room on the right of each notice for its Download and Dismiss buttons. */
const BUTTONS_W = 330;

export interface NoticeControls {
  readonly text: (notice: Notice) => string;
  /** The label of the nth download (its digit key). */
  readonly downloadKey: (n: number) => string;
  readonly dismissLabel: string;
  readonly dismiss: (id: string) => void;
  readonly canDismiss: (id: string) => boolean;
  readonly download: (n: number) => void;
}

/**
 * The menu's notices on the canvas, stacked upward from above the key line on one panel, each
 * with a Dismiss button and, where it has one, the download of its text (the digit key shown on
 * the button). Drawn over the lower cards, since a message the player must read matters more than
 * seeing the last card whole.
 */
export function drawNotices(
  draw: Drawer,
  pointer: PointerInput,
  notices: NoticeList,
  o: NoticeControls,
): void {
  if (notices.length === 0) return;
  const panel = draw
    .rectangle(30, BOTTOM, WIDTH - 60, 0, COLORS.panelLight)
    .setOrigin(0, 0)
    .setDepth(2);
  panel.setStrokeStyle(2, COLORS.danger);
  let downloads = 0;
  const rows = notices.map((notice) => {
    const n = notice.download ? ++downloads : 0;
    const line = draw
      .text(
        44,
        0,
        o.text(notice),
        textStyle(14, TEXT.danger, { wordWrap: { width: WIDTH - 100 - BUTTONS_W }, maxLines: 3 }),
      )
      .setDepth(2.1);
    return { notice, n, line, height: Math.max(line.height, MIN_TARGET) };
  });
  let height = 0;
  const shown = rows.filter((row) => {
    if (height + row.height > MAX_HEIGHT) {
      row.line.setVisible(false);
      return false;
    }
    height += row.height + GAP;
    return true;
  });
  // The panel answers taps itself: a tap on it never reaches the card drawn under it.
  pointer.zones.add({
    id: 'notices:panel',
    x: 30,
    y: BOTTOM - height - 8,
    width: WIDTH - 60,
    height: height + 10,
    onTap: () => {},
    inert: true,
  });
  let y = BOTTOM - height;
  for (const row of shown) {
    row.line.setY(y + (row.height - row.line.height) / 2);
    let x = WIDTH - 44;
    const dismiss = {
      id: `notice:${row.notice.id}:dismiss`,
      label: o.dismissLabel,
      onTap: () => o.dismiss(row.notice.id),
    };
    if (o.canDismiss(row.notice.id)) x -= buttonWidth(draw, pointer, x, y, dismiss);
    if (row.n) {
      const spec = {
        id: `notice:${row.notice.id}:download`,
        label: o.downloadKey(row.n),
        onTap: () => o.download(row.n),
      };
      buttonWidth(draw, pointer, x - 8, y, spec);
    }
    y += row.height + GAP;
  }
  panel.setPosition(30, BOTTOM - height - 8);
  panel.setSize(WIDTH - 60, height + 10);
}

/** Draws a button ending at `right` and returns its width. */
function buttonWidth(
  draw: Drawer,
  pointer: PointerInput,
  right: number,
  y: number,
  spec: { id: string; label: string; onTap: () => void },
): number {
  return drawButton(draw, pointer, right, y, spec, { depth: 2.5, align: 'right' });
}
