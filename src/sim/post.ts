import type { PersonaType, PostKind } from '../content/scenario.schema';
import type { Channel } from '../content/tag.schema';

export type PostStatus = 'visible' | 'hidden' | 'deleted';

/** The author id the brand's own posts carry. */
export const BRAND = 'brand';

/** A post as the engine tracks it. `authorType` is the hidden truth: never shown to the player. */
export interface PostState {
  readonly id: string;
  readonly thread: string;
  readonly author: string;
  readonly authorType: PersonaType | 'brand';
  readonly kind: PostKind;
  readonly network: string;
  readonly channel: Channel;
  readonly text: string;
  readonly t: number;
  readonly replyTo: string | null;
  readonly crowd: boolean;
  readonly patience: number;
  likes: number;
  shares: number;
  status: PostStatus;
  answeredAt: number | null;
  left: boolean;
}

const CRITICAL: ReadonlySet<PostKind> = new Set(['complaint', 'question', 'press', 'comment']);

/** Criticism or a question from someone who is not a troll: it deserves an answer and must not be deleted. */
export function isLegitimate(p: Pick<PostState, 'kind' | 'authorType'>): boolean {
  return p.authorType !== 'troll' && p.authorType !== 'brand' && CRITICAL.has(p.kind);
}

/** Needs an answer from the brand (a complaint, a question, a journalist). */
export function needsAnswer(p: Pick<PostState, 'kind' | 'authorType'>): boolean {
  return isLegitimate(p) && p.kind !== 'comment';
}
