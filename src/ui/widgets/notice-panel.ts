import type { Notice, NoticeList } from '../../app/notices';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButton, MIN_TARGET } from './button';

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
  /** The label of a notice's action button (e.g. "Reload to update"). */
  readonly actionLabel: (notice: Notice) => string;
}

/** Where the panel goes: its left, width and foot. Narrow (a phone): the buttons go under each text. */
export interface NoticeFrame {
  readonly x: number;
  readonly width: number;
  readonly bottom: number;
  readonly narrow: boolean;
}

/**
 * The menu's notices on the canvas, stacked upward from above the key line on one panel, each
 * with a Dismiss button and, where it has one, the download of its text (the digit key shown on
 * the button) and the button of what it offers, where it offers something. Drawn over the lower cards, since a message the player must read matters more than
 * seeing the last card whole.
 */
export function drawNotices(
  draw: Drawer,
  pointer: PointerInput,
  notices: NoticeList,
  o: NoticeControls,
  frame: NoticeFrame,
): number {
  if (notices.length === 0) return 0;
  const { x: left, width: W, bottom: BOTTOM, narrow } = frame;
  const textWidth = narrow ? W - 28 : W - 40 - BUTTONS_W;
  const panel = draw.rectangle(left, BOTTOM, W, 0, COLORS.panelLight).setOrigin(0, 0).setDepth(2);
  panel.setStrokeStyle(2, COLORS.danger);
  let downloads = 0;
  const rows = notices.map((notice) => {
    const n = notice.download ? ++downloads : 0;
    const line = draw
      .text(
        left + 14,
        0,
        o.text(notice),
        textStyle(14, TEXT.danger, { wordWrap: { width: textWidth }, maxLines: narrow ? 5 : 3 }),
      )
      .setDepth(2.1);
    const height = narrow ? line.height + 6 + MIN_TARGET : Math.max(line.height, MIN_TARGET);
    return { notice, n, line, height };
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
    x: left,
    y: BOTTOM - height - 8,
    width: W,
    height: height + 10,
    onTap: () => {},
    inert: true,
  });
  let y = BOTTOM - height;
  for (const row of shown) {
    row.line.setY(narrow ? y : y + (row.height - row.line.height) / 2);
    // Narrow: the buttons on their own line under the text, at the right.
    const by = narrow ? y + row.line.height + 6 : y;
    let x = left + W - 14;
    const dismiss = {
      id: `notice:${row.notice.id}:dismiss`,
      label: o.dismissLabel,
      onTap: () => o.dismiss(row.notice.id),
    };
    if (o.canDismiss(row.notice.id)) x -= buttonWidth(draw, pointer, x, by, dismiss);
    const action = row.notice.action;
    if (action) {
      const spec: ButtonSpec = {
        id: `notice:${row.notice.id}:action`,
        label: o.actionLabel(row.notice),
        key: action.key.toUpperCase(),
        tone: 'accent',
        onTap: () => action.run(),
      };
      x -= buttonWidth(draw, pointer, x - 8, by, spec) + 8;
    }
    if (row.n) {
      const spec = {
        id: `notice:${row.notice.id}:download`,
        label: o.downloadKey(row.n),
        onTap: () => o.download(row.n),
      };
      buttonWidth(draw, pointer, x - 8, by, spec);
    }
    y += row.height + GAP;
  }
  panel.setPosition(left, BOTTOM - height - 8);
  panel.setSize(W, height + 10);
  return height + 10;
}

/** Draws a button ending at `right` and returns its width. */
function buttonWidth(
  draw: Drawer,
  pointer: PointerInput,
  right: number,
  y: number,
  spec: ButtonSpec,
): number {
  return drawButton(draw, pointer, right, y, spec, { depth: 2.5, align: 'right' });
}
