import { PRINCIPLE_IDS } from '../content/principle';
import type { Lang } from '../content/scenario.schema';
import { scoringText } from '../scoring/i18n';
import type { Score } from '../scoring/score.schema';
import { debriefText } from './i18n';
import type { Mode } from './results';

/**
 * Results as a spreadsheet for HR: one row per attempt, one column per principle. RFC 4180 CSV,
 * every field quoted, CRLF line ends, and a UTF-8 byte order mark so that Excel reads accents as
 * UTF-8 rather than the system code page. Pure: the caller downloads the text.
 */

/** One attempt, as its caller knows it. */
export interface ResultsCsvRow {
  /** When the attempt finished, ISO 8601; null when it is not known. */
  readonly date: string | null;
  /** Empty when the file could not be read. */
  readonly scenario: string;
  /** The scenario's title in the player's language; empty when this build has no such scenario. */
  readonly title: string;
  /** Null when not known (a file that could not be read). */
  readonly mode: Mode | null;
  /** The team that played; empty when none. */
  readonly team: string;
  /** The score to show; null when there is none to trust (the columns stay empty). */
  readonly score: Score | null;
  /** Values of the caller's own columns, after the principles (as many as `extraHeaders`). */
  readonly extra?: readonly string[];
}

export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)` in a team
 * name typed by a player): a leading apostrophe makes it plain text in Excel, LibreOffice and
 * Google Sheets (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised and quoted: inner quotes doubled, commas and line breaks kept inside. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole document from its rows, header first. */
export const csvDocument = (rows: readonly (readonly string[])[]): string =>
  `${CSV_BOM}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;

const rounded = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(Math.round(value));

/** The date as ISO 8601 in UTC when it reads as a date; as given otherwise (never dropped). */
const isoDate = (date: string | null): string => {
  if (date === null) return '';
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : new Date(time).toISOString();
};

/** The header row: the fixed columns, then the principles by name, then the caller's own. */
export function resultsCsvHeader(lang: Lang, extraHeaders: readonly string[] = []): string[] {
  const words = debriefText(lang).csv;
  const names = scoringText(lang).principle;
  return [
    words.date,
    words.scenario,
    words.title,
    words.mode,
    words.team,
    words.overall,
    ...PRINCIPLE_IDS.map((id) => names[id].name),
    ...extraHeaders,
  ];
}

export function resultsCsvRow(row: ResultsCsvRow, lang: Lang, extraColumns = 0): string[] {
  const extra = Array.from({ length: extraColumns }, (_, i) => row.extra?.[i] ?? '');
  return [
    isoDate(row.date),
    row.scenario,
    row.title,
    row.mode === null ? '' : debriefText(lang).csv.modes[row.mode],
    row.team,
    rounded(row.score?.overall),
    ...PRINCIPLE_IDS.map((id) => rounded(row.score?.principles[id]?.score)),
    ...extra,
  ];
}

/** The CSV text of `rows`, headed in `lang`. */
export function resultsCsv(
  rows: readonly ResultsCsvRow[],
  lang: Lang,
  extraHeaders: readonly string[] = [],
): string {
  return csvDocument([
    resultsCsvHeader(lang, extraHeaders),
    ...rows.map((row) => resultsCsvRow(row, lang, extraHeaders.length)),
  ]);
}
