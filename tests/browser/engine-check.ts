import '../../src/app/zod-jitless';
import library from 'virtual:scenarios';
import { loadLexicon } from '../../src/grading';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';

/**
 * Plays sessions in the browser with the same engine the game bundles, for the determinism test:
 * `?scenario=<id>&lang=<l>&seeds=1,2,3&policy=<p>` prints the logs as JSON.
 */
const params = new URLSearchParams(location.search);
const out = document.getElementById('out') as HTMLElement;
try {
  const scenario = await library.load(params.get('scenario') ?? '');
  const policy = POLICIES[params.get('policy') ?? 'random'];
  if (!policy) throw new Error('unknown policy');
  const lang = params.get('lang') === 'en' ? 'en' : 'es';
  await loadLexicon(lang);
  const seeds = (params.get('seeds') ?? '1').split(',').map(Number);
  const logs = seeds.map((seed) => playHeadless(scenario, lang, seed, policy).log);
  out.textContent = JSON.stringify(logs);
  out.dataset.done = 'true';
} catch (error) {
  out.textContent = `error: ${(error as Error).message}`;
  out.dataset.done = 'error';
}
