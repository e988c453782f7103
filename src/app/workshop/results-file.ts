import {
  MAX_TEAM_NAME,
  parseResults,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type Results,
} from '../../debrief/results';

/**
 * Reading one results file for the facilitator's board, and why a file is turned away. Every
 * reason has a code (the board words it in its own language from the code and its details) and an
 * English message for logs, tests and the command line.
 */

/**
 * A real results file, as the debrief writes it (indented JSON), weighs 100–460 KB (every scenario,
 * policy and language played headless); four times the largest is still a results file.
 */
export const MAX_RESULTS_FILE_BYTES = 2 * 1024 * 1024;
/** Files the board reads at most (a workshop has at most 30 teams). */
export const MAX_BOARD_FILES = 100;

/** A file as read from disk (its text), or already parsed JSON. */
export type ResultsFileInput =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly json: unknown };

const MESSAGES = {
  too_large: 'a file of {size} bytes, larger than a results file can be ({max} bytes)',
  invalid_json: 'not valid JSON ({detail})',
  not_results: 'not a Cortafuegos results file',
  newer_version: 'results file of version {found}, newer than this board reads ({expected})',
  long_team: 'the team name has {length} characters, more than a team may have ({max})',
  damaged: 'damaged results file: {detail}',
  other_scenario: 'from scenario "{found}", not this session\'s "{expected}"',
  other_seed: "played with seed {found}, not this session's seed {expected}",
  'other_version.results':
    'from another version of the game: results file version {found}, this board checks version {expected}',
  'other_version.scoring':
    'from another version of the game: scoring version {found}, this board scores with version {expected}',
  'other_version.scenario':
    'from another version of the game: scenario "{scenario}" has changed since this file was played',
  'other_version.unknown_scenario': 'from another version of the game: this one has no scenario "{scenario}"',
  unverified: 'could not be checked: scenario "{scenario}" did not load ({detail})',
  'forged.log': 'forged or tampered: its log does not replay as recorded (from {t} s of the session)',
  'forged.reading':
    'forged or tampered: a written reply at {t} s is not read as its log says by this grader (version {grader})',
  'forged.score': 'forged or tampered: its score is not the score of its log',
  'forged.debrief': 'forged or tampered: its debrief is not the debrief of its log',
  duplicate_team: 'team "{team}" is already on the board (from {other})',
} as const;

/** Why a file is turned away, down to the part that gave it away ("forged.score"). */
export type RejectionReason = keyof typeof MESSAGES;
type CodeOf<R> = R extends `${infer C}.${string}` ? C : R;
/** The kind of rejection: `forged` and `other_version` each gather several reasons. */
export type RejectionCode = CodeOf<RejectionReason>;

export interface Rejection {
  readonly file: string;
  readonly code: RejectionCode;
  readonly reason: RejectionReason;
  /** The details a message needs: what was expected, what was found, which team, which field. */
  readonly vars: Readonly<Record<string, string | number>>;
  /** The reason, in English, for logs and tests; the board words it in its own language. */
  readonly message: string;
}

const fill = (text: string, vars: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

export const reject = (
  file: string,
  reason: RejectionReason,
  vars: Record<string, string | number> = {},
): Rejection => ({
  file,
  code: reason.split('.')[0] as RejectionCode,
  reason,
  vars,
  message: fill(MESSAGES[reason], vars),
});

/** A file too large to be a results file, turned away before its text is read. */
export const tooLarge = (file: string, size: number): Rejection =>
  reject(file, 'too_large', { size, max: MAX_RESULTS_FILE_BYTES });

/** A detail quoted from a parser stays one short line, whatever the file held. */
const clip = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export type ReadFile = { ok: true; results: Results } | { ok: false; rejection: Rejection };

/** Parses and validates one file; the checks that need no other file and no engine. */
export function readResultsFile(input: ResultsFileInput): ReadFile {
  const fail = (reason: RejectionReason, vars: Record<string, string | number> = {}): ReadFile => ({
    ok: false,
    rejection: reject(input.name, reason, vars),
  });
  let json: unknown;
  if ('text' in input) {
    // Characters, not bytes: never more than the bytes, so this only catches what File.size missed.
    if (input.text.length > MAX_RESULTS_FILE_BYTES)
      return fail('too_large', { size: input.text.length, max: MAX_RESULTS_FILE_BYTES });
    try {
      json = JSON.parse(input.text);
    } catch (error) {
      return fail('invalid_json', { detail: clip(error instanceof Error ? error.message : String(error)) });
    }
  } else json = input.json;
  if (!isObject(json) || json.format !== RESULTS_FORMAT) return fail('not_results');
  if (typeof json.version === 'number' && json.version > RESULTS_VERSION)
    return fail('newer_version', { found: json.version, expected: RESULTS_VERSION });
  // Said before the schema speaks, and without quoting a name that may be megabytes long.
  if (typeof json.team === 'string' && json.team.length > MAX_TEAM_NAME)
    return fail('long_team', { length: json.team.length, max: MAX_TEAM_NAME });
  try {
    return { ok: true, results: parseResults(json) };
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    const detail = issue
      ? `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`
      : error instanceof Error
        ? error.message
        : String(error);
    return fail('damaged', { detail: clip(detail) });
  }
}

/** A file's name without its extension: the team's name when the file does not carry one. */
export const baseName = (name: string): string => {
  const last = name.split(/[\\/]/).pop() ?? name;
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
};

/** The team that played: the file's own `team` when it has one, else the file's name. */
export const teamOf = (results: Results, file: string): string => {
  const team = results.team?.trim();
  return team ? team : baseName(file).trim() || file;
};
