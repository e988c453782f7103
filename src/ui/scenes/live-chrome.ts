import type { MessageKey } from '../../app/i18n/i18n';
import type { Timer } from '../../app/settings';
import type { SessionView } from '../../sim/session-view';
import { clock } from '../format';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS } from '../theme';
import { type ButtonSpec, keyHints } from '../widgets/button';
import { drawFootBar, drawMetricsBar } from '../widgets/compact-bars';
import { privateMessages } from '../widgets/feed-order';
import { brandButtons, drawBrandBar, messageButtons } from '../widgets/live-controls';
import type { FeedArea } from '../widgets/live-feed';
import { drawLiveSide } from '../widgets/live-side';
import { type LiveLayout, METRICS_H } from './live-layout';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** What the bars and the panel around the feed need from the live scene. */
export interface ChromeHost {
  readonly t: T;
  readonly pointer: PointerInput;
  readonly paused: boolean;
  readonly timer: Timer;
  readonly speed: number;
  readonly hints: boolean;
  readonly status: string;
  readonly selectedId: string | null;
  /** The write box is open (over the side panel on a wide screen). */
  readonly composing: boolean;
  readonly command: (key: string) => void;
  /** A message's bar acts only while that message is still the one selected. */
  readonly commandOn: (id: string) => (key: string) => void;
  readonly select: (id: string) => void;
}

function side(
  draw: Drawer,
  s: SessionView,
  host: ChromeHost,
  at: { x: number; y: number; width: number },
  o: { keysAt: number | null; statusTop: number; composing: boolean; sheet?: boolean },
): void {
  const { t } = host;
  drawLiveSide(draw, s, {
    t,
    ...at,
    keysAt: o.keysAt,
    statusTop: o.statusTop,
    sheet: o.sheet ?? false,
    timer: host.timer,
    speed: host.speed,
    paused: host.paused,
    composing: o.composing,
    status: host.status,
    selectedId: host.selectedId,
    taps: { pointer: host.pointer, select: host.select },
    messageActions: withHints(
      messageButtons(t, s, host.selectedId, {
        hints: host.hints,
        command: host.commandOn(host.selectedId ?? ''),
      }),
      // On a phone (no keys line) the buttons drop their key hints too.
      o.keysAt !== null,
    ),
  });
}

const withHints = (specs: ButtonSpec[] | null, shown: boolean): ButtonSpec[] | null =>
  specs && keyHints(specs, shown);

const brand = (host: ChromeHost): ButtonSpec[] =>
  brandButtons(host.t, { paused: host.paused, timerOff: host.timer === 'off', command: host.command });

/** Wide: the brand bar over the feed column and the side panel; returns where the feed goes. */
export function drawWideChrome(
  draw: Drawer,
  s: SessionView,
  layout: LiveLayout,
  host: ChromeHost,
  feed: FeedArea,
): FeedArea {
  const at = { x: layout.feed.x, y: layout.margin, width: layout.feed.width, feedTop: feed.y };
  const y = layout.margin + drawBrandBar(draw, host.pointer, brand(host), at) + 8;
  side(
    draw,
    s,
    host,
    { x: layout.side.x, y: layout.side.y, width: layout.side.width },
    {
      keysAt: layout.height,
      statusTop: layout.height - 250,
      // The write box covers the panel while it is open; the messages show again when it closes.
      composing: host.composing,
    },
  );
  // The bar wraps in a longer language: the feed starts under it from the next pass.
  return { ...feed, y, height: layout.height - 12 - y };
}

/**
 * Compact (a phone): the metrics bar on top, the brand bar at the foot with the panel's toggle,
 * and, when open, the panel as a sheet in the feed's place. Returns where the feed goes and the
 * foot bar's height.
 */
export function drawCompactChrome(
  draw: Drawer,
  s: SessionView,
  layout: LiveLayout,
  host: ChromeHost,
  o: { readonly sheetOpen: boolean; readonly footHeight: number },
): { feed: FeedArea; footHeight: number } {
  const { t } = host;
  const x = layout.margin;
  const width = layout.width - 2 * layout.margin;
  const waiting = privateMessages(s.posts).filter((p) => !p.author.isBrand && p.awaiting).length;
  const toggle: ButtonSpec = {
    id: 'live:panel',
    label: o.sheetOpen ? t('ctl.panelClose') : t('ctl.panel', { n: waiting }),
    tone: waiting > 0 && !o.sheetOpen ? 'accent' : 'plain',
    on: o.sheetOpen,
    onTap: () => host.command('panel'),
  };
  drawMetricsBar(
    draw,
    host.pointer,
    s,
    { x, width, height: METRICS_H, screenWidth: layout.width },
    {
      clock: t('live.clock', { clock: clock(s.now), duration: clock(s.duration) }),
      // Paused shows on the Resume button itself; here only a mark beside the speed.
      // Short, so it never reaches the clock: the pause mark and ×speed (the timer off: nothing,
      // the Next button says it).
      speed: host.timer === 'off' ? '' : `${host.paused ? '⏸ ' : ''}×${host.speed}`,
      heat: t('live.heat'),
      sentiment: t('live.sentiment'),
    },
    toggle,
  );
  // A phone has no keys to learn: the buttons drop their key hints, and the speed buttons show
  // only their sign (− +), so the bar takes two rows.
  const buttons = brand(host).map((b) => ({
    ...b,
    label: b.id === 'brand:-' || b.id === 'brand:+' ? (b.key ?? b.label) : b.label,
    key: undefined,
  }));
  if (o.sheetOpen) {
    const top = METRICS_H + 4;
    draw
      .rectangle(0, top, layout.width, layout.height - top, COLORS.background)
      .setOrigin(0, 0)
      .setDepth(-2);
    side(
      draw,
      s,
      host,
      { x, y: top + 4, width },
      { keysAt: null, statusTop: 0, composing: false, sheet: true },
    );
  }
  const footHeight = drawFootBar(draw, host.pointer, buttons, {
    x,
    width,
    screenWidth: layout.width,
    bottom: layout.height,
    lastHeight: o.footHeight,
    status: o.sheetOpen ? '' : host.status,
  });
  const y = METRICS_H + 4;
  return { feed: { x, y, width, height: layout.height - footHeight - y }, footHeight };
}
