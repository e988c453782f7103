import { describe, expect, it } from 'vitest';
import type { XapiStatement } from '../../../src/app/lms/cmi5-statements';
import type { LrsResult } from '../../../src/app/lms/lrs-client';
import { StatementQueue } from '../../../src/app/lms/statement-queue';

const statement = (id: string) => ({ id }) as unknown as XapiStatement;

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

describe('the statements on their way to the LRS', () => {
  it('sets aside only the statement the LRS refuses, and sends the others in order', async () => {
    const stored: string[] = [];
    const told: string[] = [];
    const queue = new StatementQueue('k', null, {
      down: () => told.push('down'),
      back: () => told.push('back'),
      refused: (reason) => told.push(`refused ${reason}`),
    });
    queue.add(statement('a'), statement('bad'), statement('c'));
    queue.connect(async (batch): Promise<LrsResult<void>> => {
      if (batch.some((s) => s.id === 'bad')) return { ok: false, kind: 'refused', reason: '400 Bad Request' };
      stored.push(...batch.map((s) => s.id));
      return { ok: true, value: undefined };
    });
    await queue.settled();
    expect(stored).toEqual(['a', 'c']);
    expect(queue.refused.map((s) => s.id)).toEqual(['bad']);
    expect(told).toEqual(['refused 400 Bad Request']);
  });

  it('sends what an earlier page kept on the device first', async () => {
    const storage = new MemoryStorage();
    const first = new StatementQueue('k', storage, { down: () => {}, back: () => {}, refused: () => {} });
    first.add(statement('kept-1'), statement('kept-2'));
    const stored: string[] = [];
    const second = new StatementQueue('k', storage, { down: () => {}, back: () => {}, refused: () => {} });
    second.add(statement('new'));
    second.connect(async (batch) => {
      stored.push(...batch.map((s) => s.id));
      return { ok: true, value: undefined };
    });
    await second.settled();
    expect(stored).toEqual(['kept-1', 'kept-2', 'new']);
    expect(JSON.parse(storage.getItem('k') ?? '{}')).toEqual({ pending: [], refused: [] });
  });

  it('reads damaged storage as nothing kept, and plays on when storage throws', async () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    const queue = new StatementQueue('k', storage, { down: () => {}, back: () => {}, refused: () => {} });
    expect(queue.waiting).toEqual([]);
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const blocked = new StatementQueue('k', throwing, { down: () => {}, back: () => {}, refused: () => {} });
    blocked.add(statement('x'));
    expect(blocked.waiting.map((s) => s.id)).toEqual(['x']);
  });
});
