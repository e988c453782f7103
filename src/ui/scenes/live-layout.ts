import type { ScreenSize } from '../screen-size';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where the live feed's parts go for a screen size. Wide: the brand bar over the feed column and
 * the side panel beside it. Compact (phones): the feed full width, the metrics in a bar on top, the
 * brand bar at the foot, and the side panel as a sheet opened from the foot bar. The feed's top
 * and bottom here are first guesses: a bar that wraps in a longer language moves them on the
 * next pass.
 */
export interface LiveLayout {
  readonly compact: boolean;
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  /** The feed column (y and height follow the bars as drawn). */
  readonly feed: Box;
  /** Wide: the side panel's column. Compact: the sheet's area. */
  readonly side: Box;
  /** Where the write box docks over the canvas, in game px; null: across the top of the screen. */
  readonly composer: Box | null;
}

const MARGIN = 20;
const COMPACT_MARGIN = 8;
/** The compact metrics bar's height. */
export const METRICS_H = 80;

export function liveLayout(size: Pick<ScreenSize, 'width' | 'height' | 'compact'>): LiveLayout {
  const { width, height, compact } = size;
  if (compact) {
    const m = COMPACT_MARGIN;
    return {
      compact,
      width,
      height,
      margin: m,
      feed: { x: m, y: METRICS_H + 4, width: width - 2 * m, height: height - METRICS_H - 4 - 120 },
      side: { x: m, y: METRICS_H, width: width - 2 * m, height: height - METRICS_H },
      composer: null,
    };
  }
  const sideW = width >= 1200 ? 420 : 360;
  const sideX = width - MARGIN - sideW;
  const feedTop = MARGIN + 48 + 8;
  return {
    compact,
    width,
    height,
    margin: MARGIN,
    feed: { x: MARGIN, y: feedTop, width: sideX - 2 * MARGIN, height: height - 12 - feedTop },
    side: { x: sideX, y: MARGIN, width: sideW, height: height - MARGIN },
    composer: { x: sideX, y: 270, width: sideW, height: height - 270 - 12 },
  };
}
