import type { CompiledScenario } from '../content/compiled-scenario';
import { principlesOf } from '../grading/principles';
import type { PostRecord } from '../sim/event';
import { playHeadless } from '../sim/headless';
import { exemplaryPolicy, randomPolicy } from '../sim/policies';
import { contextOfPost } from '../sim/written-reply';
import type { GoldLine } from './gold-replies';

/** A suggested reply of a scenario, with what grading it needs beyond a gold line. */
export interface ScriptedReply extends GoldLine {
  readonly isPrivate: boolean;
  readonly staffNames: readonly string[];
  readonly competitorNames: readonly string[];
}

/**
 * Every suggested reply, statement and update the scenarios offered in `sessions` seeded sessions
 * each (half played by the random player, half by the exemplary one, in both languages), once per
 * text, labelled with its own quality tags. The tags are what scores a picked reply, so a grader
 * that reads the same words otherwise scores the player who writes them otherwise. They name what
 * each reply is there to show, not always every quality it shows: a reading the tags leave out is
 * counted only where it turns a principle the tags decide.
 */
export function scriptedReplies(scenarios: readonly CompiledScenario[], sessions = 40): ScriptedReply[] {
  const out = new Map<string, ScriptedReply>();
  for (const sc of scenarios)
    for (const lang of ['es', 'en'] as const)
      for (let seed = 1; seed <= sessions; seed++) {
        const { log } = playHeadless(sc, lang, seed, seed % 2 ? randomPolicy : exemplaryPolicy);
        const posts = new Map<string, PostRecord>();
        let confirmed = false;
        for (const e of log) {
          if (e.type === 'post') posts.set(e.post.id, e.post);
          if (e.type === 'action' && (e.action.type === 'analyse' || e.action.type === 'escalate'))
            confirmed = true;
          if (e.type !== 'reply_opened' && e.type !== 'menu_opened') continue;
          const post = e.type === 'reply_opened' ? posts.get(e.post) : undefined;
          const context = post
            ? (contextOfPost(sc.manifest, post) ?? 'genuine_complaint')
            : sc.manifest.grading.context;
          const author = post ? sc.manifest.personas.find((p) => p.id === post.author) : undefined;
          for (const o of e.options) {
            const key = `${lang}\u0000${o.text}`;
            if (out.has(key)) continue;
            out.set(key, {
              id: `${sc.manifest.id}:${lang}:${out.size + 1}`,
              lang,
              context,
              confirmed,
              authorName: author ? author.name : '',
              text: o.text,
              qualities: [...o.qualities],
              principles: principlesOf(o.qualities, context),
              split: 'heldout',
              isPrivate: o.channel === 'private',
              staffNames: sc.manifest.grading.staff ?? [],
              competitorNames: sc.manifest.grading.competitors ?? [],
            });
          }
        }
      }
  return [...out.values()];
}
