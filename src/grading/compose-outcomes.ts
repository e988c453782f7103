import type { ComposeInput } from './compose';
import { type Hit, sentenceOf } from './hits';

const OUTCOMES = new Set(['over_promises', 'premature_all_clear']);

/**
 * "We don't know yet when it will be back", "no sabemos si estará hoy": an outcome asked about is
 * not promised. The question word must come right before it, at most two words away.
 */
export function openQuestions(hits: Hit[], c: ComposeInput): Hit[] {
  const q = c.lex.openQuestion;
  if (!q) return hits;
  return hits.filter(
    (h) => !OUTCOMES.has(h.quality) || !q.test(c.text.slice(sentenceOf(c, h).start, h.start)),
  );
}

/** Outcomes the brand cannot know yet read as promises or an all-clear until the facts are confirmed. */
export function unknownOutcomes(hits: Hit[], c: ComposeInput): Hit[] {
  return hits
    .flatMap((h): Hit[] => {
      if (!c.confirmed)
        return h.quality === 'unverified_compensation' ? [h, { ...h, quality: 'offers_redress' }] : [h];
      if (h.quality === 'over_promises') {
        const s = sentenceOf(c, h);
        return c.lex.time.test(c.text.slice(s.start, s.end))
          ? [{ ...h, quality: 'next_step', cue: `${h.cue}:confirmed`, timed: true }]
          : [];
      }
      if (h.quality === 'premature_all_clear')
        return [{ ...h, quality: 'explains', cue: `${h.cue}:confirmed` }];
      if (h.quality === 'unverified_compensation')
        return [{ ...h, quality: 'offers_redress', cue: `${h.cue}:confirmed` }];
      return [h];
    })
    .map((h) =>
      c.isPrivate && h.quality === 'unverified_compensation'
        ? { ...h, quality: 'offers_redress', cue: `${h.cue}:private` }
        : h,
    );
}
