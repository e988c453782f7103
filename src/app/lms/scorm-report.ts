import { PRINCIPLE_IDS } from '../../content/principle';
import type { Score } from '../../scoring/score.schema';

/**
 * What the game tells a SCORM 1.2 LMS, as the data-model elements and values to set, in order:
 * pure, so the mapping is tested without an LMS. The score is the one scoring built from the log
 * (the same as the debrief's and the results file's), never worked out again here.
 */
export type ScormValues = ReadonlyArray<readonly [element: string, value: string]>;

/** The pass mark when the LMS gives none (the package's `adlcp:masteryscore` default). */
export const DEFAULT_MASTERY = 70;

/** `cmi.student_data.mastery_score` as the LMS gives it: 0–100, or empty when the package sets none. */
export function masteryOf(value: string | null | undefined): number {
  const text = (value ?? '').trim();
  if (!/^\d{1,3}(\.\d+)?$/.test(text)) return DEFAULT_MASTERY;
  const n = Number(text);
  return n <= 100 ? n : DEFAULT_MASTERY;
}

/** A CMITimespan, HHHH:MM:SS.SS, from milliseconds. */
export function cmiTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 scores are CMIDecimal 0–100: whole numbers read best in an LMS's gradebook. */
const raw = (score: number): string => String(Math.round(score));

/** The report of a finished session: status against the pass mark, score, time, one objective per principle. */
export function finishedReport(score: Score, mastery: number, elapsedMs: number): ScormValues {
  const values: Array<readonly [string, string]> = [];
  const overall = score.overall;
  values.push([
    'cmi.core.lesson_status',
    overall === null ? 'completed' : Math.round(overall) >= mastery ? 'passed' : 'failed',
  ]);
  if (overall !== null) {
    values.push(
      ['cmi.core.score.raw', raw(overall)],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    );
  }
  values.push(['cmi.core.session_time', cmiTimespan(elapsedMs)], ['cmi.core.exit', '']);
  PRINCIPLE_IDS.forEach((id, n) => {
    const principle = score.principles[id]?.score ?? null;
    values.push([`cmi.objectives.${n}.id`, id]);
    if (principle === null) {
      values.push([`cmi.objectives.${n}.status`, 'not attempted']);
      return;
    }
    values.push(
      [`cmi.objectives.${n}.score.raw`, raw(principle)],
      [`cmi.objectives.${n}.score.min`, '0'],
      [`cmi.objectives.${n}.score.max`, '100'],
      [`cmi.objectives.${n}.status`, Math.round(principle) >= mastery ? 'passed' : 'failed'],
    );
  });
  return values;
}

/** The report of a session left unfinished: incomplete, the time spent, suspended to resume. */
export function suspendedReport(elapsedMs: number): ScormValues {
  return [
    ['cmi.core.lesson_status', 'incomplete'],
    ['cmi.core.session_time', cmiTimespan(elapsedMs)],
    ['cmi.core.exit', 'suspend'],
  ];
}
