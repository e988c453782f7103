import type { MessageKey } from './i18n/i18n';
import type { Settings } from './settings';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** One line of the settings panel: its label now, and the key that changes it (null: it informs). */
export interface SettingLine {
  readonly id: string;
  readonly label: string;
  readonly key: 't' | 'm' | 'x' | 'r' | 'w' | null;
}

/** The menu's settings as the panel and the accessible layer show them, in the player's language. */
export function settingLines(t: T, s: Settings, reducedMotion: boolean): SettingLine[] {
  const onOff = (v: boolean) => t(v ? 'settings.on' : 'settings.off');
  return [
    { id: 'timer', key: 't', label: t('settings.timer', { value: t(`settings.timer.${s.timer}`) }) },
    { id: 'motion', key: 'm', label: t('settings.motion', { value: onOff(reducedMotion) }) },
    { id: 'text', key: 'x', label: t('settings.text', { value: onOff(s.largeText) }) },
    {
      id: 'suggestions-training',
      key: 'r',
      label: t('settings.suggestions.training', { value: onOff(s.suggestions.training) }),
    },
    {
      id: 'suggestions-workshop',
      key: 'w',
      label: t('settings.suggestions.workshop', { value: onOff(s.suggestions.workshop) }),
    },
    { id: 'assessment', key: null, label: t('settings.suggestions.assessment') },
  ];
}
