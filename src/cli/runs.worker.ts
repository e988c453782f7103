import { parentPort, workerData } from 'node:worker_threads';
import { scoreSession } from '../scoring/score';
import type { Score } from '../scoring/score.schema';
import { playHeadless } from '../sim/headless';
import { POLICIES } from '../sim/policies';
import type { WorkerDone, WorkerJob } from './parallel-runs';

/**
 * One worker of a parallel batch: plays the seeds `first + k·stride`, for `count` seeds or for
 * `seconds` of wall time, once the parent says go (so start-up stays out of the measured time).
 */
const job = workerData as WorkerJob;
const policy = POLICIES[job.policy];
if (!policy) throw new Error(`unknown policy "${job.policy}"`);

parentPort?.once('message', () => {
  const endings: Record<string, number> = {};
  const scores: [number, Score][] = [];
  const started = performance.now();
  let played = 0;
  for (let k = 0; ; k++) {
    if (job.count !== undefined && k >= job.count) break;
    if (job.seconds !== undefined && performance.now() - started >= job.seconds * 1000) break;
    const seed = job.first + k * job.stride;
    const session = playHeadless(job.scenario, job.lang, seed, policy);
    const id = session.ending ?? '(none)';
    endings[id] = (endings[id] ?? 0) + 1;
    if (job.score) scores.push([seed, scoreSession(job.scenario.manifest, session.log)]);
    played++;
  }
  const done: WorkerDone = { played, endings, scores, seconds: (performance.now() - started) / 1000 };
  parentPort?.postMessage(done);
});
// Warm the JIT on seeds outside the batch (their results are dropped), as a long batch would be.
for (let i = 1; i <= (job.warmUp ?? 0); i++) playHeadless(job.scenario, job.lang, -i, policy);
parentPort?.postMessage('ready');
