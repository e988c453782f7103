import { tw } from '../../app/i18n/workshop-i18n';
import type { CreatedWorkshop } from '../../app/workshop/create-workshop';
import type { WorkshopSession } from '../../app/workshop/workshop-setup';
import type { Lang } from '../../content/scenario.schema';
import { el } from '../dom/dom';
import { teamCard } from './team-card';
import { scenarioTitle } from './workshop-format';

/**
 * What the set-up page shows once the workshop server has created the workshop: the console first
 * (the facilitator's own link, with the key), then each team's link and QR code, then the board on
 * the server's results. The server's links are paths; they are made absolute on this page's origin
 * (the address the facilitator opened, e.g. the LAN address the teams reach).
 */
export function createdLinks(
  created: CreatedWorkshop,
  session: WorkshopSession,
  origin: string,
  lang: Lang,
  status: HTMLElement,
): Node[] {
  const absolute = (path: string) => new URL(path, origin).href;
  const board = new URLSearchParams({
    view: 'board',
    workshop: created.id,
    scenario: session.scenario,
    seed: String(session.seed),
    lang,
  });
  const consoleUrl = new URL(absolute(created.console));
  consoleUrl.searchParams.set('lang', lang);
  return [
    el('h2', { id: 'ws-links-h' }, tw(lang, 'setup.links')),
    el(
      'p',
      { class: 'ws-summary' },
      tw(lang, 'setup.summary', {
        scenario: scenarioTitle(session.scenario, lang),
        seed: session.seed,
        speed: session.speed,
        lang: tw(lang, `lang.${session.lang}`),
      }),
    ),
    el(
      'p',
      { class: 'ws-console-link' },
      el('a', { href: consoleUrl.href, class: 'ws-primary', id: 'ws-console' }, tw(lang, 'setup.console')),
    ),
    el('p', { class: 'ws-help' }, tw(lang, 'setup.consoleHelp')),
    el(
      'ul',
      { class: 'ws-team-links' },
      ...created.teams.map((team) => teamCard(team.name, absolute(team.link), lang, status)),
    ),
    el(
      'p',
      { class: 'ws-board-link' },
      el(
        'a',
        { href: `${absolute(`/?${board.toString()}`)}#key=${created.facilitatorKey}` },
        tw(lang, 'setup.board'),
      ),
    ),
  ];
}
