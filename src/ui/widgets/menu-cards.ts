import type { MessageKey } from '../../app/i18n/i18n';
import type { Lang, ScenarioManifest } from '../../content/scenario.schema';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle, WIDTH } from '../theme';

const CARD_H = 82;
const STEP = 90;

export interface MenuCards {
  readonly t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  readonly lang: Lang;
  readonly selected: number;
  readonly pointer: PointerInput;
  readonly locked: (m: ScenarioManifest) => boolean;
  /** A click or tap on a card opens it, as Enter does on the selected one. */
  readonly open: (index: number) => void;
}

/** The scenario cards with title, length, difficulty and summary; each card is a tap target. */
export function drawMenuCards(
  draw: Drawer,
  scenarios: readonly ScenarioManifest[],
  top: number,
  o: MenuCards,
): void {
  let y = top;
  scenarios.forEach((m, i) => {
    const active = i === o.selected;
    const state = o.pointer.stateOf(`card:${m.id}`);
    const fill = active || state !== 'idle' ? COLORS.selected : COLORS.panel;
    const bg = draw.rectangle(40, y, WIDTH - 80, CARD_H, fill).setOrigin(0, 0);
    if (active) draw.rectangle(40, y, 6, CARD_H, COLORS.accent).setOrigin(0, 0);
    const locked = o.locked(m);
    const title = locked ? o.t('a11y.locked', { title: m.title[o.lang] }) : m.title[o.lang];
    draw.text(
      60,
      y + 10,
      `${locked ? '🔒 ' : ''}${title}`,
      textStyle(20, locked ? TEXT.secondary : TEXT.primary, { fontStyle: 'bold' }),
    );
    const meta = `${o.t('menu.minutes', { minutes: Math.round(m.durationSeconds / 60) })} · ${o.t('menu.difficulty', { level: m.difficulty })}`;
    draw.text(WIDTH - 60, y + 12, meta, textStyle(15, TEXT.secondary)).setOrigin(1, 0);
    draw.text(
      60,
      y + 38,
      m.summary[o.lang],
      textStyle(14, TEXT.secondary, { wordWrap: { width: WIDTH - 140 }, maxLines: 2 }),
    );
    o.pointer.zones.add({
      id: `card:${m.id}`,
      x: 40,
      y,
      width: WIDTH - 80,
      height: CARD_H,
      onTap: () => o.open(i),
      paint: (s) => bg.setFillStyle(active || s !== 'idle' ? COLORS.selected : COLORS.panel),
    });
    y += STEP;
  });
}
