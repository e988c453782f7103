import catalog from 'virtual:scenarios';
import { tw, type WorkshopKey } from '../../app/i18n/workshop-i18n';
import { type ConsoleState, readConsole } from '../../app/workshop/console-state';
import { CORE_PRINCIPLES } from '../../content/principle';
import type { Lang } from '../../content/scenario.schema';
import { scoringText } from '../../scoring/i18n';
import { injectLabels } from '../../story/inject-labels';
import { clear, el } from '../dom/dom';
import { clock } from '../format';
import { controlsForm } from './console-controls';
import { TeamMirror } from './team-mirror';

/** How often the console asks the server again (the server scores once per new event). */
const POLL_MS = 2000;

/**
 * The live workshop's console (`?view=console&workshop=<id>#key=<k>`, served by the workshop
 * server): every team as the server holds it — connected or not, events, clock, playing or ended,
 * the score so far and the core principles — asked again every two seconds. What the server
 * refuses, or a server that is gone, is said on the page and asked again; team names are text.
 */
export function renderConsole(root: HTMLElement, lang: Lang): void {
  const t = (key: WorkshopKey, vars?: Record<string, string | number>) => tw(lang, key, vars);
  const id = new URLSearchParams(window.location.search).get('workshop');
  const key = new URLSearchParams(window.location.hash.slice(1)).get('key');
  const status = el('p', { role: 'status', class: 'console-status ws-status' });
  // Wider than a laptop screen with every column: a region the keyboard can scroll.
  const table = el('div', {
    class: 'console-teams ws-scroll',
    tabindex: '0',
    role: 'region',
    'aria-label': t('console.teams'),
  });
  const controls = el('div', { class: 'console-controls-slot' });
  const board = el('p', { class: 'console-board' });
  root.append(
    el(
      'main',
      { class: 'ws-page ws-console' },
      el('h1', {}, t('console.title')),
      el('p', {}, t('console.intro')),
      status,
      controls,
      table,
      board,
    ),
  );
  if (!id || !key) {
    status.textContent = t('console.missing');
    return;
  }
  const mirror = new TeamMirror(id, key, t);
  root.querySelector('main')?.append(mirror.node);
  let built = false;
  let timer = 0;
  const buildControls = async (state: ConsoleState): Promise<void> => {
    built = true;
    // The inject names are the scenario's own text, in the console's language (see inject-labels.ts).
    const scenario = await catalog.load(state.scenario).catch(() => null);
    const labels = scenario ? injectLabels(scenario, lang) : [];
    controls.append(
      controlsForm(
        {
          workshop: id,
          key,
          teams: state.teams.map((team) => team.name),
          injects: labels.filter((l) => state.injects.includes(l.id)),
          speed: state.speed,
          sent: () => {
            window.clearTimeout(timer);
            void poll();
          },
        },
        t,
      ),
    );
  };
  const poll = async (): Promise<void> => {
    const read = await readConsole(id, key);
    if (read.kind === 'state') {
      if (!built) void buildControls(read.state);
      const state = read.state;
      keepFocus(table, () => {
        clear(table);
        table.append(teamsTable(state, lang, t, (index, name) => mirror.watch(index, name, state.scenario)));
      });
      mirror.update(state.teams.map((team) => team.events));
      keepFocus(board, () => showBoardLink(board, state, id, key, t));
      status.textContent = t('console.updated', { time: new Date().toLocaleTimeString(lang) });
    } else if (read.kind === 'refused') {
      status.textContent = t('console.refused', { status: read.status, reason: read.reason });
      // A wrong key or an unknown workshop does not fix itself: stop asking.
      if (read.status === 401 || read.status === 403 || read.status === 404) return;
    } else status.textContent = t('console.unreachable', { reason: read.reason });
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void poll(), POLL_MS);
  };
  void poll();
}

/**
 * Redraws `node` every poll without taking the keyboard focus away: a focused control (a Watch
 * button, the board link) gets the focus back in its redrawn form, found by its accessible name.
 */
function keepFocus(node: HTMLElement, redraw: () => void): void {
  const focused = document.activeElement;
  const name =
    focused instanceof HTMLElement && node.contains(focused)
      ? (focused.getAttribute('aria-label') ?? focused.textContent)
      : null;
  redraw();
  if (name === null) return;
  const again = [...node.querySelectorAll<HTMLElement>('button, a')].find(
    (c) => (c.getAttribute('aria-label') ?? c.textContent) === name,
  );
  again?.focus();
}

/** The board, opened on the finished teams' results from this server (the key travels in the fragment). */
function showBoardLink(node: HTMLElement, state: ConsoleState, id: string, key: string, t: Tr): void {
  const finished = state.teams.filter((team) => team.ended).length;
  const params = new URLSearchParams({
    view: 'board',
    workshop: id,
    scenario: state.scenario,
    seed: String(state.seed),
  });
  const href = `?${params.toString()}#key=${encodeURIComponent(key)}`;
  const all = finished > 0 && finished === state.teams.length;
  node.replaceChildren(
    el('a', { href, class: all ? 'ws-primary' : '', id: 'console-board' }, t('console.board')),
    ' ',
    el('span', { class: 'ws-help' }, all ? t('console.allEnded') : t('console.boardHelp')),
  );
}

type Tr = (key: WorkshopKey, vars?: Record<string, string | number>) => string;

function teamsTable(
  state: ConsoleState,
  lang: Lang,
  t: Tr,
  watch: (index: number, name: string) => void,
): HTMLElement {
  const names = scoringText(lang).principle;
  const none = t('console.none');
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? none : String(Math.round(v));
  const head = [
    t('console.team'),
    t('console.feed'),
    t('console.connection'),
    t('console.events'),
    t('console.clock'),
    t('console.state'),
    t('console.overall'),
    ...CORE_PRINCIPLES.map((p) => names[p].name),
    t('console.heat'),
    t('console.sentiment'),
    t('console.lastActions'),
    t('console.pending'),
  ];
  const rows = state.teams.map((team, index) => {
    const stateLabel = team.ended
      ? t('console.ended')
      : team.events > 0
        ? t('console.playing')
        : t('console.notStarted');
    const cells = [
      el('th', { scope: 'row' }, team.name),
      el(
        'td',
        {},
        el(
          'button',
          {
            type: 'button',
            class: 'console-watch',
            'aria-label': t('console.watchLabel', { team: team.name }),
            onclick: () => watch(index, team.name),
          },
          t('console.watch'),
        ),
      ),
      el('td', {}, t(team.connected ? 'console.online' : 'console.offline')),
      el('td', {}, String(team.events)),
      el('td', {}, clock(team.clock)),
      el('td', {}, stateLabel),
      el('td', {}, pct(team.score?.overall)),
      ...CORE_PRINCIPLES.map((p) => el('td', {}, pct(team.score?.principles[p]))),
      el('td', {}, pct(team.heat)),
      el('td', {}, pct(team.sentiment)),
      el('td', {}, team.lastActions.map((a) => `${clock(a.t)} ${a.type}`).join(' · ') || none),
      el('td', {}, String(team.pendingControls)),
    ];
    return el('tr', { 'data-team': team.name }, ...cells);
  });
  return el(
    'table',
    {},
    el(
      'caption',
      {},
      t('console.caption', { scenario: state.scenario, seed: state.seed, speed: state.speed }),
      state.hold && !state.started ? ` · ${t('console.waiting')}` : '',
    ),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows),
  );
}
