import { z } from 'zod';
import { type Facts, has, type Message } from './facts';

/**
 * The follow-up ledger. A reply or statement that promises an update (quality `promises_update`)
 * opens an item; only a later `update` action closes it. "Arréglalo y hazle saber que lo estás
 * arreglando" (004); "nunca debes dar un problema por terminado" (001, paso 6).
 */
export const LEDGER_STATUSES = ['kept', 'hollow', 'broken', 'pending'] as const;
export const ledgerStatusSchema = z.enum(LEDGER_STATUSES);
export type LedgerStatus = z.infer<typeof ledgerStatusSchema>;

export const ledgerItemSchema = z.strictObject({
  /** When the promise was made, and by which brand post. */
  t: z.number().nonnegative(),
  reply: z.string(),
  /** The post it answered; null for a statement. */
  post: z.string().nullable(),
  text: z.string(),
  status: ledgerStatusSchema,
  /** The update that closed it, if one did. */
  closedAt: z.number().nullable(),
  closedBy: z.string().nullable(),
});
export type LedgerItem = z.infer<typeof ledgerItemSchema>;

/**
 * A promise made this close to the end can still be kept after the session: it is left open
 * ("pending"), not counted as broken. A quarter of the session.
 */
export const graceSeconds = (duration: number): number => duration / 4;

/** An update that tells something true and concrete, rather than a canned or false "all sorted". */
export const substantialUpdate = (m: Message): boolean => m.value > 0 && !has(m, 'deceives', 'canned');

export function buildLedger(f: Facts): LedgerItem[] {
  const updates = f.messages.filter((m) => m.via === 'update');
  const grace = graceSeconds(f.duration);
  return f.messages
    .filter((m) => m.via !== 'update' && has(m, 'promises_update'))
    .map((m): LedgerItem => {
      const later = updates.filter((u) => u.t > m.t);
      const good = later.find(substantialUpdate);
      const closer = good ?? later[0] ?? null;
      let status: LedgerStatus;
      if (good) status = 'kept';
      else if (closer) status = 'hollow';
      else status = f.end - m.t < grace ? 'pending' : 'broken';
      return {
        t: m.t,
        reply: m.id,
        post: m.post,
        text: m.text,
        status,
        closedAt: closer?.t ?? null,
        closedBy: closer?.id ?? null,
      };
    });
}
