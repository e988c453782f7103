import type { Quality } from '../content/quality';
import type { Channel, LineTags, TriggerEvent } from '../content/tag.schema';

/** One line the script produced: a post by a persona (or an epilogue line), with its parsed tags. */
export interface ScriptLine {
  readonly text: string;
  readonly tags: LineTags;
}

/** A reply the player can choose at a reply point. `index` is the ink choice index. */
export interface ReplyOption {
  readonly index: number;
  readonly text: string;
  readonly qualities: readonly Quality[];
  readonly channel: Channel;
  readonly model: boolean;
}

/** What a thread waits on: the visible reply options and the hidden trigger choices. */
export interface ChoicePoint {
  readonly options: readonly ReplyOption[];
  /** Branches only a written reply can reach (`# written: only`): never shown, never picked. */
  readonly writtenOnly: readonly ReplyOption[];
  readonly triggers: Readonly<Partial<Record<TriggerEvent, number>>>;
}

/** Everything a flow produced up to its next choice point or its end, as plain data. */
export interface Beat {
  readonly lines: readonly ScriptLine[];
  readonly choices: ChoicePoint | null;
  /** True when the flow has nothing more to say and no choice to make. */
  readonly done: boolean;
}
