/** Shared by the facilitator pages: scenario titles from the catalog, and m:ss clock times. */
import catalog from 'virtual:scenarios';

import type { Lang } from '../../content/scenario.schema';

export const scenarioTitle = (id: string, lang: Lang): string =>
  catalog.manifests.find((m) => m.id === id)?.title[lang] ?? id;

export { clock } from '../format';
