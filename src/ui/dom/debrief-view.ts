import { type MessageKey, t } from '../../app/i18n/i18n';
import type { Moment } from '../../debrief/debrief.schema';
import type { Results } from '../../debrief/results.schema';
import { scoringText } from '../../scoring/i18n';
import { clock } from '../format';
import { el } from './dom';
import { writtenReplyView } from './written-view';

/**
 * The whole debrief as a document: what the canvas shows in pages, here in one readable, printable
 * piece — profile with evidence, key moments beside the model reply, the timeline, troll
 * discernment, the follow-up ledger and the redesigned crisis plan.
 */
export function debriefView(
  results: Results,
  epilogue: readonly string[],
  on: { download(): void; print(): void; menu(): void; again(): void },
  extras: readonly string[] = [],
  rating: HTMLElement | null = null,
): HTMLElement {
  const { debrief, score } = results;
  const lang = debrief.lang;
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const words = scoringText(lang);
  const pct = (v: number | null) => (v === null ? tr('debrief.none') : `${Math.round(v)}%`);
  const [title = '', ...story] = epilogue;

  const profile = debrief.profile.map((p) => {
    const evidence = score.principles[p.principle].evidence;
    return el(
      'details',
      {},
      el(
        'summary',
        {},
        `${p.name}${p.core ? ` (${tr('debrief.core')})` : ''}: ${p.score === null ? words.notExercised : `${Math.round(p.score)}/100`}`,
      ),
      el('p', {}, p.asks),
      evidence.length === 0
        ? el('p', {}, tr('debrief.noEvidence'))
        : el(
            'ul',
            { 'aria-label': `${tr('debrief.evidence')}: ${p.name}` },
            ...evidence.map((e) =>
              el(
                'li',
                {},
                `${clock(e.t)} — ${words.rule[e.rule]} (${e.points >= 0 ? '+' : ''}${e.points}/${e.of}) — ${words.source[e.source]}`,
              ),
            ),
          ),
    );
  });

  const moment = (m: Moment) =>
    el(
      'article',
      { tabindex: 0, 'aria-label': `${clock(m.t)} ${m.post?.author ?? ''}` },
      el('h4', {}, `${clock(m.t)}${m.post ? ` — @${m.post.author}` : ''}`),
      m.post ? el('p', {}, `${tr('debrief.post')}: ${m.post.text}`) : null,
      el('p', {}, `${tr('debrief.yourReply')}: ${m.player.reply?.text ?? m.player.summary}`),
      m.model ? el('p', {}, `${tr('debrief.modelReply')}: ${m.model.text}`) : null,
      el(
        'ul',
        {},
        ...m.judgements.map((j) =>
          el(
            'li',
            {},
            `${j.text} (${j.points >= 0 ? '+' : ''}${j.points}/${j.of}) — ${words.source[j.source]}`,
          ),
        ),
      ),
    );

  const points = debrief.timeline.points;
  const peak = points.reduce(
    (best, p) => (p.heat > best.heat ? p : best),
    points[0] ?? { t: 0, heat: 0, sentiment: 0, reach: 0 },
  );
  const last = points[points.length - 1];
  const troll = debrief.trollDiscernment;

  return el(
    'section',
    { 'aria-label': tr('debrief.heading'), class: 'debrief' },
    el('h1', {}, `${tr('debrief.heading')}: ${debrief.title}`),
    el('h2', {}, tr('debrief.ending', { ending: title })),
    ...story.map((line) => el('p', {}, line)),
    el(
      'p',
      { class: 'score' },
      debrief.overall === null
        ? tr('debrief.unscored')
        : tr('debrief.score', { overall: Math.round(debrief.overall), band: debrief.band.name }),
    ),
    el('p', {}, debrief.band.summary),
    ...extras.map((line) => el('p', {}, line)),
    rating,
    el('button', { type: 'button', onclick: () => on.download() }, tr('debrief.download')),
    el('button', { type: 'button', onclick: () => on.print() }, tr('debrief.print')),
    el('button', { type: 'button', onclick: () => on.menu() }, tr('a11y.menu')),
    el('button', { type: 'button', onclick: () => on.again() }, tr('a11y.again')),
    el('h2', {}, tr('debrief.profile')),
    ...profile,
    el('h2', {}, tr('debrief.strongest')),
    ...(debrief.strongest.length ? debrief.strongest.map(moment) : [el('p', {}, tr('debrief.noMoments'))]),
    el('h2', {}, tr('debrief.weakest')),
    ...debrief.weakest.map(moment),
    ...(debrief.written.length
      ? [el('h2', {}, tr('debrief.written')), ...debrief.written.map((w) => writtenReplyView(w, lang))]
      : []),
    el('h2', {}, tr('debrief.timeline')),
    el(
      'p',
      {},
      tr('debrief.timelineSummary', {
        peak: Math.round(peak?.heat ?? 0),
        peakAt: clock(peak?.t ?? 0),
        heat: Math.round(last?.heat ?? 0),
        sentiment: Math.round(last?.sentiment ?? 0),
        actions: debrief.timeline.actions.length,
      }),
    ),
    el('h2', {}, tr('debrief.troll')),
    el(
      'ul',
      {},
      el('li', {}, tr('debrief.percent', { label: troll.labels.sensitivity, value: pct(troll.sensitivity) })),
      el('li', {}, tr('debrief.percent', { label: troll.labels.dismissive, value: pct(troll.dismissive) })),
      el('li', {}, tr('debrief.percent', { label: troll.labels.feeding, value: pct(troll.feeding) })),
      ...[...troll.genuine, ...troll.trolls].map((x) => el('li', {}, `@${x.author}: ${x.label}`)),
    ),
    el('h2', {}, tr('debrief.ledger')),
    debrief.ledger.length === 0
      ? el('p', {}, tr('debrief.ledgerEmpty'))
      : el(
          'ul',
          {},
          ...debrief.ledger.map((item) =>
            el('li', {}, `${clock(item.t)} — ${item.text} — ${item.statusText}`),
          ),
        ),
    el('h2', {}, tr('debrief.plan')),
    el(
      'ul',
      { class: 'plan' },
      ...debrief.crisisPlan.map((item) =>
        el(
          'li',
          {},
          `${item.status === 'fix' ? `☐ ${tr('debrief.fix')}` : `☑ ${tr('debrief.keep')}`}: ${item.text} (${words.source[item.source]})`,
        ),
      ),
    ),
  );
}
