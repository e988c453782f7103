import type { Actor } from 'xstate';
import type { CompiledScenario } from '../../content/compiled-scenario';
import { scoreSession } from '../../scoring/score';
import type { CrisisSession } from '../../sim/session';
import type { PlayMode } from '../persistence/save.schema';
import type { sessionMachine } from '../session.machine';
import { resumeAttempt } from './resume-attempt';
import { type ApiWindow, findScormApi, type Scorm12Api } from './scorm-api';
import { finishedReport, masteryOf, type ScormValues, suspendedReport } from './scorm-report';
import {
  decodeSuspendData,
  encodeSuspendData,
  playerInputs,
  SUSPEND_DATA_LIMIT,
  suspendedAttempt,
} from './suspend-data';

/** What the game shows the learner when the LMS side does not go as planned. */
export interface ScormHooks {
  /** The attempt no longer fits `cmi.suspend_data`: it stays on the device only. */
  tooLarge(): void;
  /** The suspended attempt could not be read or replayed: kept as `raw`, the attempt starts afresh. */
  unusable(raw: string, reason: string): void;
}

export interface Restored {
  readonly session: CrisisSession;
  readonly speed: number;
  readonly mode: PlayMode;
}

/** Simulated seconds the clock may move on before the suspended attempt is written again. */
const CLOCK_STEP = 5;

/** The statuses that are a result: an earlier attempt's is not turned back into `incomplete`. */
const RESULTS = ['passed', 'failed', 'completed'];

/** Commits to the LMS (often a request to its server) at most this often while playing. */
const COMMIT_EVERY_MS = 10_000;

/**
 * One SCORM 1.2 launch of one scenario (one SCO): initialises the LMS session, keeps the attempt
 * in `cmi.suspend_data` as it is played, reports the finished session (status, score, time, one
 * objective per principle) or, when the page goes before the end, suspends it; then finishes.
 */
export class ScormSession {
  private readonly started = performance.now();
  private readonly mastery: number;
  private readonly suspended: { raw: string } | null;
  private finished = false;
  private inputsWritten = -1;
  private clockWritten = -1;
  private tooLargeTold = false;
  private lastCommit = 0;

  constructor(
    private readonly api: Scorm12Api,
    private readonly scenario: string,
    private readonly actor: Actor<typeof sessionMachine>,
    private readonly hooks: ScormHooks,
  ) {
    this.mastery = masteryOf(this.get('cmi.student_data.mastery_score'));
    const raw = this.get('cmi.suspend_data');
    this.suspended = this.get('cmi.core.entry') === 'resume' && raw !== '' ? { raw } : null;
    actor.subscribe(() => this.follow());
  }

  /** Whether the LMS hands back an attempt to resume (a relaunch of a suspended one). */
  get resuming(): boolean {
    return this.suspended !== null;
  }

  /** The suspended attempt rebuilt, or null (none, or unusable: reported, and the attempt starts afresh). */
  restore(scenario: CompiledScenario): Restored | null {
    if (!this.suspended) return null;
    const { raw } = this.suspended;
    const read = decodeSuspendData(raw, scenario);
    if (!read.ok) {
      this.hooks.unusable(raw, read.reason);
      return null;
    }
    try {
      const { speed, mode } = read.attempt;
      return { session: resumeAttempt(scenario, read.attempt), speed, mode };
    } catch (error) {
      this.hooks.unusable(raw, (error as Error).message);
      return null;
    }
  }

  /** The page is going: an unfinished attempt is suspended, to resume on the next launch. */
  leave(): void {
    if (this.finished) return;
    this.finished = true;
    this.writeAttempt();
    // A result an earlier attempt left stays until this one has its own.
    const held = RESULTS.includes(this.get('cmi.core.lesson_status'));
    this.set(
      suspendedReport(this.elapsed()).filter(([element]) => !held || element !== 'cmi.core.lesson_status'),
    );
    this.close();
  }

  private follow(): void {
    if (this.finished) return;
    const snap = this.actor.getSnapshot();
    const { session, scenario } = snap.context;
    if (!session || scenario?.manifest.id !== this.scenario) return;
    if (snap.matches('debrief') && session.ended) {
      this.finished = true;
      this.writeAttempt();
      this.set(finishedReport(scoreSession(scenario.manifest, session.log), this.mastery, this.elapsed()));
      this.close();
      return;
    }
    if (!snap.matches('live')) return;
    // Started: incomplete, unless the LMS already holds a result of an earlier attempt, which stays
    // until this one has a result of its own.
    if (
      this.inputsWritten === -1 &&
      ['', 'not attempted', 'browsed'].includes(this.get('cmi.core.lesson_status'))
    )
      this.set([['cmi.core.lesson_status', 'incomplete']]);
    if (this.writeAttempt() && performance.now() - this.lastCommit > COMMIT_EVERY_MS) {
      this.lastCommit = performance.now();
      this.call(() => this.api.LMSCommit(''));
    }
  }

  /**
   * Writes the attempt to `cmi.suspend_data` when the player did something new or the clock moved
   * on a few simulated seconds (a page killed outright resumes close to where it was); true if it wrote.
   */
  private writeAttempt(): boolean {
    const snap = this.actor.getSnapshot();
    const { session, scenario, speed, mode } = snap.context;
    if (!session || !scenario) return false;
    const inputs = playerInputs(session.log);
    const moved = Math.abs(session.now - this.clockWritten) >= CLOCK_STEP;
    if (inputs.length === this.inputsWritten && !moved && !this.finished) return false;
    this.inputsWritten = inputs.length;
    this.clockWritten = session.now;
    const attempt = suspendedAttempt(this.scenario, session, speed, mode, inputs);
    const text = encodeSuspendData(attempt, scenario);
    if (text.length <= SUSPEND_DATA_LIMIT) {
      this.set([['cmi.suspend_data', text]]);
      return true;
    }
    // Too long for the LMS: an older copy would resume the wrong moment, so none is kept there;
    // the device's own save (autosave) keeps the whole session.
    this.set([['cmi.suspend_data', '']]);
    // Told while playing; not again at the end, when there is nothing left to resume.
    if (!this.tooLargeTold && !this.finished) {
      this.tooLargeTold = true;
      this.hooks.tooLarge();
    }
    return true;
  }

  private close(): void {
    this.call(() => this.api.LMSCommit(''));
    this.call(() => this.api.LMSFinish(''));
  }

  /** An LMS may throw instead of returning its error code: the game plays on either way. */
  private call(run: () => unknown): void {
    try {
      run();
    } catch {
      // nothing more to do: the LMS keeps what it accepted
    }
  }

  private elapsed(): number {
    return performance.now() - this.started;
  }

  private get(element: string): string {
    try {
      return String(this.api.LMSGetValue(element) ?? '');
    } catch {
      return '';
    }
  }

  private set(values: ScormValues): void {
    for (const [element, value] of values) this.call(() => this.api.LMSSetValue(element, value));
  }
}

/** Opens the SCORM 1.2 session for this launch, or null when no LMS offers the API. */
export function connectScorm(
  win: ApiWindow & Pick<Window, 'addEventListener'>,
  scenario: string,
  actor: Actor<typeof sessionMachine>,
  hooks: ScormHooks,
): ScormSession | null {
  const api = findScormApi(win);
  if (!api) return null;
  try {
    if (String(api.LMSInitialize('')) !== 'true') return null;
  } catch {
    return null;
  }
  const scorm = new ScormSession(api, scenario, actor, hooks);
  win.addEventListener('pagehide', () => scorm.leave());
  return scorm;
}
