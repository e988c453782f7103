import { missingIn } from '../grading';
import type { Facts } from '../scoring/facts';
import type { WrittenReply } from './debrief.schema';
import { debriefText } from './i18n';

/**
 * Every reply the player wrote, as the debrief shows it: the text with the spans the grader read
 * (each labelled with its quality and quoting the words), what that context expected and the
 * reply did not show, and the model reply the script had for the same moment.
 */
export function writtenReplies(facts: Facts): WrittenReply[] {
  const words = debriefText(facts.lang).quality;
  return facts.messages.flatMap((m): WrittenReply[] => {
    const w = m.written;
    if (!w) return [];
    const post = m.post ? (facts.byId.get(m.post) ?? null) : null;
    const model = post?.point?.options.find((o) => o.model) ?? m.offered?.find((o) => o.model) ?? null;
    return [
      {
        t: m.t,
        via: m.via,
        post: post ? { author: post.record.author, text: post.record.text } : null,
        text: m.text,
        context: w.context,
        spans: w.evidence
          .filter((e) => e.end <= m.text.length && e.start < e.end)
          .map((e) => ({
            start: e.start,
            end: e.end,
            quality: e.quality,
            label: words[e.quality],
            quote: m.text.slice(e.start, e.end),
          })),
        missing: missingIn(m.qualities, w.context).map((q) => ({ quality: q, label: words[q] })),
        model: model ? { text: model.text, qualities: [...model.qualities] } : null,
      },
    ];
  });
}
