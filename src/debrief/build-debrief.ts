import { CORE_PRINCIPLES, PRINCIPLE_IDS } from '../content/principle';
import type { ScenarioManifest } from '../content/scenario.schema';
import { scoringText } from '../scoring/i18n';
import { ruleInput } from '../scoring/score';
import type { Score } from '../scoring/score.schema';
import { PRINCIPLE_SOURCES } from '../scoring/sources';
import { WEIGHTS } from '../scoring/weighting';
import type { SessionEvent } from '../sim/event';
import { buildCrisisPlan } from './crisis-plan';
import { DEBRIEF_VERSION, type Debrief } from './debrief.schema';
import { debriefText } from './i18n';
import { pickMoments } from './moments';
import { buildTimeline } from './timeline';
import { writtenReplies } from './written-replies';

/**
 * The debrief of a session, in the session's language: pure over (scenario, log, score), so the
 * same session always gives the same debrief, in the browser, the CLI and the tests.
 */
export function buildDebrief(
  manifest: ScenarioManifest,
  log: readonly SessionEvent[],
  score: Score,
): Debrief {
  const input = ruleInput(manifest, log);
  const { facts: f, ledger, detector } = input;
  const lang = f.lang;
  const words = scoringText(lang);
  const dwords = debriefText(lang);
  const { strongest, weakest } = pickMoments(f, score, lang);
  const ending = log.find((e) => e.type === 'ending');
  const treated = (xs: typeof detector.genuine | typeof detector.trolls) =>
    xs.map((x) => ({
      post: x.post.id,
      author: x.post.record.author,
      treatment: x.treatment,
      label: dwords.treatment[x.treatment],
    }));
  return {
    version: DEBRIEF_VERSION,
    scenario: manifest.id,
    title: manifest.title[lang],
    lang,
    ending: ending?.type === 'ending' ? ending.ending : null,
    overall: score.overall,
    band: { id: score.band, ...words.band[score.band] },
    profile: PRINCIPLE_IDS.map((id) => ({
      principle: id,
      ...words.principle[id],
      score: score.principles[id].score,
      weight: WEIGHTS[id],
      core: CORE_PRINCIPLES.includes(id),
      sources: [...PRINCIPLE_SOURCES[id]],
      evidence: score.principles[id].evidence.length,
    })),
    strongest,
    weakest,
    timeline: buildTimeline(f),
    ledger: ledger.map((item) => ({ ...item, statusText: words.ledger[item.status] })),
    trollDiscernment: {
      sensitivity: score.trollDiscernment.sensitivity,
      dismissive: score.trollDiscernment.bias.dismissive,
      feeding: score.trollDiscernment.bias.feeding,
      labels: { ...words.troll },
      genuine: treated(detector.genuine),
      trolls: treated(detector.trolls),
    },
    crisisPlan: buildCrisisPlan(input, score, lang),
    written: writtenReplies(f),
  };
}
