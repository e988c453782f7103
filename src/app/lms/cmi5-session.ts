import type { Actor } from 'xstate';
import type { CompiledScenario } from '../../content/compiled-scenario';
import { scoreSession } from '../../scoring/score';
import type { CrisisSession } from '../../sim/session';
import type { sessionMachine } from '../session.machine';
import { type AttemptState, attemptOf, attemptState } from './cmi5-attempt-state';
import type { Cmi5Launch, LaunchData } from './cmi5-launch';
import {
  answeredStatement,
  initializedStatement,
  replyEvents,
  type StatementBase,
  terminatedStatement,
  verdictStatements,
} from './cmi5-statements';
import type { FetchLike, LrsClient, LrsResult } from './lrs-client';
import { resumeAttempt } from './resume-attempt';
import type { Restored, ScormHooks } from './scorm-session';
import { type QueueHooks, queueKey, StatementQueue, type StorageLike } from './statement-queue';
import { playerInputs, suspendedAttempt } from './suspend-data';
import { ATTEMPT_STATE_ID } from './xapi-vocabulary';

/**
 * One cmi5 launch of one scenario (one AU session), once cmi5-connect.ts has its token, LaunchData
 * and the attempt the State API kept: sends "initialized", one "answered" per reply, and at the end
 * completed, passed or failed and "terminated" (cmi5-statements.ts builds them), and keeps the
 * attempt in the State API as it is played so a relaunch resumes it. LaunchData's moveOn is the
 * LMS's rule: the game reports completion and success alike, so whichever it asks can be met.
 * The LRS being down or refusing never reaches the game: the learner is told, statements are kept
 * and sent again (statement-queue.ts).
 */
export interface Cmi5Hooks extends QueueHooks, Pick<ScormHooks, 'unusable'> {
  /** The launch cannot report at all (bad launch parameters, no token, no LaunchData). */
  failed(reason: string): void;
  /** The session is over and reported; `returnUrl` is where the LMS asked to be taken back. */
  finished(returnUrl: string | null): void;
}

export interface Cmi5Environment {
  readonly search: string;
  readonly fetcher?: FetchLike;
  readonly storage: StorageLike | null;
  readonly newId?: () => string;
}

/** Simulated seconds the clock may move on before the attempt is written again. */
const CLOCK_STEP = 5;
/** Tries at writing the finished state (2 s, then doubling) when the LRS does not take it. */
const FINISH_TRIES = 5;

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Cmi5Session {
  private readonly started = performance.now();
  private readonly queue: StatementQueue;
  private readonly base: StatementBase;
  private finished = false;
  private session: CrisisSession | null = null;
  private answered = 0;
  private written = { inputs: -1, clock: -1, paused: false };
  private writing = false;
  private lastWrite: Promise<void> = Promise.resolve();
  private writes = 0;
  private readonly kept: boolean;

  constructor(
    launch: Cmi5Launch,
    private readonly launchData: LaunchData,
    private readonly client: LrsClient,
    private state: AttemptState,
    private readonly scenario: string,
    private readonly actor: Actor<typeof sessionMachine>,
    private readonly hooks: Cmi5Hooks,
    env: Cmi5Environment,
  ) {
    this.kept = state.attempt !== null;
    this.base = {
      launch,
      launchData,
      scenario,
      // The language the learner plays in as each statement is made (they may switch it).
      get lang() {
        return actor.getSnapshot().context.lang;
      },
      newId: env.newId ?? (() => crypto.randomUUID()),
    };
    this.queue = new StatementQueue(queueKey(launch.registration), env.storage, hooks);
    this.queue.add(initializedStatement(this.base, new Date()));
    this.queue.connect((statements, keepalive) => client.postStatements(statements, keepalive));
    actor.subscribe(() => this.follow());
  }

  /** Whether the State API held an attempt in progress to resume (usable or not). */
  get resuming(): boolean {
    return this.kept;
  }

  get statements(): StatementQueue {
    return this.queue;
  }

  /** Resolves once what was sent so far (statements and the attempt's state) has been answered. */
  async settled(): Promise<void> {
    await this.queue.settled();
    await this.lastWrite;
  }

  /** The attempt in progress rebuilt, or null (none, or unusable: reported, and the attempt starts afresh). */
  restore(scenario: CompiledScenario): Restored | null {
    const raw = this.state.attempt;
    const read = attemptOf(this.state, scenario);
    if (!read || raw === null) return null;
    try {
      if (!read.ok) throw new Error(read.reason);
      const session = resumeAttempt(scenario, read.attempt);
      this.session = session;
      this.answered = Math.min(this.state.answered, replyEvents(session.log).length);
      return { session, speed: read.attempt.speed, mode: read.attempt.mode };
    } catch (error) {
      this.state = { ...this.state, attempt: null, answered: 0 };
      this.hooks.unusable(raw, (error as Error).message);
      return null;
    }
  }

  /** The page is going: an unfinished attempt is kept in the State API, and the session terminated. */
  leave(): void {
    if (this.finished) {
      this.queue.sendAsPageGoes();
      return;
    }
    this.finished = true;
    this.queueAnswers();
    this.writeState(true);
    this.queue.add(terminatedStatement(this.base, new Date(), this.elapsed()));
    this.queue.sendAsPageGoes();
  }

  private follow(): void {
    if (this.finished) return;
    const snap = this.actor.getSnapshot();
    const { session, scenario } = snap.context;
    if (!session || scenario?.manifest.id !== this.scenario) return;
    if (session !== this.session) {
      // A new attempt of the scenario (not the one restored): its replies are all new.
      if (this.session !== null) this.answered = 0;
      this.session = session;
    }
    this.queueAnswers();
    if (snap.matches('debrief') && session.ended) {
      this.finished = true;
      const score = scoreSession(scenario.manifest, session.log);
      const verdict = verdictStatements(this.base, score, new Date(), this.elapsed(), this.state);
      const passed = verdict.some((s) => s.verb.id.endsWith('/passed'));
      const completed = verdict.some((s) => s.verb.id.endsWith('/completed'));
      this.state = {
        ...this.state,
        completed: this.state.completed || completed,
        passed: this.state.passed || passed,
      };
      this.queue.add(...verdict, terminatedStatement(this.base, new Date(), this.elapsed()));
      this.writeState(false, true);
      this.hooks.finished(this.launchData.returnURL ?? null);
      return;
    }
    if (snap.matches('live')) this.writeState(false);
  }

  /** One "answered" for each reply not sent yet. */
  private queueAnswers(): void {
    if (!this.session) return;
    const replies = replyEvents(this.session.log);
    if (replies.length <= this.answered) return;
    const now = new Date();
    this.queue.add(...replies.slice(this.answered).map((e) => answeredStatement(this.base, e, now)));
    this.answered = replies.length;
  }

  /**
   * Writes the attempt to the State API when the player did something new, the clock moved on a few
   * simulated seconds, or the game was paused; `done` writes the finished state (no attempt to resume).
   */
  private writeState(keepalive: boolean, done = false): void {
    const snap = this.actor.getSnapshot();
    const { session, scenario, speed, mode } = snap.context;
    if (!session || !scenario) return;
    const inputs = playerInputs(session.log);
    const paused = snap.matches({ live: 'paused' });
    const changed =
      inputs.length !== this.written.inputs ||
      Math.abs(session.now - this.written.clock) >= CLOCK_STEP ||
      (paused && !this.written.paused);
    if (!changed && !keepalive && !done) return;
    if (this.writing && !keepalive && !done) return;
    const attempt = done ? null : suspendedAttempt(this.scenario, session, speed, mode, inputs);
    const document = attemptState(attempt, scenario, this.answered, this.state);
    this.written = { inputs: inputs.length, clock: session.now, paused };
    this.writing = true;
    // One write at a time, so an older attempt never lands after a newer state, and a write that
    // waited behind another is dropped when a newer one came since. As the page goes there is no
    // waiting: that write goes now, with keepalive.
    const mine = ++this.writes;
    const put = (): Promise<LrsResult<void>> =>
      mine === this.writes
        ? this.client.putState(ATTEMPT_STATE_ID, document, keepalive)
        : Promise.resolve({ ok: true, value: undefined });
    // The finished state is tried again while the LRS is down: an attempt left there would resume.
    const persist = (tries: number): Promise<LrsResult<void>> =>
      put().then((result) =>
        result.ok || tries <= 1 || mine !== this.writes
          ? result
          : wait(2000 * 2 ** (FINISH_TRIES - tries)).then(() => persist(tries - 1)),
      );
    const write = keepalive ? put() : this.lastWrite.then(() => persist(done ? FINISH_TRIES : 1));
    this.lastWrite = write.then((result) => {
      this.writing = false;
      // Not written: the next change writes it again (the clock moves on every few seconds).
      if (!result.ok && !done) this.written = { inputs: -1, clock: -1, paused: false };
    });
  }

  private elapsed(): number {
    return performance.now() - this.started;
  }
}
