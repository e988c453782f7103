import type { MessageKey } from '../../app/i18n/i18n';
import type { Lang } from '../../content/scenario.schema';
import { el } from '../dom/dom';
import type { ButtonSpec } from '../widgets/button';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The menu's top buttons, each the same as its key: continue, language, mode, settings, history, workshop. */
export function menuButtons(
  t: T,
  o: { mode: string; resumable: boolean; settingsOpen: boolean; command: (key: string) => void },
): ButtonSpec[] {
  const b = (key: string, label: string, extra: Partial<ButtonSpec> = {}): ButtonSpec => ({
    id: `menu:${key}`,
    label,
    key: key.toUpperCase(),
    onTap: () => o.command(key),
    // Over the open settings the keys mean settings (W: workshop suggestions): only O closes.
    disabled: o.settingsOpen && key !== 'o',
    ...extra,
  });
  return [
    ...(o.resumable ? [b('c', t('ctl.continue'), { tone: 'accent' })] : []),
    b('g', t('ctl.language')),
    b('p', t('ctl.mode', { mode: o.mode })),
    b('o', t('ctl.settings'), { on: o.settingsOpen }),
    b('v', t('ctl.history')),
    b('w', t('ctl.workshop')),
  ];
}

/** The same in the accessible layer, beside the scenario list: mode, cards, history, workshop, continue. */
export function menuExtras(
  t: T,
  o: { lang: Lang; mode: string; cards: number; resume: string | null; command: (key: string) => void },
): HTMLElement[] {
  const button = (label: string, key: string) =>
    el('button', { type: 'button', onclick: () => o.command(key) }, label);
  const controls: HTMLElement[] = [
    button(t('a11y.mode', { mode: o.mode }), 'p'),
    el('p', {}, t('menu.cards', { n: o.cards })),
    button(t('a11y.history'), 'v'),
    el('a', { href: `?view=workshop&lang=${o.lang}` }, t('a11y.workshop')),
  ];
  if (o.resume) controls.push(button(o.resume, 'c'));
  return controls;
}
