/** Shared by the facilitator pages: scenario titles from the catalog, and m:ss clock times. */
import catalog from 'virtual:scenarios';

import type { Lang } from '../../content/scenario.schema';

/** The scenario's title, or '' when this build has no scenario of that id. */
export const knownTitle = (id: string, lang: Lang): string =>
  catalog.manifests.find((m) => m.id === id)?.title[lang] ?? '';

export const scenarioTitle = (id: string, lang: Lang): string => knownTitle(id, lang) || id;

export { clock } from '../format';
