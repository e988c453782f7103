import { loadPlayable } from '../../app/engine-loader';
import type { MessageKey } from '../../app/i18n/i18n';
import { ONBOARDING_ORDER, unlockedScenarios } from '../../app/progress';
import type { Lang, ScenarioManifest } from '../../content/scenario.schema';
import type { GameContext } from '../game-context';

/** Scenarios in the order of the onboarding path; any others after them. */
export function orderedScenarios(ctx: GameContext): ScenarioManifest[] {
  const rank = (id: string) => {
    const i = ONBOARDING_ORDER.indexOf(id);
    return i < 0 ? ONBOARDING_ORDER.length : i;
  };
  return [...ctx.library.manifests].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** On the onboarding path, the scenario that must be finished before this one (null when open). */
export function lockedBehind(ctx: GameContext, manifest: ScenarioManifest, lang: Lang): string | null {
  if (ctx.playMode !== 'training') return null;
  const ids = ctx.library.manifests.map((m) => m.id);
  if (unlockedScenarios(ctx.history, ids).has(manifest.id)) return null;
  const path = ONBOARDING_ORDER.filter((id) => ids.includes(id));
  const previous = path[path.indexOf(manifest.id) - 1];
  return ctx.library.manifests.find((m) => m.id === previous)?.title[lang] ?? previous ?? null;
}

/**
 * Opens a scenario's briefing with a fresh seed, or says why not: locked behind the previous one
 * on the path, or its story failed to load.
 */
export function openScenario(
  ctx: GameContext,
  manifest: ScenarioManifest,
  lang: Lang,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
): void {
  const previous = lockedBehind(ctx, manifest, lang);
  if (previous) {
    ctx.notices.add({ id: 'menu.locked', key: 'menu.locked', vars: { previous } });
    ctx.a11y.announce(t('menu.locked', { previous }));
    return;
  }
  ctx.notices.dismiss('menu.locked');
  ctx.notices.dismiss('menu.load');
  const mode = ctx.playMode;
  loadPlayable(ctx.library, manifest.id, lang).then(
    ({ scenario, engine }) =>
      ctx.actor.send({
        type: 'SELECT',
        scenario,
        engine,
        lang,
        seed: Math.floor(Math.random() * 2 ** 31),
        mode,
      }),
    (error: Error) => {
      ctx.notices.add({ id: 'menu.load', key: 'error.load', vars: { reason: error.message } });
    },
  );
}
