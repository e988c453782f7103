import { type MessageKey, t } from '../../app/i18n/i18n';
import type { CompiledScenario } from '../../content/compiled-scenario';
import type { Lang, ScenarioManifest } from '../../content/scenario.schema';
import type { SessionEvent } from '../../sim/event';
import { el } from './dom';

/** DOM counterparts of the menu, briefing and ending screens, with the same choices as buttons. */
const tr = (lang: Lang, key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);

export function settingsView(
  lang: Lang,
  lines: readonly string[],
  on: { timer(): void; motion(): void; text(): void; suggestions(mode: 'training' | 'workshop'): void },
): HTMLElement {
  const [timer = '', motion = '', text = '', training = '', workshop = '', assessment = ''] = lines;
  return el(
    'section',
    { 'aria-label': tr(lang, 'settings.heading') },
    el('h2', {}, tr(lang, 'settings.heading')),
    el('button', { type: 'button', onclick: () => on.timer() }, timer),
    el('button', { type: 'button', onclick: () => on.motion() }, motion),
    el('button', { type: 'button', onclick: () => on.text() }, text),
    el('button', { type: 'button', onclick: () => on.suggestions('training') }, training),
    el('button', { type: 'button', onclick: () => on.suggestions('workshop') }, workshop),
    el('p', {}, assessment),
  );
}

export function menuView(
  lang: Lang,
  scenarios: readonly ScenarioManifest[],
  notices: HTMLElement | null,
  extras: readonly HTMLElement[],
  on: { open(s: ScenarioManifest): void; switchLanguage(): void; locked?(s: ScenarioManifest): boolean },
): HTMLElement {
  return el(
    'section',
    { 'aria-label': tr(lang, 'menu.heading') },
    el('h1', {}, tr(lang, 'app.title')),
    el('p', {}, tr(lang, 'app.tagline')),
    el(
      'button',
      { type: 'button', lang: lang === 'es' ? 'en' : 'es', onclick: () => on.switchLanguage() },
      tr(lang, 'a11y.language'),
    ),
    ...extras,
    el('h2', {}, tr(lang, 'menu.heading')),
    notices,
    el(
      'ul',
      {},
      ...scenarios.map((m) => {
        return el(
          'li',
          {},
          el(
            'button',
            { type: 'button', onclick: () => on.open(m) },
            on.locked?.(m)
              ? tr(lang, 'a11y.locked', { title: m.title[lang] })
              : tr(lang, 'a11y.open', { title: m.title[lang] }),
          ),
          el(
            'p',
            {},
            `${m.summary[lang]} ${tr(lang, 'menu.minutes', { minutes: Math.round(m.durationSeconds / 60) })} · ${tr(lang, 'menu.difficulty', { level: m.difficulty })}`,
          ),
        );
      }),
    ),
  );
}

/** The people the community manager already knows, as "Name (@handle, Network)". Never their hidden type. */
export function knownPeople(m: ScenarioManifest): string[] {
  return m.personas
    .filter((p) => p.known)
    .map(
      (p) =>
        `${p.name} (@${p.handle}, ${m.networks.find((n) => n.id === p.network)?.name ?? m.networks[0]?.name ?? ''})`,
    );
}

export function briefingView(
  lang: Lang,
  scenario: CompiledScenario,
  lines: readonly string[],
  on: { start(): void; back(): void },
  rating: HTMLElement | null = null,
): HTMLElement {
  const m = scenario.manifest;
  const questions = ['briefing.q1', 'briefing.q2', 'briefing.q3', 'briefing.q4', 'briefing.q5'] as const;
  return el(
    'section',
    { 'aria-label': tr(lang, 'briefing.heading') },
    el('h1', {}, m.title[lang]),
    ...lines.map((line) => el('p', {}, line)),
    el(
      'p',
      {},
      `${tr(lang, 'a11y.brand')}: @${m.brand.handle} · ${m.networks.map((n) => n.name).join(', ')}`,
    ),
    knownPeople(m).length ? el('h2', {}, tr(lang, 'briefing.personas')) : null,
    knownPeople(m).length ? el('ul', {}, ...knownPeople(m).map((k) => el('li', {}, k))) : null,
    el('h2', {}, tr(lang, 'briefing.questions')),
    el('ul', {}, ...questions.map((q) => el('li', {}, tr(lang, q)))),
    rating,
    el('button', { type: 'button', onclick: () => on.start() }, tr(lang, 'a11y.start')),
    el('button', { type: 'button', onclick: () => on.back() }, tr(lang, 'a11y.back')),
  );
}

export function endingView(
  lang: Lang,
  scenario: CompiledScenario,
  ending: Extract<SessionEvent, { type: 'ending' }> | undefined,
  metrics: string,
  on: { menu(): void; again(): void },
): HTMLElement {
  const [title = '', ...epilogue] = ending?.epilogue ?? [];
  return el(
    'section',
    { 'aria-label': tr(lang, 'debrief.heading') },
    el('h1', {}, `${tr(lang, 'debrief.heading')}: ${scenario.manifest.title[lang]}`),
    el('h2', {}, tr(lang, 'debrief.ending', { ending: title })),
    ...epilogue.map((line) => el('p', {}, line)),
    el('p', {}, metrics),
    el('button', { type: 'button', onclick: () => on.menu() }, tr(lang, 'a11y.menu')),
    el('button', { type: 'button', onclick: () => on.again() }, tr(lang, 'a11y.again')),
  );
}
