import type { CompiledScenario } from '../content/compiled-scenario';
import { PRINCIPLE_IDS, type PrincipleId } from '../content/principle';
import { scoreSession } from '../scoring/score';
import type { Score } from '../scoring/score.schema';
import { summarizeScores } from '../scoring/summary';
import { playHeadless } from '../sim/headless';
import type { Policy } from '../sim/policy';

/**
 * Calibration: every scenario played by every built-in policy over many seeds, scored. The
 * policies span the range from neglect to the textbook, so the table shows whether the rules rank
 * them as the principles would. Seeds alternate the two languages, which must score alike.
 */
export interface CalibrationRow {
  scenario: string;
  policy: string;
  runs: number;
  overall: { mean: number | null; min: number | null; max: number | null };
  principles: Record<PrincipleId, number | null>;
}

export function calibrate(
  scenarios: readonly CompiledScenario[],
  policies: readonly Policy[],
  seeds: number,
  firstSeed = 1,
  onProgress?: (done: number, total: number) => void,
): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  const total = scenarios.length * policies.length * seeds;
  let done = 0;
  for (const scenario of scenarios) {
    for (const policy of policies) {
      const scores: Score[] = [];
      for (let i = 0; i < seeds; i++) {
        const seed = firstSeed + i;
        const session = playHeadless(scenario, seed % 2 ? 'en' : 'es', seed, policy);
        scores.push(scoreSession(scenario.manifest, session.log));
        onProgress?.(++done, total);
      }
      const summary = summarizeScores(scores);
      rows.push({ scenario: scenario.manifest.id, policy: policy.name, runs: seeds, ...summary });
    }
  }
  return rows;
}

/** Short column heads, in the order of PRINCIPLES.md. */
const HEADS: Readonly<Record<PrincipleId, string>> = {
  empathy: 'empat',
  transparency: 'trans',
  no_deletion: 'nodel',
  follow_up: 'follw',
  timeliness: 'time',
  composure: 'compo',
  escalation: 'escal',
  troll_discernment: 'troll',
  private_channel: 'priv',
  acknowledge_positive: 'ackpo',
  redress: 'redrs',
  humility: 'humil',
  no_competitor_bashing: 'nocmp',
  consistency: 'consi',
  learning: 'learn',
};

export function formatCalibration(rows: readonly CalibrationRow[]): string {
  const cell = (v: number | null) => (v === null ? '—' : v.toFixed(0)).padStart(6);
  const head = `${'scenario'.padEnd(16)}${'policy'.padEnd(11)}${'overall'.padStart(8)}${PRINCIPLE_IDS.map((id) => HEADS[id].padStart(6)).join('')}`;
  const lines = rows.map(
    (r) =>
      `${r.scenario.padEnd(16)}${r.policy.padEnd(11)}${cell(r.overall.mean).padStart(8)}${PRINCIPLE_IDS.map((id) => cell(r.principles[id])).join('')}`,
  );
  const legend = PRINCIPLE_IDS.map((id) => `${HEADS[id]}=${id}`).join(' ');
  const runs = rows[0]?.runs ?? 0;
  return `${head}\n${lines.join('\n')}\n\nmean scores over ${runs} seeds per row; — = never exercised\n${legend}\n`;
}
