import type { GradingContext } from '../content/grading-context';
import type { Quality } from '../content/quality';
import { type Hit, type Sentences, sentenceAt } from './hits';
import type { CompiledLexicon } from './lexicon';

/** What the composition rules need besides the hits. */
export interface ComposeInput {
  readonly text: string;
  readonly sentences: Sentences;
  readonly lex: CompiledLexicon;
  readonly context: GradingContext;
  readonly confirmed: boolean;
  readonly isPrivate: boolean;
}

const overlaps = (a: Hit, b: Hit): boolean => a.start < b.end && b.start < a.end;
const sentenceOf = (c: ComposeInput, h: Hit) =>
  c.sentences.spans[sentenceAt(c.sentences, h.start)] ?? { start: 0, end: c.text.length };

/** A narrower reading gives way to a wider one over the same words ("sorry you feel that way" is no apology). */
const SUPERSEDES: readonly [winner: Quality, loser: Quality][] = [
  ['non_apology', 'apologises'],
  ['unverified_compensation', 'offers_redress'],
  ['defensive', 'admits_error'],
  ['defensive', 'empathises'],
  ['blames_third_party', 'explains'],
  ['premature_all_clear', 'over_promises'],
  ['canned', 'apologises'],
];

function supersede(hits: Hit[]): Hit[] {
  return hits.filter(
    (h) =>
      !SUPERSEDES.some(
        ([winner, loser]) => h.quality === loser && hits.some((o) => o.quality === winner && overlaps(o, h)),
      ),
  );
}

/** A brand action or a promised update becomes a next step only with a time in the same sentence. */
function nextSteps(hits: Hit[], c: ComposeInput): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const timed = h.quality === 'next_step' || h.quality === 'promises_update';
    if (!timed) {
      out.push(h);
      continue;
    }
    const s = sentenceOf(c, h);
    // Every time expression in the sentence: "hoy antes de las 18:00" is one when, read whole.
    const times = [...c.text.slice(s.start, s.end).matchAll(c.lex.times)];
    if (h.quality === 'promises_update') out.push(h);
    const first = times[0];
    const last = times[times.length - 1];
    if (first && last) {
      const tStart = s.start + first.index;
      const tEnd = s.start + last.index + last[0].length;
      out.push({
        quality: 'next_step',
        start: Math.min(h.start, tStart),
        end: Math.max(h.end, tEnd),
        cue: `${h.cue}+time`,
      });
    }
  }
  return out;
}

/** Outcomes the brand cannot know yet read as promises or an all-clear until the facts are confirmed. */
function unknownOutcomes(hits: Hit[], c: ComposeInput): Hit[] {
  return hits
    .flatMap((h): Hit[] => {
      if (!c.confirmed) return [h];
      if (h.quality === 'over_promises') {
        const s = sentenceOf(c, h);
        return c.lex.time.test(c.text.slice(s.start, s.end))
          ? [{ ...h, quality: 'next_step', cue: `${h.cue}:confirmed` }]
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

const TAKES_BACK: readonly Quality[] = [
  'blames_customer',
  'defensive',
  'cites_policy',
  'blames_third_party',
  'minimises',
];
const APOLOGY_REACH = 200;

/** "Sorry, but you should have read…": the apology is taken back by the blame that follows it. */
function apologyThenBlame(hits: Hit[], c: ComposeInput): Hit[] {
  const taken = new Set<Hit>();
  const added: Hit[] = [];
  for (const a of hits) {
    if (a.quality !== 'apologises') continue;
    const b = hits.find(
      (h) => TAKES_BACK.includes(h.quality) && h.start >= a.end && h.start - a.end <= APOLOGY_REACH,
    );
    if (!b) continue;
    const between = c.text.slice(a.end, b.start);
    const turn = c.lex.contrast.exec(between);
    taken.add(a);
    added.push({
      quality: 'apology_then_blame',
      start: a.start,
      end: b.end,
      cue: `${a.cue}${turn ? '+contrast' : ''}+${b.cue}`,
    });
  }
  return [...hits.filter((h) => !taken.has(h)), ...added];
}

const SINCERE: readonly Quality[] = ['thanks', 'apologises', 'empathises', 'acknowledges'];
const SARCASM_REACH = 30;

/** Thanks or patience beside 🙃 🙄 😂 is sarcasm, not thanks. */
function sarcasm(hits: Hit[], c: ComposeInput): Hit[] {
  const out: Hit[] = [];
  const marks = [...c.text.matchAll(new RegExp(c.lex.sarcasm.source, 'gu'))];
  const used = new Set<number>();
  for (const h of hits) {
    const mark = SINCERE.includes(h.quality)
      ? marks.find((m) => {
          const near =
            m.index >= h.end
              ? m.index - h.end <= SARCASM_REACH
              : h.start - (m.index + m[0].length) <= SARCASM_REACH && m.index < h.start;
          return near && sentenceAt(c.sentences, m.index) - sentenceAt(c.sentences, h.start) <= 1;
        })
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
  // Laughing at a troll, even with no words, is a bite.
  if (c.context === 'troll')
    for (const m of marks)
      if (!used.has(m.index))
        out.push({
          quality: 'feeds_troll',
          start: m.index,
          end: m.index + m[0].length,
          cue: 'sarcasm_mark:troll',
        });
  return out;
}

const BITES: readonly Quality[] = [
  'sarcastic',
  'belittles',
  'defensive',
  'dismisses',
  'blames_customer',
  'attacks_competitor',
  'deceives',
];

/** In a troll's thread, any bad engagement feeds the troll. */
function trollContext(hits: Hit[], c: ComposeInput): Hit[] {
  if (c.context !== 'troll') return hits;
  const fed = hits
    .filter((h) => BITES.includes(h.quality))
    .map((h): Hit => ({ ...h, quality: 'feeds_troll', cue: `troll_context:${h.cue}` }));
  return [...hits, ...fed];
}

/** The rules that read hits together, in order. */
export function compose(hits: Hit[], c: ComposeInput): Hit[] {
  let h = supersede(hits);
  h = unknownOutcomes(h, c);
  h = supersede(h);
  h = nextSteps(h, c);
  h = apologyThenBlame(h, c);
  h = sarcasm(h, c);
  return trollContext(h, c);
}
