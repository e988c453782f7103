import type { MessageKey } from '../../app/i18n/i18n';
import type { Lang, ScenarioManifest } from '../../content/scenario.schema';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';

const CARD_H = 82;
const GAP = 8;
/** Narrower than this (a phone): title, length and summary each on their own lines. */
const NARROW = 640;

export interface MenuCards {
  readonly t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  readonly lang: Lang;
  readonly selected: number;
  readonly pointer: PointerInput;
  readonly locked: (m: ScenarioManifest) => boolean;
  /** A click or tap on a card opens it, as Enter does on the selected one. */
  readonly open: (index: number) => void;
}

/**
 * The scenario cards with title, length, difficulty and summary, from `top` in the column
 * `x`..`x + width`; each card is a tap target. Returns the y under the last card.
 */
export function drawMenuCards(
  draw: Drawer,
  scenarios: readonly ScenarioManifest[],
  frame: { readonly x: number; readonly top: number; readonly width: number },
  o: MenuCards,
): number {
  const { x, width } = frame;
  const narrow = width < NARROW;
  let y = frame.top;
  scenarios.forEach((m, i) => {
    const active = i === o.selected;
    const state = o.pointer.stateOf(`card:${m.id}`);
    const fill = active || state !== 'idle' ? COLORS.selected : COLORS.panel;
    const bg = draw.rectangle(x, y, width, CARD_H, fill).setOrigin(0, 0);
    const mark = active ? draw.rectangle(x, y, 6, CARD_H, COLORS.accent).setOrigin(0, 0) : null;
    const locked = o.locked(m);
    const title = locked ? o.t('a11y.locked', { title: m.title[o.lang] }) : m.title[o.lang];
    const heading = draw.text(
      x + 20,
      y + 10,
      `${locked ? '🔒 ' : ''}${title}`,
      textStyle(20, locked ? TEXT.secondary : TEXT.primary, {
        fontStyle: 'bold',
        ...(narrow ? { wordWrap: { width: width - 36 }, maxLines: 2 } : {}),
      }),
    );
    const meta = `${o.t('menu.minutes', { minutes: Math.round(m.durationSeconds / 60) })} · ${o.t('menu.difficulty', { level: m.difficulty })}`;
    let below = y + 38;
    if (narrow) {
      const line = draw.text(x + 20, y + 14 + heading.height, meta, textStyle(15, TEXT.secondary));
      below = line.y + line.height + 6;
    } else draw.text(x + width - 20, y + 12, meta, textStyle(15, TEXT.secondary)).setOrigin(1, 0);
    const summary = draw.text(
      x + 20,
      below,
      m.summary[o.lang],
      textStyle(14, TEXT.secondary, { wordWrap: { width: width - 60 }, maxLines: narrow ? 3 : 2 }),
    );
    const height = narrow ? below - y + summary.height + 12 : CARD_H;
    bg.setSize(width, height);
    mark?.setSize(6, height);
    o.pointer.zones.add({
      id: `card:${m.id}`,
      x,
      y,
      width,
      height,
      onTap: () => o.open(i),
      paint: (s) => bg.setFillStyle(active || s !== 'idle' ? COLORS.selected : COLORS.panel),
    });
    y += height + GAP;
  });
  return y;
}
