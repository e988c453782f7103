import type { GradingContext } from '../content/grading-context';
import type { Quality } from '../content/quality';
import { CARE_QUALITIES } from '../content/quality-vocabulary';
import { coldReply, sarcasm, terseReply, trollContext, whoIsAnswered } from './compose-context';
import { openQuestions, unknownOutcomes } from './compose-outcomes';
import { type Hit, type Sentences, sentenceAt, sentenceOf } from './hits';
import { type CompiledLexicon, matchesOf } from './lexicon';

/** What the composition rules need besides the hits. */
export interface ComposeInput {
  readonly text: string;
  readonly sentences: Sentences;
  readonly lex: CompiledLexicon;
  readonly context: GradingContext;
  readonly confirmed: boolean;
  readonly isPrivate: boolean;
  /** The original offset folded offset `at` came from: distances are counted in what was written. */
  readonly written: (at: number) => number;
}

export const overlaps = (a: Hit, b: Hit): boolean => a.start < b.end && b.start < a.end;

/** A narrower reading gives way to a wider one over the same words ("sorry you feel that way" is no apology). */
const SUPERSEDES: readonly [winner: Quality, loser: Quality][] = [
  ['non_apology', 'apologises'],
  ['defensive', 'admits_error'],
  ['defensive', 'empathises'],
  ['blames_third_party', 'explains'],
  ['premature_all_clear', 'over_promises'],
  // "the issue is 100% resolved" declares, it does not explain.
  ['premature_all_clear', 'explains'],
  ['names_person', 'human_tone'],
  // "el repartidor se equivocó": the mistake is put on the courier, not on the customer.
  ['blames_third_party', 'blames_customer'],
];

/** The same, within a sentence: "the delay is caused by our courier" explains nothing, it shifts blame. */
const SUPERSEDES_IN_SENTENCE: readonly [winner: Quality, loser: Quality][] = [
  ['blames_third_party', 'explains'],
  ['cites_policy', 'explains'],
  ['minimises', 'explains'],
  ['deceives', 'explains'],
  ['blames_customer', 'explains'],
];

function supersede(hits: Hit[], c: ComposeInput): Hit[] {
  const sentenceOfHit = (h: Hit) => sentenceAt(c.sentences, h.start);
  const hedged = new Set(
    hits.filter((h) => h.quality === 'non_apology').map((h) => sentenceAt(c.sentences, h.start)),
  );
  return hits.filter(
    (h) =>
      // "Si alguien se sintió ofendido, lo sentimos": the "lo sentimos" is part of the hedge.
      !(h.quality === 'apologises' && hedged.has(sentenceAt(c.sentences, h.start))) &&
      // "Gracias por tu paciencia" answering a complaint is the stock formula, not thanks; a canned
      // sentence matched whole ("gracias por su comentario. …") may still hold a real thanks.
      !(
        h.quality === 'thanks' &&
        hits.some((o) => o.quality === 'canned' && !o.cue.startsWith('canned_bank') && overlaps(o, h))
      ) &&
      !SUPERSEDES.some(
        ([winner, loser]) => h.quality === loser && hits.some((o) => o.quality === winner && overlaps(o, h)),
      ) &&
      !SUPERSEDES_IN_SENTENCE.some(
        ([winner, loser]) =>
          h.quality === loser &&
          hits.some((o) => o.quality === winner && sentenceOfHit(o) === sentenceOfHit(h)),
      ),
  );
}

/**
 * A promised brand action ("te llamamos", "we'll send") is a next step only with a time in the
 * same sentence; the span then runs to the time. Actions already under way need none.
 */
function nextSteps(hits: Hit[], c: ComposeInput): Hit[] {
  const out: Hit[] = [];
  const updates = hits.filter((h) => h.quality === 'promises_update');
  for (const h of hits) {
    if (!(h.quality === 'next_step' && h.timed)) {
      out.push(h);
      continue;
    }
    // "We'll post an update within the hour" is the promised update and its time, not a second step.
    const s = sentenceOf(c, h);
    if (updates.some((u) => overlaps(u, h)) && !c.lex.time.test(c.text.slice(s.start, s.end))) continue;
    // Every time expression in the sentence: "hoy antes de las 18:00" is one when, read whole.
    const times = matchesOf(c.lex.times, c.text.slice(s.start, s.end));
    const first = times[0];
    const last = times[times.length - 1];
    if (!first) {
      if (
        /(?<![\p{L}])(?:with the|with our|con el|con la|con nuestr\p{L}*|por telefono|by phone)(?![\p{L}])/u.test(
          c.text.slice(h.end, s.end),
        )
      )
        out.push({ quality: 'next_step', start: h.start, end: h.end, cue: `${h.cue}+how` });
      continue;
    }
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

/** "A todos los que…", "everyone who…": blanket words make a blanket offer only beside an offer. */
function blanketScope(hits: Hit[], c: ComposeInput): Hit[] {
  const offered = new Set(
    hits
      .filter((h) => h.quality === 'offers_redress' || h.quality === 'rewards')
      .map((h) => sentenceAt(c.sentences, h.start)),
  );
  return hits.filter(
    (h) => !h.cue.endsWith('_blanket_scope') || offered.has(sentenceAt(c.sentences, h.start)),
  );
}

// Blame on someone else after an apology is scapegoating (`blames_third_party`), not a taken-back
// apology; a justification after one is `defensive` (the gold set never reads one as taken back).
const TAKES_BACK: readonly Quality[] = ['blames_customer', 'cites_policy'];
const APOLOGY_REACH = 200;

/**
 * "Sorry, but you should have read…": the apology is taken back by the blame that follows it. The
 * apology stays read as said; the principles weigh the break above it.
 */
function apologyThenBlame(hits: Hit[], c: ComposeInput): Hit[] {
  const added: Hit[] = [];
  for (const a of hits) {
    if (a.quality !== 'apologises') continue;
    const b = hits.find(
      (h) =>
        TAKES_BACK.includes(h.quality) &&
        h.start >= a.end &&
        c.written(h.start) - c.written(a.end) <= APOLOGY_REACH,
    );
    if (!b) continue;
    const between = c.text.slice(a.end, b.start);
    const turn = c.lex.contrast.exec(between);
    added.push({
      quality: 'apology_then_blame',
      start: a.start,
      end: b.end,
      cue: `${a.cue}${turn ? '+contrast' : ''}+${b.cue}`,
    });
  }
  return [...hits, ...added];
}

const CARRIED_BY: readonly Quality[] = [
  'defensive',
  'blames_customer',
  'blames_third_party',
  'cites_policy',
  'minimises',
  'deceives',
];

/**
 * "Lo entendemos, pero la caldera es cosa del propietario", "we get that people were upset, but it
 * was taken out of context": understanding turned round by a "but" into an excuse in the same
 * sentence is no empathy; the reply is defensive.
 */
function butCarries(hits: Hit[], c: ComposeInput): Hit[] {
  const dropped = new Set<Hit>();
  const added: Hit[] = [];
  for (const h of hits) {
    if (h.quality !== 'empathises' && h.quality !== 'acknowledges') continue;
    const s = sentenceOf(c, h);
    const rest = c.text.slice(h.end, s.end);
    const turn = c.lex.contrast.exec(rest);
    if (!turn) continue;
    const at = h.end + turn.index;
    const excuse = hits.find((o) => CARRIED_BY.includes(o.quality) && o.start >= at && o.start < s.end);
    if (!excuse) continue;
    dropped.add(h);
    added.push({
      quality: 'defensive',
      start: h.start,
      end: excuse.end,
      cue: `${h.cue}+contrast+${excuse.cue}`,
    });
  }
  return [...hits.filter((h) => !dropped.has(h)), ...added];
}

const ATTENDING: readonly Quality[] = CARE_QUALITIES;

/**
 * "Llame al 900…", "check our status page": pointing elsewhere brushes the person off only when it
 * is the whole answer. Beside an apology, an explanation or a step it is a useful pointer.
 */
function referrals(hits: Hit[]): Hit[] {
  return dropBeside(hits, '_refer', ATTENDING);
}

/** Drops the hits of the rules whose id ends with `suffix` when the reply also shows one of `qualities`. */
function dropBeside(hits: Hit[], suffix: string, qualities: readonly Quality[]): Hit[] {
  if (!hits.some((h) => qualities.includes(h.quality))) return hits;
  return hits.filter((h) => !h.cue.endsWith(suffix));
}

/** What makes a refusal to inform an honest "not yet" rather than a brush-off. */
const INFORMS: readonly Quality[] = ['promises_update', 'next_step', 'offers_private', 'explains'];

/**
 * "No podemos dar más información": a wall when it is all the reply says. With an update promised,
 * a step, a private channel or what can be said, it is declining to guess, which is honest.
 */
function refusals(hits: Hit[]): Hit[] {
  return dropBeside(hits, '_refuse_info', INFORMS);
}

/**
 * "Es falso: todas las auditorías están publicadas en la web", "That's false: the balances are
 * intact and the fault is in the app": a rumour denied with what is known is the calm, factual
 * answer, and so is a claim of its own owned as wrong ("we advertised it charges in an hour and that
 * is not true: we got it wrong"); the bare denial is the brand defending itself.
 */
function denials(hits: Hit[]): Hit[] {
  return dropBeside(hits, '_denial', ['explains', 'admits_error']);
}

/**
 * "Jaja, sin comentarios 🙊", "Maybe the sun in your town is just shy! 😅": laughing under a
 * complaint, a troll's jibe or a colleague's blunder, with nothing else for the person, makes light
 * of them; the joke is no warmth. Beside care, or shared with a happy customer, it is just a tone.
 */
function laughter(hits: Hit[], c: ComposeInput): Hit[] {
  const laughs = hits.filter((h) => h.cue.endsWith('_laugh'));
  if (!laughs.length) return hits;
  const mocking = hits.some(
    (h) => (h.quality === 'belittles' || h.quality === 'sarcastic') && !h.cue.endsWith('_laugh'),
  );
  // Beside an insult or a sneer the laugh adds nothing to point at.
  if (c.context === 'positive' || mocking || hits.some((h) => ATTENDING.includes(h.quality)))
    return hits.filter((h) => !h.cue.endsWith('_laugh'));
  return hits.filter((h) => h.quality !== 'human_tone' && (h === laughs[0] || !h.cue.endsWith('_laugh')));
}

/**
 * "Esa respuesta estuvo mal, lo sentimos. No volverá a pasar": after a colleague's rude reply, the
 * brand that owns it tells everyone it will not happen again, as the sources ask (PRINCIPLES.md,
 * transparency). Without the apology or the admission, or sworn to ("te lo garantizamos", "we
 * guarantee"), it stays a promise the brand cannot know it will keep.
 */
function ownedNoRepeat(hits: Hit[], c: ComposeInput): Hit[] {
  if (c.context !== 'rude_agent') return hits;
  if (!hits.some((h) => h.quality === 'apologises' || h.quality === 'admits_error')) return hits;
  const sworn = new Set(
    hits
      .filter((h) => h.quality === 'over_promises' && !h.cue.endsWith('_no_repeat'))
      .map((h) => sentenceAt(c.sentences, h.start)),
  );
  return hits.filter((h) => !h.cue.endsWith('_no_repeat') || sworn.has(sentenceAt(c.sentences, h.start)));
}

/** The rules that read hits together, in order. */
export function compose(hits: Hit[], c: ComposeInput): Hit[] {
  let h = blanketScope(hits, c);
  h = supersede(h, c);
  h = ownedNoRepeat(h, c);
  h = openQuestions(h, c);
  h = unknownOutcomes(h, c);
  h = supersede(h, c);
  h = nextSteps(h, c);
  h = butCarries(h, c);
  h = referrals(h);
  h = refusals(h);
  h = denials(h);
  h = laughter(h, c);
  h = apologyThenBlame(h, c);
  h = sarcasm(h, c);
  h = whoIsAnswered(h, c);
  h = coldReply(h, c);
  h = terseReply(h, c);
  return trollContext(h, c);
}
