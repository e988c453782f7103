import { type MessageKey, t } from '../../app/i18n/i18n';
import { isBadQuality } from '../../content/quality';
import type { Lang } from '../../content/scenario.schema';
import type { WrittenReply } from '../../debrief/debrief.schema';
import { clock } from '../format';
import { el } from './dom';

/**
 * The text split at every span boundary, so overlapping spans still mark each stretch once; a
 * stretch is marked by the spans covering it (a flaw shows as a flaw even inside an apology).
 */
export function segments(reply: Pick<WrittenReply, 'text' | 'spans'>) {
  const cuts = new Set([0, reply.text.length]);
  for (const s of reply.spans) {
    cuts.add(Math.min(s.start, reply.text.length));
    cuts.add(Math.min(s.end, reply.text.length));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: { text: string; spans: WrittenReply['spans'] }[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i] as number;
    const end = at[i + 1] as number;
    if (end <= start) continue;
    out.push({
      text: reply.text.slice(start, end),
      spans: reply.spans.filter((s) => s.start <= start && s.end >= end),
    });
  }
  return out;
}

/** One written reply with the grader's reading over it, as text nodes only (never markup). */
export function writtenReplyView(reply: WrittenReply, lang: Lang): HTMLElement {
  const tr = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const text = el(
    'p',
    { class: 'written-text' },
    ...segments(reply).map((seg) =>
      seg.spans.length === 0
        ? seg.text
        : el(
            'mark',
            {
              class: seg.spans.some((s) => isBadQuality(s.quality)) ? 'flaw' : 'strength',
              title: seg.spans.map((s) => s.label).join(', '),
            },
            seg.text,
          ),
    ),
  );
  return el(
    'article',
    { class: 'written', tabindex: 0, 'aria-label': `${clock(reply.t)} ${reply.post?.author ?? ''}` },
    el('h4', {}, `${clock(reply.t)}${reply.post ? ` — @${reply.post.author}` : ''}`),
    reply.post ? el('p', {}, `${tr('debrief.post')}: ${reply.post.text}`) : null,
    el('p', {}, `${tr('debrief.youWrote')}:`),
    text,
    reply.spans.length
      ? el(
          'ul',
          { class: 'reading', 'aria-label': tr('debrief.reading') },
          ...reply.spans.map((s) =>
            el('li', { class: isBadQuality(s.quality) ? 'flaw' : 'strength' }, `${s.label}: «${s.quote}»`),
          ),
        )
      : el('p', {}, tr('debrief.nothingRead')),
    reply.missing.length
      ? el(
          'p',
          { class: 'missing' },
          tr('debrief.missing', { what: reply.missing.map((m) => m.label).join('; ') }),
        )
      : null,
    reply.model ? el('p', {}, `${tr('debrief.modelReply')}: ${reply.model.text}`) : null,
  );
}
