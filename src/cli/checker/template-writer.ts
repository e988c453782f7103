import { z } from 'zod';
import { type PlayerAction, replyWritten, TEXT_LIMITS, textLength } from '../../sim/action';
import type { Policy } from '../../sim/policy';
import templates from './template-reply.json' with { type: 'json' };

/**
 * The player who games the grader: one reply stuffed with every good cue, pasted on every post that
 * can be answered (trolls and fans included). Writing cannot be gamed if this player scores well
 * below the exemplary one and never reaches its ending; the checker holds the line.
 */
const texts = z
  .strictObject({ es: z.string(), en: z.string() })
  .refine((t) => textLength(t.es) <= TEXT_LIMITS.reply && textLength(t.en) <= TEXT_LIMITS.reply, {
    message: `a template reply fits a public reply (${TEXT_LIMITS.reply} characters)`,
  })
  .parse(templates);

export const templateWriter: Policy = {
  name: 'template-writer',
  decide: (s) =>
    s.posts.flatMap((p): PlayerAction[] => {
      const options = p.status === 'deleted' ? null : s.replyOptions(p.id);
      if (!options?.length) return [];
      const channel = options.some((o) => o.channel === 'public') ? 'public' : 'private';
      return [replyWritten(channel, p.id, texts[s.lang])];
    }),
};
