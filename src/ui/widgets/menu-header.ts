import type { MessageKey } from '../../app/i18n/i18n';
import type { PointerInput } from '../pointer/pointer-input';
import type { RetainedLayer } from '../retained-layer';
import type { ScreenSize } from '../screen-size';
import { LOGO_SLOT, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButtonRow, keyHints } from './button';

export interface MenuHeader {
  readonly screen: ScreenSize;
  /** The logo has loaded. */
  readonly logo: boolean;
  readonly t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  readonly mode: string;
  readonly buttons: readonly ButtonSpec[];
  /** The saved session on offer, or null. */
  readonly resume: string | null;
  /** The principle cards collected (on the onboarding path), or null. */
  readonly cards: string | null;
}

/**
 * The menu's top: logo, title and tagline, the menu's buttons, the heading, the mode and what is
 * saved. Wide: the buttons at the top right, as on a laptop; a phone: all of it in one column.
 * Returns where the cards start.
 */
export function drawMenuHeader(draw: RetainedLayer, pointer: PointerInput, o: MenuHeader): number {
  const { width: W, compact } = o.screen;
  const m = compact ? 12 : 40;
  if (o.logo) {
    const logo = compact ? { x: m + 24, y: 36, size: 48 } : LOGO_SLOT;
    draw.image(logo.x, logo.y, 'logo').setDisplaySize(logo.size, logo.size);
  }
  const titleX = compact ? m + 60 : 130;
  draw.text(
    titleX,
    compact ? 14 : 40,
    o.t('app.title'),
    textStyle(compact ? 26 : 36, TEXT.accent, { fontStyle: 'bold' }),
  );
  const tagline = draw.text(
    titleX,
    compact ? 48 : 84,
    o.t('app.tagline'),
    textStyle(compact ? 15 : 18, TEXT.secondary, { wordWrap: { width: W - titleX - m } }),
  );
  if (!compact) {
    const rows = drawButtonRow(draw, pointer, 560, 20, W - 600, o.buttons);
    // Two rows of buttons leave the heading its line at 140; more (a narrower window, a longer
    // language) push the heading and the lines beside it under them.
    const y = Math.max(140, 20 + rows + 12);
    draw.text(40, y, o.t('menu.heading'), textStyle(24));
    draw.text(300, y + 6, o.t('menu.mode', { mode: o.mode }), textStyle(16, TEXT.accent));
    if (o.cards) draw.text(300, y - 24, o.cards, textStyle(15, TEXT.good));
    if (o.resume)
      draw.text(W - 40, y + 6, o.resume, textStyle(17, TEXT.accent, { fontStyle: 'bold' })).setOrigin(1, 0);
    return y + 40;
  }
  let y = Math.max(84, tagline.y + tagline.height + 12);
  // A phone has no keys to learn: the buttons drop their key hints.
  const buttons = keyHints(o.buttons, false);
  y += drawButtonRow(draw, pointer, m, y, W - 2 * m, buttons) + 16;
  draw.text(m, y, o.t('menu.heading'), textStyle(22));
  y += 34;
  const lines = [o.t('menu.mode', { mode: o.mode }), o.cards, o.resume].filter(
    (l): l is string => l !== null,
  );
  const info = draw.text(
    m,
    y,
    lines.join('\n'),
    textStyle(15, TEXT.accent, { wordWrap: { width: W - 2 * m } }),
  );
  return y + info.height + 12;
}
