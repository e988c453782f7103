import { canonicalJson } from '../../content/canonical-json';
import type { CompiledScenario } from '../../content/compiled-scenario';
import { scenarioHash } from '../../content/scenario-hash';
import { buildDebrief } from '../../debrief/build-debrief';
import type { Debrief } from '../../debrief/debrief.schema';
import { RESULTS_VERSION, type Results } from '../../debrief/results.schema';
import { GRADER_VERSION, LexiconNotLoaded } from '../../grading';
import { scoreSession } from '../../scoring/score';
import type { Score } from '../../scoring/score.schema';
import { SCORING_VERSION } from '../../scoring/scoring-version';
import type { SessionEvent } from '../../sim/event';
import { replayLog, unreadWritten } from '../../sim/replay';
import type { ReadFile, Rejection, RejectionReason } from './results-file';

/**
 * A results file is believed only once its session is rebuilt: the scenario and seed it names,
 * its player's actions at their logged times, through the engine. The rebuilt log must be the
 * file's log, and the file's score and debrief must be those of that log; the score shown is the
 * one recomputed here, never the one the file claims. A file scored by other rules or played on
 * another version of the scenario cannot be checked this way, and is said to be from another
 * version rather than forged. A language whose lexicon did not load leaves a file unchecked, never
 * forged: a verdict of forgery never rests on the grader being absent.
 */

export type Verdict =
  | { readonly ok: true; readonly score: Score; readonly debrief: Debrief }
  | {
      readonly ok: false;
      readonly reason: RejectionReason;
      readonly vars: Record<string, string | number>;
      /** The score of the replayed log, when the log held and the file's score or debrief did not. */
      readonly recomputed?: Score;
    };

/** The scenario a file names, as this build has it (undefined when it has none of that id). */
export type ScenarioLookup = (id: string) => CompiledScenario | undefined;

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** The time of the first event where two logs part (or where the shorter one ends). */
function firstDifference(file: readonly SessionEvent[], rebuilt: readonly SessionEvent[]): number {
  const n = Math.max(file.length, rebuilt.length);
  for (let i = 0; i < n; i++) {
    const a = file[i];
    const b = rebuilt[i];
    if (!a || !b || !same(a, b)) return Math.round((a ?? b)?.t ?? 0);
  }
  return 0;
}

/**
 * Written replies are read again when the file was played with this grader: a file whose logged
 * reading differs was edited (or read by a grader that claims this version and is not). A reading
 * by another grader version stands as logged: replay never re-reads history with newer rules.
 * Returns the time of the first reply that reads otherwise, or null.
 */
function misreadAt(scenario: CompiledScenario, log: readonly SessionEvent[]): number | null {
  const current = log.some((e) => e.type === 'action' && e.reply?.written?.graderVersion === GRADER_VERSION);
  if (!current) return null;
  let fresh: readonly SessionEvent[];
  try {
    fresh = replayLog(scenario, log, undefined, true).log;
  } catch (error) {
    // Not being able to read a reply says nothing of the file: the caller did not load its language.
    if (error instanceof LexiconNotLoaded) throw error;
    return 0;
  }
  for (const [i, e] of log.entries()) {
    if (e.type !== 'action' || e.reply?.written?.graderVersion !== GRADER_VERSION) continue;
    const again = fresh[i];
    if (!again || !same(again, e)) return Math.round(e.t);
  }
  return null;
}

/** Replays the file's session on `scenario` and checks every part of the file against it. */
export function verifyResults(results: Results, scenario: CompiledScenario | undefined): Verdict {
  const other = (reason: RejectionReason, vars: Record<string, string | number>): Verdict => ({
    ok: false,
    reason,
    vars,
  });
  if (results.version !== RESULTS_VERSION)
    return other('other_version.results', { found: results.version, expected: RESULTS_VERSION });
  if (results.scoringVersion !== SCORING_VERSION)
    return other('other_version.scoring', { found: results.scoringVersion, expected: SCORING_VERSION });
  if (!scenario || scenario.manifest.id !== results.scenario)
    return other('other_version.unknown_scenario', { scenario: results.scenario });
  if (results.scenarioHash !== scenarioHash(scenario))
    return other('other_version.scenario', { scenario: results.scenario });

  const log = results.log;
  // Known from the log alone, before a replay that would have to read the text (and load its lexicon).
  const unread = unreadWritten(log);
  if (unread) return other('forged.log', { t: Math.round(unread.t) });
  let rebuilt: readonly SessionEvent[];
  try {
    rebuilt = replayLog(scenario, log).log;
  } catch (error) {
    // An action the engine refuses at its logged time: the log was not played, it was written.
    const t = /\bt=([\d.]+)/.exec(error instanceof Error ? error.message : '')?.[1];
    return other('forged.log', { t: t === undefined ? 0 : Math.round(Number(t)) });
  }
  if (!same(rebuilt, log)) return other('forged.log', { t: firstDifference(log, rebuilt) });
  let misread: number | null;
  try {
    misread = misreadAt(scenario, log);
  } catch (error) {
    if (error instanceof LexiconNotLoaded) return unverified(results, error.message);
    throw error;
  }
  if (misread !== null) return other('forged.reading', { t: misread, grader: GRADER_VERSION });
  const score = scoreSession(scenario.manifest, rebuilt);
  if (!same(score, results.score)) return { ok: false, reason: 'forged.score', vars: {}, recomputed: score };
  const debrief = buildDebrief(scenario.manifest, rebuilt, score);
  if (!same(debrief, results.debrief))
    return { ok: false, reason: 'forged.debrief', vars: {}, recomputed: score };
  return { ok: true, score, debrief };
}

/** The scenario a file names exists here but did not load (the board was cut off, say): nothing was checked. */
export const unverified = (results: Results, detail: string): Verdict => ({
  ok: false,
  reason: 'unverified',
  vars: { scenario: results.scenario, detail },
});

/** One file as the board holds it: turned away already, or read and checked. */
export type Examined =
  | { readonly ok: false; readonly rejection: Rejection }
  | { readonly ok: true; readonly file: string; readonly results: Results; readonly verdict: Verdict };

/** Checks a file already read; `scenario` is the one it names, loaded by the caller. */
export function examineRead(file: string, read: ReadFile, scenario: CompiledScenario | undefined): Examined {
  if (!read.ok) return read;
  return { ok: true, file, results: read.results, verdict: verifyResults(read.results, scenario) };
}
