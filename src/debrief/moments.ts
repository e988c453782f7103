import { PRINCIPLE_IDS, type PrincipleId } from '../content/principle';
import type { Lang } from '../content/scenario.schema';
import type { Facts, Message } from '../scoring/facts';
import { scoringText } from '../scoring/i18n';
import type { Evidence, Score } from '../scoring/score.schema';
import { WEIGHTS } from '../scoring/weighting';
import type { Moment } from './debrief.schema';
import { debriefText } from './i18n';

/**
 * The moments of the session: every post the player dealt with (or failed to), and every
 * statement or update, with all the judgements made there. A judgement counts for the moment by
 * how far it lands above or below half marks, times its principle's weight, so a moment that helped
 * several principles stands out, and one deletion of a complaint outweighs a routine reply.
 */
const anchorOf = (e: Evidence): string | null => e.post ?? e.reply ?? null;

export interface MomentSelection {
  readonly strongest: Moment[];
  readonly weakest: Moment[];
}

export function pickMoments(facts: Facts, score: Score, lang: Lang, count = 3): MomentSelection {
  const groups = new Map<string, { principle: PrincipleId; e: Evidence }[]>();
  for (const principle of PRINCIPLE_IDS) {
    for (const e of score.principles[principle].evidence) {
      const key = anchorOf(e);
      if (!key) continue;
      const list = groups.get(key) ?? [];
      list.push({ principle, e });
      groups.set(key, list);
    }
  }
  const moments = [...groups.entries()].map(([key, items]) => toMoment(facts, key, items, lang));
  const byValue = (a: Moment, b: Moment) => b.value - a.value || a.t - b.t;
  // A strong moment is something the player did: a post left unanswered is at best a missed one.
  const acted = (m: Moment) => m.player.action !== null || m.player.reply !== null;
  const strongest = moments
    .filter((m) => m.value > 0 && acted(m))
    .sort(byValue)
    .slice(0, count);
  const weakest = moments
    .filter((m) => m.value < 0)
    .sort((a, b) => a.value - b.value || a.t - b.t)
    .slice(0, count);
  return { strongest, weakest };
}

function toMoment(
  facts: Facts,
  key: string,
  items: { principle: PrincipleId; e: Evidence }[],
  lang: Lang,
): Moment {
  const words = scoringText(lang);
  const post = facts.byId.get(key) ?? null;
  // The brand post judged here: the statement or update itself, else the judged reply to the post.
  const message: Message | null =
    facts.messages.find((m) => m.id === key) ??
    facts.messages.find((m) => items.some((i) => i.e.reply === m.id)) ??
    post?.replies[0] ??
    null;
  let value = 0;
  for (const { principle, e } of items) value += WEIGHTS[principle] * (e.points - e.of / 2);
  const action = items.find((i) => i.e.action)?.e.action ?? message?.via ?? null;
  // The model answer: the script's for the post, or the model statement or update the composer offered.
  const model = post?.point?.options.find((o) => o.model) ?? message?.offered?.find((o) => o.model) ?? null;
  const authorType = post?.record.authorType;
  return {
    t: Math.min(...items.map((i) => i.e.t)),
    post:
      post && authorType && authorType !== 'brand'
        ? {
            id: post.id,
            author: post.record.author,
            authorType,
            kind: post.record.kind,
            text: post.record.text,
          }
        : null,
    player: {
      action,
      reply: message ? { text: message.text, qualities: [...message.qualities] } : null,
      summary: message
        ? message.text
        : action
          ? debriefText(lang).action[action]
          : debriefText(lang).noAnswer,
    },
    model: model ? { text: model.text, qualities: [...model.qualities] } : null,
    value: Math.round(value * 100) / 100,
    principles: [...new Set(items.map((i) => i.principle))],
    judgements: items.map(({ principle, e }) => ({
      principle,
      rule: e.rule,
      points: e.points,
      of: e.of,
      text: words.rule[e.rule],
      source: e.source,
    })),
  };
}
