import type { ControlAction, ControlMessage } from '../app/workshop/control-protocol';
import type { WorkshopMeta } from './workshop-meta';

/**
 * Where the workshop server keeps its workshops. The registry, the team logs and the channel speak
 * only to this: the embedded default keeps them in the data folder (file-store.ts, one process),
 * the Redis store in Redis (redis-store.ts), shared by every server process pointed at it.
 */
export interface WorkshopStore {
  /** Says where the workshops are, for the server's first log line. */
  readonly description: string;
  /**
   * Whether other processes write this store too: then what one process holds in memory may be
   * behind, and a team log reads the store again before it judges a batch.
   */
  readonly shared: boolean;
  /** The workshops to rebuild when the server starts (a shared store opens them on demand). */
  loadAll(): Promise<WorkshopMeta[]>;
  /** Keeps a new workshop; false when its id is taken (the registry draws another). */
  create(meta: WorkshopMeta): Promise<boolean>;
  /** A workshop by id, or undefined when the store has none. */
  read(id: string): Promise<WorkshopMeta | undefined>;
  /** The id of the workshop whose facilitator key hashes to this. */
  idByKeyHash(hash: string): Promise<string | undefined>;
  openTeamLog(meta: WorkshopMeta, team: number): Promise<TeamLogStore>;
  openTeamLive(meta: WorkshopMeta, team: number): TeamLiveStore;
  openControls(meta: WorkshopMeta): Promise<ControlsStore>;
  /** Whether this error says the store cannot be reached just now (then 503: try again). */
  unavailable(error: unknown): boolean;
  /** Ends the store's connections (the logs and controls are closed first by their owners). */
  close(): Promise<void>;
}

/** A team's log in a store: the events' JSON, in order, position n holding sequence number n. */
export interface TeamLogStore {
  /** The events from sequence number `from` to the end (validated as log events on the way in). */
  readFrom(from: number): Promise<string[]>;
  /**
   * Appends these events at `at` only if the store holds exactly `at` events, all or none, and
   * resolves once they are kept; otherwise writes nothing and resolves with how many it holds.
   */
  appendAt(at: number, texts: readonly string[]): Promise<{ ok: true } | { ok: false; held: number }>;
  close(): Promise<void>;
}

/** What the console sees of a team beyond its log: its open connections and its reported clock. */
export interface TeamLiveStore {
  /** A connection (by an id unique to it) is open, or closed. */
  join(connection: string): Promise<void>;
  leave(connection: string): Promise<void>;
  connections(): Promise<number>;
  /** The team said its clock is at least `now` (simulated seconds). */
  report(now: number): Promise<void>;
  reported(): Promise<number>;
}

/**
 * A workshop's facilitator controls: every control issued, numbered from 1, and which teams'
 * games acknowledged which. A control is kept before it counts as issued.
 */
export interface ControlsStore {
  issue(to: readonly number[], control: ControlAction, now?: Date): Promise<ControlMessage>;
  /** The facilitator has started the workshop (teams held on the briefing may play). */
  started(): Promise<boolean>;
  /** The controls for a team that its game has not acknowledged, oldest first. */
  pending(team: number): Promise<ControlMessage[]>;
  /** A team's game applied control `id` (an unknown or repeated id changes nothing). */
  acknowledge(team: number, id: number): Promise<void>;
  /** Waits for every write under way. */
  flushed(): Promise<void>;
}
