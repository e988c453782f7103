import { Worker } from 'node:worker_threads';
import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import type { Score } from '../scoring/score.schema';
import type { Batch } from './play-batch';

/** What a worker of a parallel batch plays (see runs.worker.ts). */
export interface WorkerJob {
  readonly scenario: CompiledScenario;
  readonly lang: Lang;
  readonly policy: string;
  readonly first: number;
  readonly stride: number;
  readonly count?: number;
  readonly seconds?: number;
  readonly score: boolean;
  /** Sessions played before the batch starts, to measure steady speed; not part of the results. */
  readonly warmUp?: number;
}

export interface WorkerDone extends Batch {
  readonly seconds: number;
}

export interface ParallelResult {
  readonly played: number;
  readonly endings: Record<string, number>;
  /** Scores in seed order, as a sequential batch would list them. */
  readonly scores: Score[];
  readonly seconds: number;
}

/**
 * Plays a batch of seeded sessions on several worker threads, one per core: seed `first + i` goes
 * to worker `i mod workers`. Each session is as deterministic as ever, so endings and scores are
 * those of the same batch played in one thread; only the wall time differs. Workers load the code
 * through tsx, as the CLI does, and start timing together once all of them are ready.
 */
export async function runParallel(
  workers: number,
  job: Omit<WorkerJob, 'first' | 'stride' | 'count'> & { first: number; count?: number },
): Promise<ParallelResult> {
  const threads = Array.from({ length: workers }, (_, w) => {
    const count = job.count === undefined ? undefined : Math.ceil((job.count - w) / workers);
    const data: WorkerJob = {
      ...job,
      first: job.first + w,
      stride: workers,
      ...(count === undefined ? {} : { count }),
    };
    return spawn(data);
  });
  await Promise.all(threads.map((t) => t.ready));
  const started = performance.now();
  for (const t of threads) t.worker.postMessage('go');
  const results = await Promise.all(threads.map((t) => t.done));
  const seconds = (performance.now() - started) / 1000;
  const endings: Record<string, number> = {};
  for (const r of results)
    for (const [id, n] of Object.entries(r.endings)) endings[id] = (endings[id] ?? 0) + n;
  const scores = results
    .flatMap((r) => r.scores)
    .sort((a, b) => a[0] - b[0])
    .map(([, score]) => score);
  return { played: results.reduce((n, r) => n + r.played, 0), endings, scores, seconds };
}

const WORKER = new URL('./runs.worker.ts', import.meta.url).href;

function spawn(data: WorkerJob): { worker: Worker; ready: Promise<void>; done: Promise<WorkerDone> } {
  // An eval'd CommonJS bootstrap registers tsx in the worker before it loads the TypeScript entry.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: data });
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    readyResolve = resolve;
  });
  const done = new Promise<WorkerDone>((resolve, reject) => {
    worker.on('message', (message: 'ready' | WorkerDone) => {
      if (message === 'ready') readyResolve();
      else {
        resolve(message);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`a simulation worker stopped with exit code ${code}`));
    });
  });
  done.catch(() => readyResolve());
  return { worker, ready, done };
}
