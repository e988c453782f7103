import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicons } from '../grading/load-lexicon';
import { playHeadless } from '../sim/headless';
import { POLICIES } from '../sim/policies';
import type { WorkerDone, WorkerJob } from './parallel-runs';
import { playBatch } from './play-batch';

// The grader's lexicons load per language on demand (load-lexicon.ts); this tool grades in both.
await loadLexicons();

/**
 * One worker of a parallel batch: plays the seeds `first + k·stride`, for `count` seeds or for
 * `seconds` of wall time, once the parent says go (so start-up stays out of the measured time).
 */
const job = workerData as WorkerJob;
const policy = POLICIES[job.policy];
if (!policy) throw new Error(`unknown policy "${job.policy}"`);

parentPort?.once('message', () => {
  const started = performance.now();
  const more = (k: number): boolean =>
    (job.count === undefined || k < job.count) &&
    (job.seconds === undefined || performance.now() - started < job.seconds * 1000);
  const batch = playBatch(
    job.scenario,
    job.lang,
    policy,
    { first: job.first, stride: job.stride, more },
    job.score,
  );
  const done: WorkerDone = { ...batch, seconds: (performance.now() - started) / 1000 };
  parentPort?.postMessage(done);
});
// Warm the JIT on seeds outside the batch (their results are dropped), as a long batch would be.
for (let i = 1; i <= (job.warmUp ?? 0); i++) playHeadless(job.scenario, job.lang, -i, policy);
parentPort?.postMessage('ready');
