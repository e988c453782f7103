import type { ScenarioManifest } from '../content/scenario.schema';
import type { TriggerEvent } from '../content/tag.schema';
import type { ChoicePoint, ReplyOption } from '../story/beat';
import type { StoryRunner } from '../story/story-runner';
import type { MenuKind, SessionEvent } from './event';
import type { Feed } from './feed';
import type { Metrics } from './metrics';
import type { PostState } from './post';
import type { Rng } from './rng';
import type { WritingSituation, WrittenReading } from './written-reply';

export interface PendingReply {
  readonly flow: string;
  readonly point: ChoicePoint;
  readonly seq: number;
}

/**
 * What the session's helpers (performing an action, applying an outcome, playing a beat, driving
 * the crowd) may use of it: a narrow interface, so they depend on this and not on the session
 * class, and the session's own bookkeeping stays private to it.
 */
export interface SessionCore {
  readonly manifest: ScenarioManifest;
  readonly metrics: Metrics;
  readonly feed: Feed;
  readonly posts: readonly PostState[];
  readonly blocked: Set<string>;
  readonly liked: Set<string>;
  readonly pending: Map<string, PendingReply>;
  readonly coveredByStatement: Set<string>;
  readonly runner: StoryRunner;
  readonly rng: Rng;
  readonly orderRng: Rng;
  readonly now: number;
  /** The action being performed now (its log index), or null when the crisis moves by itself. */
  readonly cause: number | null;
  landedStatement: string | null;
  freeCrowdFlow: string | null;
  record(event: SessionEvent): void;
  at(t: number, run: () => void): void;
  later(delay: number, run: () => void): void;
  post(id: string): PostState | undefined;
  persona(id: string): { name: string; handle: string; type: PostState['authorType']; followers: number };
  replyOptions(postId: string): readonly ReplyOption[] | null;
  /** The branches of a waiting post that only a written reply reaches. */
  writtenOnlyOptions(postId: string): readonly ReplyOption[];
  awaitingReply(p: PostState): boolean;
  addPost(p: PostState): void;
  publishBrandPost(
    text: string,
    thread: string,
    replyTo: string | null,
    channel: 'public' | 'private',
  ): string;
  /** `coachReading`: the brand post whose written reading the branch's coach lines speak to instead of their text. */
  choose(postId: string, index: number, coachReading?: string | null): void;
  /** Reads a text the player wrote (or, when replaying, takes the reading from the log). */
  readText(text: string, situation: WritingSituation): WrittenReading;
  trigger(postId: string, on: TriggerEvent): boolean;
  /** The player has just asked: reply points with an `on: confirmed` choice offer their replies again. */
  factsConfirmed(): void;
  cover(p: PostState, by: string): void;
  openComposer(kind: MenuKind): ChoicePoint | null;
  playMenuChoice(menu: MenuKind, index: number, thread: string, coachReading?: string | null): void;
  spawnCrowd(kind: 'troll' | 'complaint', count: number): void;
  syncVariables(): void;
  nextReplySeq(): number;
  nextCrowdNumber(): number;
}
