import { PRINCIPLE_IDS, type PrincipleId } from '../content/principle';
import type { History } from './persistence/history.schema';

/** The onboarding path: the calm first shift, then the crises in order of difficulty. */
export const ONBOARDING_ORDER = [
  'first-shift',
  'faulty-product',
  'rude-agent',
  'troll-wave',
  'service-outage',
];

/** A principle's card is collected the first time a training session scores it at least this. */
export const CARD_THRESHOLD = 70;

const trainingDone = (history: History): Set<string> =>
  new Set(history.attempts.filter((a) => a.mode === 'training').map((a) => a.results.scenario));

/** Scenarios open on the onboarding path: the first, and each one after a finished one. */
export function unlockedScenarios(history: History, available: readonly string[]): Set<string> {
  const done = trainingDone(history);
  const path = ONBOARDING_ORDER.filter((id) => available.includes(id));
  const open = new Set<string>();
  path.forEach((id, i) => {
    if (i === 0 || done.has(path[i - 1] as string)) open.add(id);
  });
  for (const id of available) if (!path.includes(id)) open.add(id);
  return open;
}

/** Principle cards collected on the onboarding path, in rubric order. */
export function collectedCards(history: History): PrincipleId[] {
  const met = new Set<PrincipleId>();
  for (const a of history.attempts) {
    if (a.mode !== 'training') continue;
    for (const id of PRINCIPLE_IDS) {
      const score = a.results.score.principles[id]?.score;
      if (score !== null && score !== undefined && score >= CARD_THRESHOLD) met.add(id);
    }
  }
  return PRINCIPLE_IDS.filter((id) => met.has(id));
}

/** Each principle's score across attempts, oldest first (null where it was not exercised). */
export function progressByPrinciple(history: History): Record<PrincipleId, (number | null)[]> {
  return Object.fromEntries(
    PRINCIPLE_IDS.map((id) => [
      id,
      history.attempts.map((a) => a.results.score.principles[id]?.score ?? null),
    ]),
  ) as Record<PrincipleId, (number | null)[]>;
}
