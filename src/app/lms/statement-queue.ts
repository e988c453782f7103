import type { XapiStatement } from './cmi5-statements';
import type { LrsResult } from './lrs-client';

/**
 * The statements on their way to the LRS: sent in order, one request at a time, and kept until the
 * LRS has stored them, so nothing is lost when it is down or refuses: an LRS that does not answer
 * is tried again, later and later (2 s doubling to a minute); a statement it refuses is set aside,
 * not dropped. Both lists are mirrored to the device's storage under the registration, so a page
 * closed while the LRS was down sends them on the next launch.
 */
export interface QueueHooks {
  /** The LRS is not taking statements (told once per outage); they are kept and tried again. */
  down(reason: string): void;
  /** It took them again after an outage. */
  back(): void;
  /** It refused statements outright; they are kept on the device, set aside. */
  refused(reason: string): void;
}

export type Send = (statements: readonly XapiStatement[], keepalive: boolean) => Promise<LrsResult<void>>;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 60_000;

export const queueKey = (registration: string): string => `cortafuegos.cmi5.statements.${registration}`;

interface Kept {
  pending: XapiStatement[];
  refused: XapiStatement[];
}

export class StatementQueue {
  private pending: XapiStatement[] = [];
  private refusedList: XapiStatement[] = [];
  private send: Send | null = null;
  private inFlight = false;
  private retryMs = FIRST_RETRY_MS;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private isDown = false;
  private singlesLeft = 0;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly key: string,
    private readonly storage: StorageLike | null,
    private readonly hooks: QueueHooks,
  ) {
    const kept = this.load();
    this.pending = kept.pending;
    this.refusedList = kept.refused;
  }

  /** The statements not yet stored by the LRS, in order. */
  get waiting(): readonly XapiStatement[] {
    return this.pending;
  }

  get refused(): readonly XapiStatement[] {
    return this.refusedList;
  }

  /** Starts sending through `send` (once the session has its auth token). */
  connect(send: Send): void {
    this.send = send;
    void this.flush();
  }

  add(...statements: XapiStatement[]): void {
    this.pending.push(...statements);
    this.save();
    void this.flush();
  }

  /** The page is going: whatever waits is sent with `keepalive`, and stays kept in case it does not arrive. */
  sendAsPageGoes(): void {
    if (!this.send || this.pending.length === 0) return;
    void this.send([...this.pending], true);
  }

  /** Resolves when nothing waits to be sent (or at once if nothing does). */
  settled(): Promise<void> {
    if (this.pending.length === 0 && !this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idle.add(resolve));
  }

  private async flush(): Promise<void> {
    if (!this.send || this.inFlight || this.timer || this.pending.length === 0) return;
    this.inFlight = true;
    // A request of several statements is stored whole or refused whole: after a refusal they go
    // one by one, so only the one the LRS refuses is set aside.
    const batch = this.singlesLeft > 0 ? this.pending.slice(0, 1) : [...this.pending];
    const result = await this.send(batch, false);
    this.inFlight = false;
    if (!result.ok && result.kind === 'down') {
      if (!this.isDown) {
        this.isDown = true;
        this.hooks.down(result.reason);
      }
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, this.retryMs);
      this.retryMs = Math.min(LAST_RETRY_MS, this.retryMs * 2);
      return;
    }
    this.retryMs = FIRST_RETRY_MS;
    if (!result.ok && batch.length > 1) {
      this.singlesLeft = batch.length;
    } else {
      this.pending.splice(0, batch.length);
      if (this.singlesLeft > 0) this.singlesLeft--;
      if (!result.ok) {
        this.refusedList.push(...batch);
        this.hooks.refused(result.reason);
      }
      this.save();
    }
    if (this.isDown && result.ok) {
      this.isDown = false;
      this.hooks.back();
    }
    if (this.pending.length > 0) {
      void this.flush();
      return;
    }
    for (const resolve of this.idle) resolve();
    this.idle.clear();
  }

  private load(): Kept {
    try {
      const raw = this.storage?.getItem(this.key);
      const kept = raw ? (JSON.parse(raw) as Partial<Kept>) : {};
      return {
        pending: Array.isArray(kept.pending) ? kept.pending : [],
        refused: Array.isArray(kept.refused) ? kept.refused : [],
      };
    } catch {
      return { pending: [], refused: [] };
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ pending: this.pending, refused: this.refusedList }));
    } catch {
      // storage full or blocked: the statements stay in memory while the page is open
    }
  }
}
