import type { CompiledScenario } from '../content/compiled-scenario';
import { playHeadless } from '../sim/headless';
import { exemplaryPolicy, randomPolicy } from '../sim/policies';
import { bareWalk } from './bare-walk';
import { loadLibrary, reportDiagnostics } from './load-library';

/**
 * Headless playthroughs per second per scenario, next to a bare inkjs random walk through the same
 * compiled story measured in the same run. Prints figures; asserts nothing.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

function rate(run: (i: number) => void): number {
  for (let i = 0; i < 20; i++) run(i); // warm-up
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < SECONDS * 1000) run(20 + n++);
  return n / ((performance.now() - start) / 1000);
}

function bench(scenario: CompiledScenario) {
  const bare = rate((i) => bareWalk(scenario, 'es', i));
  let events = 0;
  let runs = 0;
  const engine = rate((i) => {
    events += playHeadless(scenario, 'es', i, randomPolicy).log.length;
    runs++;
  });
  // The exemplary player for comparison: fewer menu uses and fewer ink branches per session.
  const exemplary = rate((i) => playHeadless(scenario, 'es', i, exemplaryPolicy));
  return {
    scenario: scenario.manifest.id,
    enginePerSecond: Math.round(engine),
    exemplaryPerSecond: Math.round(exemplary),
    bareInkWalkPerSecond: Math.round(bare),
    overhead: Math.round((bare / engine) * 100) / 100,
    meanEvents: Math.round(events / runs),
  };
}

const library = loadLibrary();
reportDiagnostics(library);
const rows = library.scenarios.map((s) => {
  process.stderr.write(`benchmarking ${s.manifest.id}…\n`);
  return bench(s);
});
console.table(rows);
console.log(
  'enginePerSecond and overhead are for the random policy. Targets: at least 300 playthroughs/s per scenario; overhead (bare walk rate / engine rate) at most 3×',
);
