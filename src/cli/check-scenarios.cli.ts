import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { formatDiagnostic } from '../content/diagnostic';
import { readScenarioSources } from '../content/scenario-files';
import { buildLibrary } from '../content/scenario-library';
import { loadLexicons } from '../grading/load-lexicon';
import { checkLibrary } from './checker/check-library';
import { runParallel } from './parallel-runs';

// The grader's lexicons load per language on demand (load-lexicon.ts); this tool grades in both.
await loadLexicons();

/**
 * `npm run check:scenarios`: compiles every scenario in both languages, validates sidecars and
 * tags, compares the two languages, walks every branch of every thread, plays thousands of seeded
 * sessions, and prints a table. Exits non-zero on any error, naming file, line and rule.
 */
const randomSeeds = Number(process.env.CHECK_SEEDS ?? 1000);
const policySeeds = Math.max(10, Math.round(randomSeeds / 20));

// Compiled with visit counting so knots that no play reaches can be found.
const all = buildLibrary(readScenarioSources(resolve(process.cwd(), 'scenarios')), {
  countAllVisits: true,
});
// CHECK_ONLY=<id>[,<id>…] checks some scenarios while one is being written; the library-wide rules need all.
const only = process.env.CHECK_ONLY?.split(',').filter(Boolean);
const unknown = only?.filter((id) => !all.scenarios.some((s) => s.manifest.id === id)) ?? [];
if (unknown.length) {
  console.error(`CHECK_ONLY names no scenario: ${unknown.join(', ')}`);
  process.exit(2);
}
const library = only ? { ...all, scenarios: all.scenarios.filter((s) => only.includes(s.manifest.id)) } : all;
const report = checkLibrary(library, { randomSeeds, policySeeds }, (id) =>
  process.stderr.write(`checking ${id}…\n`),
);

console.table(report.rows);
for (const [id, byPolicy] of Object.entries(report.endingsByPolicy)) {
  const parts = Object.entries(byPolicy).map(
    ([p, e]) =>
      `${p}: ${Object.entries(e)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
  );
  console.log(`${id} endings by policy — ${parts.join(' | ')}`);
}
for (const [id, w] of Object.entries(report.writing))
  console.log(
    `${id} writing — exemplary ${w.exemplary.toFixed(1)}, template pasted on every post ${w.template.toFixed(1)} (endings: ${w.templateEndings.join(', ')})`,
  );
for (const [id, byPolicy] of Object.entries(report.shortcuts))
  console.log(
    `${id} shortcuts — ${Object.entries(byPolicy)
      .map(([p, f]) => `${p} ${f.mean.toFixed(1)} (${f.endings.join(', ')})`)
      .join(' | ')}`,
  );
// CHECK_TIMED_RUNS=10000: how long that many random sessions of each scenario take on every core
// (the sessions alone, as `sim --runs N --workers <cores>` plays them).
const timedRuns = Number(process.env.CHECK_TIMED_RUNS ?? 0);
for (const scenario of timedRuns > 0 ? library.scenarios : []) {
  const cores = availableParallelism();
  const run = await runParallel(cores, {
    scenario,
    lang: 'es',
    policy: 'random',
    first: 1,
    count: timedRuns,
    score: false,
  });
  console.log(
    `${scenario.manifest.id} timed — ${run.played} random sessions on ${cores} threads in ${run.seconds.toFixed(1)} s (${Math.round(run.played / run.seconds)}/s)`,
  );
}
for (const w of report.warnings) console.log(`warning: ${formatDiagnostic(w)}`);
for (const e of report.errors) console.error(formatDiagnostic(e));
if (library.broken.length > 0) console.error(`broken scenarios: ${library.broken.join(', ')}`);
const failed = report.errors.length > 0;
console.log(
  failed
    ? `scenario check FAILED: ${report.errors.length} error(s)`
    : `scenario check passed: ${report.rows.length} scenario(s)`,
);
process.exit(failed ? 1 : 0);
