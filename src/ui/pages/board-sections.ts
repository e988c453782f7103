/** The board's sections: rejected files, ranking, principle profile per team, posts where teams acted differently. */
import catalog from 'virtual:scenarios';
import { tw } from '../../app/i18n/workshop-i18n';
import type {
  Comparison,
  DivergentPost,
  Rejection,
  TeamAction,
  TeamTreatment,
} from '../../app/workshop/compare-results';
import { PRINCIPLE_IDS } from '../../content/principle';
import type { Lang } from '../../content/scenario.schema';
import { scoringText } from '../../scoring/i18n';
import { el } from '../dom/dom';

import { clock } from './workshop-format';

/** A size in megabytes, as the page's language writes numbers. */
const megabytes = (bytes: number, lang: Lang): string =>
  `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;

export function reasonText(r: Rejection, lang: Lang): string {
  const vars = { ...r.vars };
  if (r.code === 'too_large')
    for (const k of ['size', 'max'] as const) vars[k] = megabytes(Number(r.vars[k]), lang);
  return tw(lang, `reject.${r.reason}`, vars);
}

export function rejectedSection(rejected: readonly Rejection[], lang: Lang): HTMLElement {
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
          {
            'data-file': r.file,
            'data-code': r.code,
            // A forged file stands out from the list: it is what a facilitator must act on.
            class: r.code === 'forged' ? 'ws-forged' : undefined,
          },
          el('strong', {}, r.file),
          `: ${reasonText(r, lang)}`,
        ),
      ),
    ),
  );
}

export const scoreText = (score: number | null, lang: Lang): string =>
  score === null ? tw(lang, 'board.unrated') : String(Math.round(score));

export function rankingSection(c: Comparison, lang: Lang): HTMLElement {
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

export function profileSection(c: Comparison, lang: Lang): HTMLElement {
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

export function divergentSection(c: Comparison, lang: Lang): HTMLElement {
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
