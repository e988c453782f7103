import catalog from 'virtual:scenarios';
import QRCode from 'qrcode';
import { pageLang, tw, type WorkshopKey } from '../../app/i18n/workshop-i18n';
import {
  type Comparison,
  compareResults,
  type DivergentPost,
  type Rejection,
  type TeamAction,
  type TeamTreatment,
  type WorkshopSessionRef,
} from '../../app/workshop/compare-results';
import {
  buildWorkshop,
  MAX_SEED,
  MAX_TEAMS,
  randomSeed,
  teamsFromText,
  type WorkshopSetupField,
} from '../../app/workshop/workshop-setup';
import { PRINCIPLE_IDS } from '../../content/principle';
import { LANGS, type Lang } from '../../content/scenario.schema';
import { scoringText } from '../../scoring/i18n';
import { clear, el } from '../dom/dom';

/**
 * The facilitator's pages, plain DOM and no game engine: `?view=workshop` sets up a session and
 * hands out one link (and QR code) per team; `?view=board` loads the teams' results files and sets
 * them side by side on a projector. Everything happens in the page: nothing is sent anywhere.
 */
export function startWorkshopPage(view: 'workshop' | 'board', root: HTMLElement): void {
  const lang = pageLang(window.location.search, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang;
  document.body.classList.add('workshop-page');
  const title = tw(lang, view === 'workshop' ? 'setup.title' : 'board.title');
  document.title = `${title} · Cortafuegos`;
  root.setAttribute('aria-label', title);
  root.setAttribute('tabindex', '-1');
  const skip = document.getElementById('skip');
  if (skip) {
    skip.textContent = tw(lang, 'page.skip');
    skip.setAttribute('href', `#${root.id || 'game'}`);
  }
  clear(root);
  if (view === 'workshop') renderSetup(root, lang);
  else renderBoard(root, lang);
}

const scenarioTitle = (id: string, lang: Lang): string =>
  catalog.manifests.find((m) => m.id === id)?.title[lang] ?? id;

/** Simulated seconds as m:ss. */
const clock = (t: number): string => {
  const s = Math.max(0, Math.round(t));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

// ——— set-up ———

function renderSetup(root: HTMLElement, lang: Lang): void {
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

  const form = el(
    'form',
    { class: 'ws-form', novalidate: true, 'aria-labelledby': 'ws-form-h' },
    el('h2', { id: 'ws-form-h' }, tw(lang, 'setup.form')),
    field(scenario, 'setup.scenario'),
    field(seed, 'setup.seed', tw(lang, 'setup.seedHelp'), newSeed),
    field(speed, 'setup.speed', tw(lang, 'setup.speedHelp')),
    field(sessionLang, 'setup.lang'),
    field(teams, 'setup.teams', tw(lang, 'setup.teamsHelp', { max: MAX_TEAMS })),
    el('button', { type: 'submit', class: 'ws-primary' }, tw(lang, 'setup.submit')),
  );

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
      errors.replaceChildren(
        el('h2', {}, tw(lang, 'setup.errors')),
        el('ul', {}, ...result.errors.map((e) => el('li', {}, e.message))),
      );
      errors.hidden = false;
      errors.focus();
      return;
    }
    errors.hidden = true;
    errors.replaceChildren();
    const s = result.session;
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
      manifests.length === 0 ? el('p', { role: 'alert' }, tw(lang, 'setup.noScenarios')) : null,
      errors,
      form,
      status,
      output,
    ),
  );
}

function teamCard(team: string, url: string, lang: Lang, status: HTMLElement): HTMLLIElement {
  const qr = el('div', { class: 'ws-qr' });
  QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 320 })
    .then((data) =>
      qr.append(el('img', { src: data, alt: tw(lang, 'setup.qr', { team }), width: 320, height: 320 })),
    )
    .catch(() => qr.append(el('p', {}, tw(lang, 'setup.qrFailed'))));
  const copy = el(
    'button',
    {
      type: 'button',
      'aria-label': tw(lang, 'setup.copyLabel', { team }),
      onclick: () => {
        const done = () => {
          status.textContent = tw(lang, 'setup.copied', { team });
        };
        const failed = () => {
          status.textContent = tw(lang, 'setup.copyFailed');
        };
        if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, failed);
        else failed();
      },
    },
    tw(lang, 'setup.copy'),
  );
  return el(
    'li',
    { class: 'ws-team-card' },
    el('h3', {}, team),
    el('p', { class: 'ws-url' }, el('a', { href: url }, url)),
    el('p', {}, copy),
    qr,
  );
}

// ——— board ———

/** The session the board was opened for (`?scenario=…&seed=…`), or null to let the first valid file set it. */
function sessionFromUrl(): WorkshopSessionRef | null {
  const params = new URLSearchParams(window.location.search);
  const scenario = params.get('scenario');
  const seed = Number(params.get('seed') ?? Number.NaN);
  return scenario && Number.isInteger(seed) ? { scenario, seed } : null;
}

function renderBoard(root: HTMLElement, lang: Lang): void {
  const fixed = sessionFromUrl();
  let inputs: { name: string; text: string }[] = [];

  const sessionLine = el('p', { class: 'ws-session' });
  const status = el('p', { class: 'ws-status', role: 'status' });
  const results = el('div', { class: 'ws-results' });

  const read = async (files: readonly File[]) => {
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    for (const file of read)
      if (!inputs.some((x) => x.name === file.name && x.text === file.text)) inputs.push(file);
    render(compareResults(inputs, fixed));
  };

  const render = (c: Comparison) => {
    const session = c.session;
    sessionLine.textContent = session
      ? tw(lang, 'board.session', { scenario: scenarioTitle(session.scenario, lang), seed: session.seed })
      : tw(lang, 'board.noSession');
    status.textContent =
      inputs.length === 0
        ? ''
        : tw(lang, 'board.status', {
            files: inputs.length,
            teams: c.teams.length,
            rejected: c.rejected.length,
          });
    results.replaceChildren(
      ...(c.rejected.length > 0 ? [rejectedSection(c.rejected, lang)] : []),
      ...(c.teams.length === 0
        ? [el('p', { class: 'ws-empty' }, tw(lang, 'board.empty'))]
        : [rankingSection(c, lang), profileSection(c, lang), divergentSection(c, lang)]),
    );
  };

  const picker = el('input', {
    id: 'ws-files',
    type: 'file',
    multiple: true,
    accept: '.json,application/json',
  });
  picker.addEventListener('change', () => {
    const files = [...(picker.files ?? [])];
    picker.value = '';
    if (files.length > 0) void read(files);
  });

  const zone = el(
    'div',
    { class: 'ws-dropzone' },
    el('p', { class: 'ws-drop-text' }, tw(lang, 'board.drop')),
    el('label', { for: 'ws-files' }, tw(lang, 'board.pick')),
    picker,
  );
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  zone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    zone.classList.add('ws-dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('ws-dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('ws-dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) void read(files);
  });
  // A file dropped beside the zone must not make the browser leave the board.
  for (const type of ['dragover', 'drop'] as const)
    window.addEventListener(type, (e) => {
      if (!zone.contains(e.target as Node) && hasFiles(e)) e.preventDefault();
    });

  const clearButton = el(
    'button',
    {
      type: 'button',
      onclick: () => {
        inputs = [];
        render(compareResults([], fixed));
      },
    },
    tw(lang, 'board.clear'),
  );

  root.replaceChildren(
    el(
      'div',
      { class: 'ws-page ws-board' },
      el('h1', {}, tw(lang, 'board.title')),
      sessionLine,
      el(
        'section',
        { class: 'ws-import', 'aria-labelledby': 'ws-import-h' },
        el('h2', { id: 'ws-import-h' }, tw(lang, 'board.import')),
        zone,
        el('p', {}, clearButton),
        status,
      ),
      results,
    ),
  );
  render(compareResults([], fixed));
}

const reasonText = (r: Rejection, lang: Lang): string =>
  tw(lang, `reject.${r.code}`, r.vars as Record<string, string | number>);

function rejectedSection(rejected: readonly Rejection[], lang: Lang): HTMLElement {
  return el(
    'section',
    { class: 'ws-rejected', 'aria-labelledby': 'ws-rejected-h' },
    el('h2', { id: 'ws-rejected-h' }, tw(lang, 'board.rejected')),
    el(
      'ul',
      {},
      ...rejected.map((r) =>
        el(
          'li',
          { 'data-file': r.file, 'data-code': r.code },
          el('strong', {}, r.file),
          `: ${reasonText(r, lang)}`,
        ),
      ),
    ),
  );
}

const scoreText = (score: number | null, lang: Lang): string =>
  score === null ? tw(lang, 'board.unrated') : String(Math.round(score));

function rankingSection(c: Comparison, lang: Lang): HTMLElement {
  const words = scoringText(lang);
  return el(
    'section',
    { class: 'ws-ranking', 'aria-labelledby': 'ws-ranking-h' },
    el('h2', { id: 'ws-ranking-h' }, tw(lang, 'board.ranking')),
    el(
      'table',
      { 'aria-labelledby': 'ws-ranking-h' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, tw(lang, 'board.rank')),
          el('th', { scope: 'col' }, tw(lang, 'board.team')),
          el('th', { scope: 'col' }, tw(lang, 'board.overall')),
          el('th', { scope: 'col' }, tw(lang, 'board.band')),
        ),
      ),
      el(
        'tbody',
        {},
        ...c.ranking.map((r) =>
          el(
            'tr',
            { 'data-team': r.team },
            el('td', { class: 'ws-num' }, String(r.rank)),
            el('th', { scope: 'row' }, r.team),
            el('td', { class: 'ws-num' }, scoreText(r.overall, lang)),
            el('td', {}, words.band[r.band].name),
          ),
        ),
      ),
    ),
  );
}

function bar(score: number): HTMLElement {
  const fill = el('span', { class: 'ws-bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, score))}%`;
  return el('span', { class: 'ws-bar', 'aria-hidden': 'true' }, fill);
}

function profileSection(c: Comparison, lang: Lang): HTMLElement {
  const words = scoringText(lang);
  return el(
    'section',
    { class: 'ws-profile', 'aria-labelledby': 'ws-profile-h' },
    el('h2', { id: 'ws-profile-h' }, tw(lang, 'board.profile')),
    el(
      'div',
      { class: 'ws-scroll' },
      el(
        'table',
        {},
        el('caption', {}, tw(lang, 'board.profileCaption')),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, tw(lang, 'board.principle')),
            ...c.teams.map((t) => el('th', { scope: 'col' }, t.team)),
          ),
        ),
        el(
          'tbody',
          {},
          ...PRINCIPLE_IDS.map((id) =>
            el(
              'tr',
              { 'data-principle': id },
              el('th', { scope: 'row' }, words.principle[id].name),
              ...c.teams.map((t) => {
                const score = t.profile[id];
                return score === null
                  ? el(
                      'td',
                      { class: 'ws-na' },
                      el('span', { 'aria-hidden': 'true' }, '—'),
                      el('span', { class: 'sr-only' }, tw(lang, 'board.notExercised')),
                    )
                  : el('td', { class: 'ws-num' }, el('span', {}, String(Math.round(score))), bar(score));
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

function actionText(a: TeamAction, lang: Lang): string {
  if (a.type === 'redress') return tw(lang, 'action.redress', { amount: a.amount });
  return tw(lang, `action.${a.type}`);
}

function treatment(x: TeamTreatment, lang: Lang): HTMLElement {
  const body: Node[] = [];
  if (!x.seen) body.push(el('p', { class: 'ws-unseen' }, tw(lang, 'board.notSeen')));
  else if (x.actions.length === 0) body.push(el('p', { class: 'ws-nothing' }, tw(lang, 'board.nothing')));
  else
    body.push(
      el(
        'ul',
        {},
        ...x.actions.map((a) =>
          el(
            'li',
            { 'data-action': a.type },
            el('span', { class: 'ws-time' }, clock(a.t)),
            ' ',
            actionText(a, lang),
            ...(a.type === 'reply' || a.type === 'reply_private'
              ? [
                  ' — ',
                  el(
                    'span',
                    { class: a.model ? 'ws-model' : 'ws-not-model' },
                    tw(lang, a.model ? 'board.model' : 'board.notModel'),
                  ),
                  el('q', { class: 'ws-reply' }, a.text),
                ]
              : []),
          ),
        ),
      ),
    );
  return el('li', { class: 'ws-treatment', 'data-team': x.team }, el('h4', {}, x.team), ...body);
}

function authorName(author: string, scenario: string, lang: Lang): string {
  const persona = catalog.manifests.find((m) => m.id === scenario)?.personas.find((p) => p.id === author);
  return persona ? `${persona.name} (@${persona.handle})` : tw(lang, 'board.crowd');
}

function divergentPost(d: DivergentPost, scenario: string, lang: Lang): HTMLElement {
  return el(
    'article',
    { class: 'ws-post', 'data-post': d.post.id },
    el(
      'h3',
      {},
      tw(lang, 'board.postHeading', {
        author: authorName(d.post.author, scenario, lang),
        kind: tw(lang, `kind.${d.post.kind}`),
        time: clock(d.t),
      }),
    ),
    el('blockquote', {}, el('p', {}, d.post.text)),
    el(
      'ul',
      { class: 'ws-treatments', 'aria-label': tw(lang, 'board.did') },
      ...d.teams.map((x) => treatment(x, lang)),
    ),
  );
}

function divergentSection(c: Comparison, lang: Lang): HTMLElement {
  const scenario = c.session?.scenario ?? '';
  const body: Node[] = [];
  if (c.teams.length < 2) body.push(el('p', {}, tw(lang, 'board.needTwo')));
  else {
    if (c.langs.length > 1)
      body.push(el('p', { class: 'ws-note' }, tw(lang, 'board.mixedLangs', { langs: c.langs.join(', ') })));
    if (c.divergent.length === 0) body.push(el('p', {}, tw(lang, 'board.noDivergent')));
    else {
      body.push(el('p', {}, tw(lang, 'board.divergentIntro')));
      body.push(...c.divergent.map((d) => divergentPost(d, scenario, lang)));
    }
  }
  return el(
    'section',
    { class: 'ws-divergent', 'aria-labelledby': 'ws-divergent-h' },
    el('h2', { id: 'ws-divergent-h' }, tw(lang, 'board.divergent')),
    ...body,
  );
}
