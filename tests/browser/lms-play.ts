import type { Frame, Page } from 'playwright-core';
import type { SessionEvent } from '../../src/sim/event';

/** The reply the LMS tests write at the first reply point (the rest take the model reply). */
export const WRITTEN =
  'Thank you for telling us, and sorry for the wait. We are looking into it now and will write back here within the hour with what we find.';

/** Answers every post that holds a reply point: the first in writing, the rest with the model reply. */
export const answerWaiting = (target: Page | Frame): Promise<number> =>
  target.evaluate((text) => {
    const actor = window.cortafuegos?.actor;
    const s = actor?.getSnapshot().context.session;
    if (!actor || !s || s.ended) return 0;
    let sent = 0;
    for (const p of s.posts) {
      const options = p.status === 'visible' ? s.replyOptions(p.id) : null;
      const model = options?.find((o) => o.model) ?? options?.[0];
      if (!model) continue;
      const wrote = s.log.some((e) => e.type === 'action' && 'text' in e.action);
      const type = model.channel === 'private' ? 'reply_private' : 'reply';
      actor.send({
        type: 'ACT',
        action: wrote ? { type, post: p.id, option: model.index } : { type, post: p.id, text },
      });
      sent++;
    }
    return sent;
  }, WRITTEN);

/** The live session's clock and log, as plain data. */
export const sessionOf = (target: Page | Frame) =>
  target.evaluate(() => {
    const s = window.cortafuegos?.actor.getSnapshot().context.session;
    return s ? { now: s.now, log: JSON.parse(JSON.stringify(s.log)) as SessionEvent[] } : null;
  });
