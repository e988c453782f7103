import type { Notice, NoticeList } from '../../app/notices';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle, WIDTH } from '../theme';

const BOTTOM = 680;
const GAP = 6;
/** Above this the panel would hide the heading and first cards; the rest wait their turn. */
const MAX_HEIGHT = 330;

/**
 * The menu's notices on the canvas, stacked upward from above the key line on one panel, each
 * with the digit that downloads its text where it has one. Drawn over the lower cards, since a
 * message the player must read matters more than seeing the last card whole.
 */
export function drawNotices(
  draw: Drawer,
  notices: NoticeList,
  text: (notice: Notice) => string,
  downloadKey: (n: number) => string,
): void {
  if (notices.length === 0) return;
  const panel = draw.rectangle(30, BOTTOM, WIDTH - 60, 0, COLORS.panelLight).setOrigin(0, 0);
  panel.setStrokeStyle(2, COLORS.danger);
  let downloads = 0;
  const lines = notices.map((notice) => {
    const key = notice.download ? `[${downloadKey(++downloads)}] ` : '';
    return draw.text(
      44,
      0,
      `${key}${text(notice)}`,
      textStyle(14, TEXT.danger, { wordWrap: { width: WIDTH - 100 }, maxLines: 3 }),
    );
  });
  let height = 0;
  for (const line of lines) {
    if (height + line.height > MAX_HEIGHT) line.setVisible(false);
    else height += line.height + GAP;
  }
  let y = BOTTOM - height;
  for (const line of lines) {
    if (!line.visible) continue;
    line.setY(y);
    y += line.height + GAP;
  }
  panel.setPosition(30, BOTTOM - height - 8);
  panel.setSize(WIDTH - 60, height + 10);
}
