import { distance as editDistance } from 'fastest-levenshtein';
import type { GradingContext } from '../content/grading-context';
import type { Quality } from '../content/quality';
import type { ScenarioManifest } from '../content/scenario.schema';
import { type Evidence, GRADER_VERSION, gradeReply } from '../grading';
import type { SessionEvent } from './event';
import type { PostState } from './post';

/** What the engine read a written text as, logged with it: replay uses this, never a newer grader. */
export interface WrittenReading {
  readonly graderVersion: number;
  readonly context: GradingContext;
  readonly confirmed: boolean;
  readonly qualities: readonly Quality[];
  readonly evidence: readonly Evidence[];
  /**
   * The ink index of the branch it played, when the reading comes from the log: replay plays that
   * branch again rather than choosing afresh, so a later change to the choice (or to the Unicode
   * tables `sameWords` leans on) never changes an old session.
   */
  readonly branch?: number;
}

/** Where a text was written: a reply to a post (on its channel) or the brand's own composer. */
export type WritingSituation =
  | { readonly post: PostState; readonly channel: 'public' | 'private'; readonly authorName: string }
  | { readonly post: null; readonly channel: 'public' };

/** The context each author's true type gives a reply, when the thread names none. */
const BY_AUTHOR: Partial<Record<PostState['authorType'], GradingContext>> = {
  genuine_customer: 'genuine_complaint',
  affected_customer: 'genuine_complaint',
  troll: 'troll',
  fan: 'positive',
  influencer: 'positive',
  journalist: 'press',
};

/**
 * The grading context of a reply to `post`: its thread's `context` in the sidecar, else the
 * author's type; null when neither says (a bystander's thread without one: the checker fails it).
 */
export function contextOfPost(
  manifest: ScenarioManifest,
  post: Pick<PostState, 'thread' | 'authorType'>,
): GradingContext | null {
  const spec =
    manifest.threads.find((t) => t.id === post.thread) ?? manifest.injects.find((i) => i.id === post.thread);
  return spec?.context ?? BY_AUTHOR[post.authorType] ?? null;
}

/** At or above this similarity to a text the player already sent, a text is pasted, not written. */
export const REUSE_SIMILARITY = 0.9;

const normal = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();

/** Similarity of two texts in [0, 1]: one minus their edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const x = normal(a);
  const y = normal(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - editDistance(x, y) / longest;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Whether a text is another written out word for word, slips of typing aside: the same words in the
 * same order, up to case, accents and punctuation, with at most a slip of one letter in a word of
 * five or more (two from eight) and a slip in one word of ten. A word added, dropped or swapped
 * ("es falso" for "es cierto", a "no" more) makes it a text of its own.
 */
export function sameWords(a: string, b: string): boolean {
  const x = normal(a).match(WORDS) ?? [];
  const y = normal(b).match(WORDS) ?? [];
  if (x.length === 0 || x.length !== y.length) return false;
  let slips = 0;
  for (let i = 0; i < x.length; i++) {
    const u = x[i] as string;
    const v = y[i] as string;
    if (u === v) continue;
    const longer = Math.max(u.length, v.length);
    if (longer < 5 || editDistance(u, v) > (longer >= 8 ? 2 : 1)) return false;
    slips++;
  }
  return slips <= Math.max(1, Math.floor(x.length / 10));
}

/** The texts the player has written so far, from the log. */
export function writtenSoFar(log: readonly SessionEvent[]): string[] {
  const out: string[] = [];
  for (const e of log) if (e.type === 'action' && e.reply?.written) out.push(e.reply.text);
  return out;
}

/**
 * Reads a text the player wrote, in the situation it was written in. The facts count as confirmed
 * once the player has analysed or escalated. A text that repeats one already sent reads as canned:
 * the same words pasted on every post is not listening.
 */
export function readWritten(
  text: string,
  situation: WritingSituation,
  scene: {
    readonly manifest: ScenarioManifest;
    readonly lang: 'es' | 'en';
    readonly confirmed: boolean;
    readonly earlier: readonly string[];
  },
): WrittenReading {
  const context = situation.post
    ? (contextOfPost(scene.manifest, situation.post) ?? 'genuine_complaint')
    : scene.manifest.grading.context;
  const grading = gradeReply({
    text,
    lang: scene.lang,
    context,
    confirmed: scene.confirmed,
    ...(situation.post ? { authorName: situation.authorName } : {}),
    staffNames: scene.manifest.grading.staff,
    competitorNames: scene.manifest.grading.competitors,
    isPrivate: situation.channel === 'private',
  });
  const evidence = [...grading.evidence];
  const qualities = [...grading.qualities];
  const reused = scene.earlier.some((e) => similarity(e, text) >= REUSE_SIMILARITY);
  if (reused) {
    evidence.push({ quality: 'canned', start: 0, end: text.length, cue: 'reused_text' });
    if (!qualities.includes('canned')) qualities.push('canned');
  }
  return { graderVersion: GRADER_VERSION, context, confirmed: scene.confirmed, qualities, evidence };
}
