import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import { scoreSession } from '../scoring/score';
import type { Score } from '../scoring/score.schema';
import { type ScoreSummary, summarizeScores } from '../scoring/summary';
import { playHeadless } from '../sim/headless';
import type { Policy } from '../sim/policy';
import { runParallel } from './parallel-runs';
import { playBatch } from './play-batch';

export interface SessionReport {
  scenario: string;
  lang: Lang;
  seed: number;
  policy: string;
  events: unknown[];
  ended: boolean;
  ending: string | null;
  score: SessionScore;
}

/** The score as the CLI prints it: the version stays in results files, not in this report. */
export type SessionScore = Omit<Score, 'version'>;

export interface RunsReport {
  scenario: string;
  lang: Lang;
  policy: string;
  runs: number;
  playthroughsPerSecond: number;
  endings: Record<string, number>;
  score: { overall: ScoreSummary['overall']; principles: Partial<ScoreSummary['principles']> };
}

export function runOne(scenario: CompiledScenario, lang: Lang, seed: number, policy: Policy): SessionReport {
  const s = playHeadless(scenario, lang, seed, policy);
  const { version: _version, ...score } = scoreSession(scenario.manifest, s.log);
  return {
    scenario: scenario.manifest.id,
    lang,
    seed,
    policy: policy.name,
    events: s.log,
    ended: s.ended,
    ending: s.ending,
    score,
  };
}

export function runMany(
  scenario: CompiledScenario,
  lang: Lang,
  seed: number,
  runs: number,
  policy: Policy,
  onProgress?: (done: number) => void,
): RunsReport {
  const started = performance.now();
  const batch = playBatch(
    scenario,
    lang,
    policy,
    { first: seed, stride: 1, more: (k) => k < runs },
    true,
    onProgress,
  );
  const seconds = (performance.now() - started) / 1000;
  return runsReport(
    scenario,
    lang,
    policy.name,
    runs,
    seconds,
    batch.endings,
    batch.scores.map(([, s]) => s),
  );
}

/** The same batch played on `workers` threads: the same report, in less wall time. */
export async function runManyParallel(
  scenario: CompiledScenario,
  lang: Lang,
  seed: number,
  runs: number,
  policy: Policy,
  workers: number,
): Promise<RunsReport> {
  const result = await runParallel(workers, {
    scenario,
    lang,
    policy: policy.name,
    first: seed,
    count: runs,
    score: true,
  });
  return runsReport(scenario, lang, policy.name, runs, result.seconds, result.endings, result.scores);
}

function runsReport(
  scenario: CompiledScenario,
  lang: Lang,
  policy: string,
  runs: number,
  seconds: number,
  endings: Record<string, number>,
  scores: readonly Score[],
): RunsReport {
  return {
    scenario: scenario.manifest.id,
    lang,
    policy,
    runs,
    playthroughsPerSecond: Math.round((runs / Math.max(seconds, 1e-9)) * 10) / 10,
    endings,
    score: scoreOfRuns(scores),
  };
}

/** Mean, min and max overall; each principle's mean over the runs that exercised it (never exercised: left out). */
function scoreOfRuns(scores: readonly Score[]): RunsReport['score'] {
  const summary = summarizeScores(scores);
  const principles: Partial<ScoreSummary['principles']> = {};
  for (const [id, mean] of Object.entries(summary.principles) as [
    keyof ScoreSummary['principles'],
    number | null,
  ][])
    if (mean !== null) principles[id] = mean;
  return { overall: summary.overall, principles };
}
