import { availableParallelism } from 'node:os';
import type { CompiledScenario } from '../content/compiled-scenario';
import { playHeadless } from '../sim/headless';
import { exemplaryPolicy, randomPolicy } from '../sim/policies';
import { bareWalk } from './bare-walk';
import { loadLibrary, reportDiagnostics } from './load-library';
import { runParallel } from './parallel-runs';

/**
 * Headless playthroughs per second per scenario, next to a bare inkjs random walk through the same
 * compiled story measured in the same run: one thread for both (the overhead compares like with
 * like), then the random player on every core (`sim --runs n --workers n`). Prints figures; asserts
 * nothing.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CORES = availableParallelism();

function rate(run: (i: number) => void): number {
  for (let i = 0; i < 20; i++) run(i); // warm-up
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < SECONDS * 1000) run(20 + n++);
  return n / ((performance.now() - start) / 1000);
}

async function bench(scenario: CompiledScenario) {
  const bare = rate((i) => bareWalk(scenario, 'es', i));
  let events = 0;
  let runs = 0;
  const engine = rate((i) => {
    events += playHeadless(scenario, 'es', i, randomPolicy).log.length;
    runs++;
  });
  // The exemplary player for comparison: fewer menu uses and fewer ink branches per session.
  const exemplary = rate((i) => playHeadless(scenario, 'es', i, exemplaryPolicy));
  const parallel = await runParallel(CORES, {
    scenario,
    lang: 'es',
    policy: 'random',
    first: 20,
    seconds: SECONDS,
    score: false,
    warmUp: 20,
  });
  return {
    scenario: scenario.manifest.id,
    enginePerSecond: Math.round(engine),
    [`allCores(${CORES})PerSecond`]: Math.round(parallel.played / parallel.seconds),
    exemplaryPerSecond: Math.round(exemplary),
    bareInkWalkPerSecond: Math.round(bare),
    overhead: Math.round((bare / engine) * 100) / 100,
    meanEvents: Math.round(events / runs),
  };
}

const library = loadLibrary();
reportDiagnostics(library);
const rows = [];
for (const s of library.scenarios) {
  process.stderr.write(`benchmarking ${s.manifest.id}…\n`);
  rows.push(await bench(s));
}
console.table(rows);
console.log(
  `enginePerSecond, allCores and overhead are for the random policy; enginePerSecond and the bare walk use one thread, allCores uses ${CORES} worker threads. ` +
    'Targets: at least 300 playthroughs/s per scenario on a 2-core machine; overhead (bare walk rate / engine rate) at most 3×',
);
