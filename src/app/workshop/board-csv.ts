import type { Lang } from '../../content/scenario.schema';
import { type ResultsCsvRow, resultsCsv } from '../../debrief/results-csv';
import { tw } from '../i18n/workshop-i18n';
import type { Comparison, Rejection } from './compare-results';
import { teamOf } from './results-file';
import type { Examined } from './verify-results';

/**
 * The board's results as CSV, for HR: one row per file loaded, in the order loaded, with a status
 * column saying what the board made of it. Scores are filled only where the board's own replay
 * checked the whole file (the score recomputed from its log, never the one it claims): a forged
 * file, one of another version, or one that could not be checked keeps its row, with empty scores.
 * Results files carry no date, so the date column stays empty.
 */

/** What the board made of a file, as a column HR can filter on. */
export const BOARD_STATUSES = [
  'verified',
  'forged',
  'other_version',
  'other_session',
  'duplicate_team',
  'unverified',
  'unreadable',
] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export function statusOf(rejection: Rejection | null): BoardStatus {
  if (!rejection) return 'verified';
  switch (rejection.code) {
    case 'forged':
    case 'other_version':
    case 'duplicate_team':
    case 'unverified':
      return rejection.code;
    case 'other_scenario':
    case 'other_seed':
      return 'other_session';
    default:
      return 'unreadable';
  }
}

export interface BoardCsvInput {
  /** The files as the board examined them, in the order loaded. */
  readonly examined: readonly Examined[];
  /** What `compareExamined` made of the same files. */
  readonly comparison: Comparison;
  readonly lang: Lang;
  /** A scenario's title in `lang`, or '' when this build has none of that id. */
  readonly title: (scenario: string) => string;
  /** A rejection worded for the facilitator, as the board shows it. */
  readonly reason: (rejection: Rejection) => string;
}

/**
 * Every examined file ends either on the board or among the rejected, in file order: walking both
 * lists side by side pairs each file with its fate, even when two files share a name.
 */
export function boardCsvRows({ examined, comparison, lang, title, reason }: BoardCsvInput): ResultsCsvRow[] {
  const onBoard = new Set(comparison.teams.map((t) => t.results));
  let next = 0;
  return examined.map((item): ResultsCsvRow => {
    const rejection = item.ok && onBoard.has(item.results) ? null : (comparison.rejected[next++] ?? null);
    const status = statusOf(rejection);
    const file = item.ok ? item.file : item.rejection.file;
    const extra = [file, tw(lang, `board.csv.status.${status}`), rejection ? reason(rejection) : ''];
    if (!item.ok) return { date: null, scenario: '', title: '', mode: null, team: '', score: null, extra };
    const { results, verdict } = item;
    return {
      date: null,
      scenario: results.scenario,
      title: title(results.scenario),
      mode: results.mode,
      team: teamOf(results, file),
      score: verdict.ok ? verdict.score : null,
      extra,
    };
  });
}

/** The CSV text of the board, headed in `lang`. */
export function boardCsv(input: BoardCsvInput): string {
  const headers = ['file', 'status', 'reason'] as const;
  return resultsCsv(
    boardCsvRows(input),
    input.lang,
    headers.map((h) => tw(input.lang, `board.csv.${h}`)),
  );
}
