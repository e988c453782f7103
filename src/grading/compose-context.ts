import type { Quality } from '../content/quality';
import type { ComposeInput } from './compose';
import { foldedSource } from './fold';
import { type Hit, sentenceAt } from './hits';
import { matchesOf } from './lexicon';

// A stock "thanks for your patience" twisted by 🙃 is sarcasm too.
const SINCERE: readonly Quality[] = ['thanks', 'apologises', 'empathises', 'acknowledges', 'canned'];
const SARCASM_REACH = 30;
// Laughter can be shared with a happy customer; an eye-roll or an upside-down smile cannot.
const LAUGHTER = new RegExp(foldedSource('^(?:😂|🤣)$'), 'u');

/**
 * Thanks or patience followed by 🙃 🙄 😂 is sarcasm, not thanks. A mark with no kind words to
 * twist mocks the person on its own, except laughter with someone who praised the brand.
 */
export function sarcasm(hits: Hit[], c: ComposeInput): Hit[] {
  const out: Hit[] = [];
  const marks = matchesOf(c.lex.sarcasms, c.text);
  const used = new Set<number>();
  for (const h of hits) {
    const mark = SINCERE.includes(h.quality)
      ? marks.find(
          (m) =>
            m.index >= h.start &&
            c.written(m.index) - c.written(h.end) <= SARCASM_REACH &&
            sentenceAt(c.sentences, m.index) - sentenceAt(c.sentences, h.start) <= 1,
        )
      : undefined;
    if (!mark) {
      out.push(h);
      continue;
    }
    used.add(mark.index);
    const start = Math.min(h.start, mark.index);
    const end = Math.max(h.end, mark.index + mark[0].length);
    out.push({ quality: 'sarcastic', start, end, cue: `${h.cue}+sarcasm_mark` });
  }
  for (const m of marks) {
    if (used.has(m.index) || (c.context === 'positive' && LAUGHTER.test(m[0]))) continue;
    out.push({ quality: 'sarcastic', start: m.index, end: m.index + m[0].length, cue: 'sarcasm_mark' });
  }
  return out;
}

/**
 * The same gift reads by whom it answers: to praise it is a reward, to a complaint it is redress.
 * Thanking a fan for telling the brand is thanks, not the acknowledgement of a problem.
 */
export function whoIsAnswered(hits: Hit[], c: ComposeInput): Hit[] {
  const positive = c.context === 'positive';
  const thanks = hits.filter((h) => h.quality === 'thanks');
  return hits.flatMap((h): Hit[] => {
    if (c.isPrivate && h.quality === 'exposes_private_data') return [];
    if (positive && h.quality === 'offers_redress') return [{ ...h, quality: 'rewards' }];
    if (!positive && h.quality === 'rewards') return [{ ...h, quality: 'offers_redress' }];
    if (positive && h.quality === 'acknowledges' && thanks.some((t) => t.start < h.end && h.start < t.end))
      return [];
    return [h];
  });
}

const WARM: readonly Quality[] = ['thanks', 'rewards', 'human_tone', 'empathises', 'acknowledges'];

/** Praise answered with no thanks, warmth or reward ("ok", "👍") is left unacknowledged. */
export function coldReply(hits: Hit[], c: ComposeInput): Hit[] {
  if (c.context !== 'positive' || hits.some((h) => WARM.includes(h.quality))) return hits;
  const lead = c.text.length - c.text.trimStart().length;
  const end = c.text.trimEnd().length;
  if (end <= lead) return hits;
  return [...hits, { quality: 'dismisses', start: lead, end, cue: 'cold_reply' }];
}

const TERSE_WORDS = 3;

/**
 * "Ok.", "Noted.", "👍" under a complaint, an outage or a question from the press: a few words that
 * say nothing about the problem brush it off. A troll may be left with no more than that.
 */
export function terseReply(hits: Hit[], c: ComposeInput): Hit[] {
  if (hits.length || c.context === 'positive' || c.context === 'troll') return hits;
  const words = c.text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const lead = c.text.length - c.text.trimStart().length;
  const end = c.text.trimEnd().length;
  if (words.length > TERSE_WORDS || end <= lead) return hits;
  return [{ quality: 'dismisses', start: lead, end, cue: 'terse_reply' }];
}

const BITES: readonly Quality[] = [
  'sarcastic',
  'belittles',
  'defensive',
  'blames_customer',
  'attacks_competitor',
  'deceives',
];

/** In a troll's thread, any bad engagement feeds the troll. */
export function trollContext(hits: Hit[], c: ComposeInput): Hit[] {
  if (c.context !== 'troll') return hits;
  const fed = hits
    .filter((h) => BITES.includes(h.quality))
    .map((h): Hit => ({ ...h, quality: 'feeds_troll', cue: `troll_context:${h.cue}` }));
  return [...hits, ...fed];
}
