import type { MessageKey } from '../../app/i18n/i18n';
import type { Timer } from '../../app/settings';
import type { SessionView } from '../../sim/session-view';
import { clock } from '../format';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButtonRow } from './button';
import { drawHud } from './hud';
import { drawMessages, type MessageTaps } from './side-panel';

export interface LiveSide {
  readonly t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The panel's foot: the keys line sits there (null: no keys line, on a phone). */
  readonly keysAt: number | null;
  /** The status line starts no higher than this, so it does not jump as messages come and go. */
  readonly statusTop: number;
  /**
   * A phone's sheet: the messages first, then reach, budget and networks on one line (the clock,
   * heat and sentiment are in the bar over it), and no keys.
   */
  readonly sheet?: boolean;
  readonly timer: Timer;
  readonly speed: number;
  readonly paused: boolean;
  /** The write box is open over the panel: the private messages give it the room. */
  readonly composing: boolean;
  readonly status: string;
  readonly selectedId: string | null;
  readonly taps: MessageTaps;
  /** The selected private message's action bar (null: no message is selected). */
  readonly messageActions: readonly ButtonSpec[] | null;
}

/** The live feed's side panel: dashboard, pause mark, private messages, status line and keys. */
export function drawLiveSide(draw: Drawer, s: SessionView, o: LiveSide): void {
  const { t, x, width } = o;
  let side = o.y;
  if (!o.sheet) {
    side += drawHud(draw, s, x, side, width, {
      clock: t('live.clock', { clock: clock(s.now), duration: clock(s.duration) }),
      heat: t('live.heat'),
      sentiment: t('live.sentiment'),
      reach: t('live.reach', { reach: Math.round(s.metrics.reach) }),
      budget: t('live.budget', { budget: s.metrics.budget }),
      networks: t('live.networks', { networks: s.metrics.networks.map((n) => n.name).join(', ') }),
      speed: o.timer === 'off' ? t('live.next') : t('live.speed', { speed: o.speed }),
    });
    side += 10;
    if (o.paused) {
      draw.text(x, side, t('live.paused'), textStyle(17, TEXT.accent, { fontStyle: 'bold' }));
      side += 28;
    }
  }
  if (!o.composing) {
    side = drawMessages(draw, s, x, side, width, (n) => t('live.messages', { n }), o.selectedId, o.taps);
    if (o.messageActions) {
      const top = side + 4;
      const rows = drawButtonRow(draw, o.taps.pointer, x + 8, top + 6, width - 16, o.messageActions);
      draw
        .rectangle(x, top, width, rows + 12, COLORS.selected)
        .setOrigin(0, 0)
        .setDepth(-1);
      side = top + rows + 12;
    }
  }
  if (o.sheet) {
    const line = [
      t('live.reach', { reach: Math.round(s.metrics.reach) }),
      t('live.budget', { budget: s.metrics.budget }),
      t('live.networks', { networks: s.metrics.networks.map((n) => n.name).join(', ') }),
    ].join(' · ');
    side += 8 + draw.text(x, side + 8, line, textStyle(15, TEXT.secondary, { wordWrap: { width } })).height;
  }
  if (o.status)
    draw.text(
      x,
      Math.max(side + 6, o.statusTop),
      o.status,
      textStyle(14, TEXT.accent, { wordWrap: { width }, maxLines: 10 }),
    );
  if (o.keysAt !== null) draw.text(x, o.keysAt - 28, t('ctl.keys'), textStyle(12, TEXT.secondary));
}
