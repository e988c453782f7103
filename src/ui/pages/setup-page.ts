/** The facilitator's set-up: scenario, seed, speed, language and teams → one link and QR code per team. */
import catalog from 'virtual:scenarios';
import { tw, type WorkshopKey } from '../../app/i18n/workshop-i18n';
import { createLiveWorkshop } from '../../app/workshop/create-workshop';
import { SERVER_MARKER_SELECTOR } from '../../app/workshop/live-wiring';
import {
  buildWorkshop,
  MAX_SEED,
  MAX_TEAMS,
  randomSeed,
  teamsFromText,
  type WorkshopSession,
  type WorkshopSetupField,
} from '../../app/workshop/workshop-setup';
import { LANGS, type Lang } from '../../content/scenario.schema';
import { el } from '../dom/dom';

import { createdLinks } from './setup-server';
import { teamCard } from './team-card';
import { scenarioTitle } from './workshop-format';

export function renderSetup(root: HTMLElement, lang: Lang): void {
  const params = new URLSearchParams(window.location.search);
  const manifests = catalog.manifests;
  const described = (id: string) => `${id}-help`;

  const scenario = el(
    'select',
    { id: 'ws-scenario', name: 'scenario' },
    ...manifests.map((m) =>
      el('option', { value: m.id, selected: m.id === params.get('scenario') }, m.title[lang]),
    ),
  );
  const seed = el('input', {
    id: 'ws-seed',
    name: 'seed',
    type: 'number',
    inputmode: 'numeric',
    min: 0,
    max: MAX_SEED,
    step: 1,
    value: params.get('seed') ?? String(randomSeed()),
    'aria-describedby': described('ws-seed'),
  });
  const newSeed = el(
    'button',
    {
      type: 'button',
      onclick: () => {
        seed.value = String(randomSeed());
      },
    },
    tw(lang, 'setup.newSeed'),
  );
  const speed = el('input', {
    id: 'ws-speed',
    name: 'speed',
    type: 'number',
    inputmode: 'decimal',
    min: 0.1,
    max: 200,
    step: 'any',
    value: params.get('speed') ?? '1',
    'aria-describedby': described('ws-speed'),
  });
  const sessionLang = el(
    'select',
    { id: 'ws-lang', name: 'lang' },
    ...LANGS.map((l) => el('option', { value: l, selected: l === lang }, tw(lang, `lang.${l}`))),
  );
  const teams = el('textarea', {
    id: 'ws-teams',
    name: 'teams',
    rows: 6,
    spellcheck: 'false',
    'aria-describedby': described('ws-teams'),
  });
  // Served by the live workshop server: the workshop is created there, and may hold its teams.
  const served = document.querySelector(SERVER_MARKER_SELECTOR) !== null;
  const hold = el('input', { id: 'ws-hold', name: 'hold', type: 'checkbox' });
  const controls: Record<WorkshopSetupField, HTMLElement> = {
    scenario,
    seed,
    speed,
    lang: sessionLang,
    teams,
  };

  const errors = el('div', { class: 'ws-errors', role: 'alert', tabindex: -1, hidden: true });
  const status = el('p', { class: 'ws-status', role: 'status' });
  const output = el('section', { class: 'ws-links', 'aria-labelledby': 'ws-links-h', hidden: true });

  const field = (control: HTMLElement, label: WorkshopKey, help?: string, ...extra: Node[]) =>
    el(
      'div',
      { class: 'ws-field' },
      el('label', { for: control.id }, tw(lang, label)),
      el('div', { class: 'ws-control' }, control, ...extra),
      help ? el('p', { class: 'ws-help', id: described(control.id) }, help) : null,
    );

  const submit = el('button', { type: 'submit', class: 'ws-primary' }, tw(lang, 'setup.submit'));
  const form = el(
    'form',
    { class: 'ws-form', novalidate: true, 'aria-labelledby': 'ws-form-h' },
    el('h2', { id: 'ws-form-h' }, tw(lang, 'setup.form')),
    field(scenario, 'setup.scenario'),
    field(seed, 'setup.seed', tw(lang, 'setup.seedHelp'), newSeed),
    field(speed, 'setup.speed', tw(lang, 'setup.speedHelp')),
    field(sessionLang, 'setup.lang'),
    field(teams, 'setup.teams', tw(lang, 'setup.teamsHelp', { max: MAX_TEAMS })),
    served
      ? el(
          'div',
          { class: 'ws-field ws-check' },
          hold,
          el('label', { for: 'ws-hold' }, tw(lang, 'setup.hold')),
        )
      : null,
    submit,
  );

  const showErrors = (messages: readonly string[]): void => {
    errors.replaceChildren(
      el('h2', {}, tw(lang, 'setup.errors')),
      el('ul', {}, ...messages.map((m) => el('li', {}, m))),
    );
    errors.hidden = false;
    errors.focus();
  };
  // One workshop per press: a second submit while the server answers would create another.
  let creating = false;
  const createOnServer = async (session: WorkshopSession): Promise<void> => {
    if (creating) return;
    creating = true;
    submit.setAttribute('aria-disabled', 'true');
    output.hidden = true;
    status.textContent = tw(lang, 'setup.creating');
    const created = await createLiveWorkshop(session, hold.checked).finally(() => {
      creating = false;
      submit.removeAttribute('aria-disabled');
    });
    if (created.kind !== 'ok') {
      status.textContent = '';
      const reason = created.kind === 'refused' ? `${created.status}: ${created.reason}` : created.reason;
      showErrors([tw(lang, 'setup.serverFailed', { reason })]);
      return;
    }
    output.replaceChildren(...createdLinks(created.value, session, window.location.origin, lang, status));
    output.hidden = false;
    status.textContent = tw(lang, 'setup.serverReady', { id: created.value.id, count: session.teams.length });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const control of Object.values(controls)) control.removeAttribute('aria-invalid');
    const result = buildWorkshop(
      {
        scenario: scenario.value,
        seed: seed.value,
        speed: speed.value,
        lang: sessionLang.value,
        teams: teamsFromText(teams.value),
      },
      { knownScenarios: manifests.map((m) => m.id), baseUrl: window.location.href, uiLang: lang },
    );
    if (!result.ok) {
      output.hidden = true;
      status.textContent = '';
      for (const e of result.errors) controls[e.field].setAttribute('aria-invalid', 'true');
      showErrors(result.errors.map((e) => e.message));
      return;
    }
    errors.hidden = true;
    errors.replaceChildren();
    const s = result.session;
    if (served) {
      void createOnServer(s);
      return;
    }
    output.replaceChildren(
      el('h2', { id: 'ws-links-h' }, tw(lang, 'setup.links')),
      el(
        'p',
        { class: 'ws-summary' },
        tw(lang, 'setup.summary', {
          scenario: scenarioTitle(s.scenario, lang),
          seed: s.seed,
          speed: s.speed,
          lang: tw(lang, `lang.${s.lang}`),
        }),
      ),
      el(
        'ul',
        { class: 'ws-team-links' },
        ...result.links.map(({ team, url }) => teamCard(team, url, lang, status)),
      ),
      el(
        'p',
        { class: 'ws-board-link' },
        el('a', { href: result.board, class: 'ws-primary' }, tw(lang, 'setup.board')),
      ),
      el('p', { class: 'ws-help' }, tw(lang, 'setup.boardHelp')),
    );
    output.hidden = false;
    status.textContent = tw(lang, 'setup.ready', { count: result.links.length });
  });

  root.replaceChildren(
    el(
      'div',
      { class: 'ws-page' },
      el('h1', {}, tw(lang, 'setup.title')),
      el('p', { class: 'ws-intro' }, tw(lang, 'setup.intro')),
      served ? el('p', { class: 'ws-intro' }, tw(lang, 'setup.serverIntro')) : null,
      manifests.length === 0 ? el('p', { role: 'alert' }, tw(lang, 'setup.noScenarios')) : null,
      errors,
      form,
      status,
      output,
    ),
  );
}
