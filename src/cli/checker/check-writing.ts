import type { CompiledScenario } from '../../content/compiled-scenario';
import { LANGS } from '../../content/scenario.schema';
import { scoreSession } from '../../scoring/score';
import { playHeadless } from '../../sim/headless';
import { exemplaryPolicy } from '../../sim/policies';
import { contextOfPost } from '../../sim/written-reply';
import { templateWriter } from './template-writer';

/** How far below the exemplary player the template writer must score, at least. */
export const TEMPLATE_GAP = 25;

export interface WritingCheck {
  /** Reply points whose thread names no grading context and whose author's type gives none. */
  readonly contextless: string[];
  readonly exemplary: { readonly mean: number; readonly endings: Set<string> };
  readonly template: { readonly mean: number; readonly endings: Set<string> };
  readonly errors: string[];
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * What the written-reply path needs of a scenario: every reply point can be graded (it has a
 * context), and a template pasted on every post does not pay (see template-writer.ts).
 */
export function checkWriting(scenario: CompiledScenario, seeds: number): WritingCheck {
  const m = scenario.manifest;
  const contextless = new Set<string>();
  const errors: string[] = [];
  const exemplary = { scores: [] as number[], endings: new Set<string>() };
  const template = { scores: [] as number[], endings: new Set<string>() };
  for (const lang of LANGS)
    for (let seed = 0; seed < seeds; seed++) {
      for (const [policy, into] of [
        [exemplaryPolicy, exemplary],
        [templateWriter, template],
      ] as const) {
        try {
          const s = playHeadless(scenario, lang, seed, policy);
          into.scores.push(scoreSession(m, s.log).overall ?? 0);
          into.endings.add(s.ending ?? '(none)');
          const posts = new Map(s.log.flatMap((e) => (e.type === 'post' ? [[e.post.id, e.post]] : [])));
          for (const e of s.log) {
            if (e.type !== 'reply_opened') continue;
            const post = posts.get(e.post);
            if (post && contextOfPost(m, post) === null)
              contextless.add(`thread "${post.thread}" (post "${post.id}" by a ${post.authorType})`);
          }
        } catch (error) {
          errors.push(`${lang} ${policy.name} seed ${seed}: ${(error as Error).message}`);
        }
      }
    }
  return {
    contextless: [...contextless].sort(),
    exemplary: { mean: mean(exemplary.scores), endings: exemplary.endings },
    template: { mean: mean(template.scores), endings: template.endings },
    errors,
  };
}
