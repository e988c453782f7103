import { availableParallelism } from 'node:os';
import type { CompiledScenario } from '../content/compiled-scenario';
import { loadLexicons } from '../grading/load-lexicon';
import { playHeadless } from '../sim/headless';
import { exemplaryPolicy, randomPolicy } from '../sim/policies';
import { setInkMemo } from '../story/story-runner';
import { bareWalk } from './bare-walk';
import { type InkPath, recordInkPath, replayInkPath } from './ink-path';
import { loadLibrary, reportDiagnostics } from './load-library';
import { runParallel } from './parallel-runs';

// The grader's lexicons load per language on demand (load-lexicon.ts); this tool grades in both.
await loadLexicons();

/**
 * Headless playthroughs per second per scenario, next to two baselines on bare inkjs measured in the
 * same run on one thread: a random walk through the same compiled story (bare-walk.ts), and the
 * exact ink path the engine's random sessions took, replayed (ink-path.ts). The first says how much
 * ink a session runs beside a plain walk; the second what the engine adds to the ink it runs. Then
 * the random player on every core (`sim --runs n --workers n`). Prints figures; asserts nothing.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CORES = availableParallelism();
/** Recorded sessions the ink-path baseline cycles through. */
const PATHS = 200;

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
  const paths: InkPath[] = Array.from({ length: PATHS }, (_, i) =>
    recordInkPath(scenario, 'es', 20 + i, randomPolicy),
  );
  for (const path of paths.slice(0, 5)) {
    const read = replayInkPath(scenario, 'es', path);
    if (read !== path.lines)
      throw new Error(
        `${scenario.manifest.id} seed ${path.seed}: replay read ${read} lines, engine ${path.lines}`,
      );
  }
  const inkPath = rate((i) => replayInkPath(scenario, 'es', paths[i % PATHS] as InkPath));
  // The exemplary player for comparison: fewer menu uses and fewer ink branches per session.
  const exemplary = rate((i) => playHeadless(scenario, 'es', i, exemplaryPolicy));
  // Every call through ink, as if nothing were kept: about what one session on its own costs.
  setInkMemo(false);
  const noMemo = rate((i) => playHeadless(scenario, 'es', i, randomPolicy));
  setInkMemo(true);
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
    engineNoMemoPerSecond: Math.round(noMemo),
    [`allCores(${CORES})PerSecond`]: Math.round(parallel.played / parallel.seconds),
    exemplaryPerSecond: Math.round(exemplary),
    bareInkWalkPerSecond: Math.round(bare),
    overhead: Math.round((bare / engine) * 100) / 100,
    inkPathPerSecond: Math.round(inkPath),
    overOwnInk: Math.round((inkPath / engine) * 100) / 100,
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
  `enginePerSecond, allCores and overhead are for the random policy; enginePerSecond, the bare walk and the ink path use one thread, allCores uses ${CORES} worker threads. ` +
    'overhead = bare walk rate / engine rate; overOwnInk = ink-path replay rate / engine rate (the engine beside the very ink calls it made). ' +
    'The engine keeps what ink calls gave and did, for every later session of the run that makes the same call from the same state (the ink memo, warm after a few hundred sessions); engineNoMemoPerSecond runs every call through ink. ' +
    'Targets: at least 300 playthroughs/s per scenario on one thread; overhead at most 1.5×',
);
