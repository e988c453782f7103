import { readFileSync, statSync } from 'node:fs';
import { MAX_RESULTS_FILE_BYTES, readResultsFile, reject, tooLarge } from '../app/workshop/results-file';
import { verifyResults } from '../app/workshop/verify-results';
import { PRINCIPLE_IDS } from '../content/principle';
import { findScenario, type ScenarioLibrary } from '../content/scenario-library';
import { scoringText } from '../scoring/i18n';
import type { Score } from '../scoring/score.schema';

/**
 * `sim --verify FILE`: a facilitator's check of one results file, the same the board makes. The
 * exit code says what the file is, for scripts; the text says it for people.
 */
export const VERIFY_EXIT = { verified: 0, forged: 1, unreadable: 2, otherVersion: 3 } as const;

export interface VerifyOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The recomputed score, overall and principle by principle, with the principles' English names. */
export function formatScore(score: Score): string {
  const words = scoringText('en');
  const rows = PRINCIPLE_IDS.map((id) => {
    const s = score.principles[id]?.score ?? null;
    return [id, words.principle[id].name, s === null ? 'not exercised' : String(Math.round(s))] as const;
  });
  const idWidth = Math.max(...rows.map((r) => r[0].length));
  const nameWidth = Math.max(...rows.map((r) => r[1].length));
  const overall = score.overall === null ? 'not rated' : String(Math.round(score.overall));
  return [
    `overall ${overall} (${words.band[score.band].name})`,
    ...rows.map(([id, name, s]) => `  ${id.padEnd(idWidth)}  ${name.padEnd(nameWidth)}  ${s}`),
    '',
  ].join('\n');
}

function readText(path: string): { text: string } | { problem: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_RESULTS_FILE_BYTES) return { problem: tooLarge(path, size).message };
    return { text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: `cannot read the file${code ? ` (${code})` : ''}` };
  }
}

/** Checks one results file against the library's scenarios; returns the exit code. */
export function verifyFile(path: string, library: ScenarioLibrary, io: VerifyOutput): number {
  const unreadable = (problem: string) => {
    io.err(`sim: ${path}: ${problem}\n`);
    return VERIFY_EXIT.unreadable;
  };
  const file = readText(path);
  if ('problem' in file) return unreadable(file.problem);
  const read = readResultsFile({ name: path, text: file.text });
  if (!read.ok) {
    if (read.rejection.code !== 'newer_version') return unreadable(read.rejection.message);
    io.err(`sim: ${path}: ${read.rejection.message}\n`);
    return VERIFY_EXIT.otherVersion;
  }
  const results = read.results;
  const verdict = verifyResults(results, findScenario(library, results.scenario));
  const about = [
    results.team ? `team "${results.team}"` : null,
    `scenario ${results.scenario}`,
    `seed ${results.seed}`,
    results.lang,
  ]
    .filter(Boolean)
    .join(', ');
  if (verdict.ok) {
    io.out(`verified: ${about}\n${formatScore(verdict.score)}`);
    return VERIFY_EXIT.verified;
  }
  const message = reject(path, verdict.reason, verdict.vars).message;
  if (verdict.reason.startsWith('other_version')) {
    io.err(`sim: ${path}: ${message}\n`);
    return VERIFY_EXIT.otherVersion;
  }
  if (verdict.reason === 'unverified') return unreadable(message);
  const claimed = results.score.overall === null ? 'not rated' : String(Math.round(results.score.overall));
  io.err(`sim: ${path}: ${message}\n`);
  io.out(
    verdict.recomputed
      ? `FORGED: ${about}; the file claims overall ${claimed}, its log scores:\n${formatScore(verdict.recomputed)}`
      : `FORGED: ${about}; the file claims overall ${claimed}, and its log cannot be scored\n`,
  );
  return VERIFY_EXIT.forged;
}
