import { PRINCIPLE_IDS } from '../content/principle';
import type { Lang } from '../content/scenario.schema';
import type { RuleInput } from '../scoring/rules/input';
import type { Score } from '../scoring/score.schema';
import { PRINCIPLE_SOURCES, SOURCES } from '../scoring/sources';
import { WEIGHTS } from '../scoring/weighting';
import type { PlanItem } from './debrief.schema';
import { debriefText, fill } from './i18n';

/**
 * The redesigned crisis plan the player takes away: "aprende de los errores y rediseña el plan de
 * crisis" (001, paso 7). One line per principle the session exercised — what to fix, where the
 * score fell short, most costly first; what to keep, where it held — and lines that specific events
 * of the session call for (updates still owed, a jump of network, trolls fed, customers dismissed,
 * the press left without an answer, an insult left standing).
 */
export const KEEP_FROM = 70;

export function buildCrisisPlan(input: RuleInput, score: Score, lang: Lang): PlanItem[] {
  const words = debriefText(lang).plan;
  const { facts: f, ledger, detector } = input;
  const vars = { minutes: answerMinutes(input) };
  const fixes: (PlanItem & { cost: number })[] = [];
  const keeps: PlanItem[] = [];
  for (const id of PRINCIPLE_IDS) {
    const s = score.principles[id].score;
    if (s === null) continue;
    const source = PRINCIPLE_SOURCES[id][0] ?? SOURCES.pasos;
    if (s < KEEP_FROM)
      fixes.push({
        id,
        principle: id,
        status: 'fix',
        text: fill(words.fix[id], vars),
        source,
        cost: WEIGHTS[id] * (100 - s),
      });
    else keeps.push({ id, principle: id, status: 'keep', text: fill(words.keep[id], vars), source });
  }
  fixes.sort((a, b) => b.cost - a.cost);
  const extras: PlanItem[] = [];
  const owed = ledger.filter((l) => l.status === 'broken' || l.status === 'pending').length;
  if (owed > 0)
    extras.push({
      id: 'owed_updates',
      principle: 'follow_up',
      status: 'fix',
      text: fill(words.extra.owed_updates, { count: owed }),
      source: SOURCES.proteger,
    });
  const jump = f.jumps[0];
  if (jump) {
    const network = f.manifest.networks.find((n) => n.id === jump.network)?.name ?? jump.network;
    extras.push({
      id: 'network_jump',
      principle: 'composure',
      status: 'fix',
      text: fill(words.extra.network_jump, { network }),
      source: SOURCES.pasos,
    });
  }
  if ((detector.feeding ?? 0) > 0)
    extras.push({
      id: 'troll_protocol',
      principle: 'troll_discernment',
      status: 'fix',
      text: words.extra.troll_protocol,
      source: SOURCES.pasos,
    });
  if ((detector.dismissive ?? 0) > 0)
    extras.push({
      id: 'err_on_attention',
      principle: 'troll_discernment',
      status: 'fix',
      text: words.extra.err_on_attention,
      source: SOURCES.claves,
    });
  const pressMissed = score.principles.transparency.evidence.some(
    (e) => e.post && f.byId.get(e.post)?.record.kind === 'press' && e.points < e.of / 2,
  );
  if (pressMissed)
    extras.push({
      id: 'press_protocol',
      principle: 'transparency',
      status: 'fix',
      text: words.extra.press_protocol,
      source: SOURCES.pasos,
    });
  const abuseLeft = f.posts.some(
    (p) =>
      p.record.kind === 'abuse' &&
      !p.moderated &&
      !p.replies.some((m) => m.qualities.includes('calm_boundary')),
  );
  if (abuseLeft)
    extras.push({
      id: 'abuse_protocol',
      principle: 'no_deletion',
      status: 'fix',
      text: words.extra.abuse_protocol,
      source: SOURCES.pasos,
    });
  // A specific lesson about a principle outweighs a general "keep doing it" about the same one.
  const flagged = new Set(extras.map((x) => x.principle));
  return [
    ...fixes.map(({ cost: _cost, ...item }) => item),
    ...extras,
    ...keeps.filter((k) => !flagged.has(k.principle)),
  ];
}

/** The answer time to aim for: half the typical patience of the people who needed an answer, in minutes. */
function answerMinutes({ facts: f }: RuleInput): number {
  const patience = f.posts
    .filter((p) => p.genuine && p.needsAnswer)
    .map((p) => p.record.patience)
    .sort((a, b) => a - b);
  const median = patience[Math.floor(patience.length / 2)] ?? f.manifest.crowd.patienceSeconds;
  return Math.max(1, Math.round(median / 2 / 60));
}
