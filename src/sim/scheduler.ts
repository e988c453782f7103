/**
 * The simulated clock's agenda: jobs run in time order, and jobs due at the same time run in the
 * order they were scheduled, so a session never depends on how finely the clock is advanced.
 */
export class Scheduler {
  private jobs: { t: number; seq: number; run: () => void }[] = [];
  private seq = 0;

  at(t: number, run: () => void): void {
    const job = { t, seq: this.seq++, run };
    let lo = 0;
    let hi = this.jobs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.jobs[mid] as { t: number; seq: number };
      if (other.t < t || (other.t === t && other.seq < job.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.jobs.splice(lo, 0, job);
  }

  get nextTime(): number {
    return this.jobs[0]?.t ?? Number.POSITIVE_INFINITY;
  }

  /** Removes and returns the next job due at or before `t`. */
  takeDue(t: number): { t: number; run: () => void } | undefined {
    const first = this.jobs[0];
    if (!first || first.t > t) return undefined;
    this.jobs.shift();
    return first;
  }

  clear(): void {
    this.jobs = [];
  }
}
