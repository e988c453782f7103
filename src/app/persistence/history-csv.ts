import type { Lang } from '../../content/scenario.schema';
import { type ResultsCsvRow, resultsCsv } from '../../debrief/results-csv';
import type { History } from './history.schema';

/**
 * The device's history as CSV, for HR: one row per finished attempt, oldest first as the history
 * keeps them. The score is the one the attempt was scored with when it finished on this device.
 */
export function historyCsvRows(history: History, title: (scenario: string) => string): ResultsCsvRow[] {
  return history.attempts.map((a) => ({
    date: a.finishedAt,
    scenario: a.results.scenario,
    title: title(a.results.scenario),
    mode: a.mode,
    team: a.team ?? a.results.team ?? '',
    score: a.results.score,
  }));
}

export const historyCsv = (history: History, lang: Lang, title: (scenario: string) => string): string =>
  resultsCsv(historyCsvRows(history, title), lang);
