import type { CompiledScenario } from '../../content/compiled-scenario';
import type { Diagnostic } from '../../content/diagnostic';
import { CORE_PRINCIPLES, PRINCIPLE_IDS } from '../../content/principle';
import { LANGS } from '../../content/scenario.schema';
import type { ScenarioLibrary } from '../../content/scenario-library';
import { exemplaryPolicy, POLICIES } from '../../sim/policies';
import type { Policy } from '../../sim/policy';
import { injectLabels } from '../../story/inject-labels';
import { StoryRunner } from '../../story/story-runner';
import { checkOptions, MAX_MODEL_LONGEST, NEAR_MISS_LENGTH } from './check-options';
import { checkShortcuts, type PolicyFigures } from './check-shortcuts';
import { checkWriting, TEMPLATE_GAP } from './check-writing';
import { exploreKnot } from './explore-knot';
import { emptyCoverage, playCoverage, playInjectCoverage } from './play-coverage';

/**
 * The exemplary player with one textbook habit taken away: the near misses that reach the middle
 * endings (a promise never followed up, no amends…), which random play rarely finds.
 */
const EXEMPLARY_VARIANTS: Policy[] = (
  ['update', 'redress', 'statement', 'escalate', 'reply_private'] as const
).map((skip) => ({
  name: `exemplary-without-${skip}`,
  decide: (s, rng) => exemplaryPolicy.decide(s, rng).filter((a) => a.type !== skip),
}));

export interface CheckOptions {
  /** Random-policy sessions per language. */
  readonly randomSeeds: number;
  /** Sessions per language for each other policy. */
  readonly policySeeds: number;
}

export interface ScenarioRow {
  scenario: string;
  minutes: number;
  threads: number;
  principles: string;
  'paths walked': string;
  'posts/session': number;
  endings: string;
  sessions: number;
}

export interface CheckReport {
  rows: ScenarioRow[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  endingsByPolicy: Record<string, Record<string, Record<string, number>>>;
  /** Mean overall scores of the exemplary player and the template writer, per scenario. */
  writing: Record<string, { exemplary: number; template: number; templateEndings: string[] }>;
  /** Random, exemplary and the shortcut players (first option, longest option), per scenario. */
  shortcuts: Record<string, Record<string, PolicyFigures>>;
}

/** Ending ids a scenario's ink declares, from its tags. */
function declaredEndings(scenario: CompiledScenario): string[] {
  return [...scenario.stories.es.matchAll(/"#","\^ending: ([a-z0-9_-]+)"/g)].map((m) => m[1] as string);
}

function checkScenario(scenario: CompiledScenario, options: CheckOptions, report: CheckReport): void {
  const m = scenario.manifest;
  const dir = `scenarios/${m.id}`;
  const error = (rule: string, message: string, file = `${dir}/scenario.json`): void => {
    report.errors.push({ file, rule, message });
  };
  const missingCore = CORE_PRINCIPLES.filter((p) => !m.principles.includes(p));
  if (missingCore.length) error('principles-core', `does not exercise ${missingCore.join(', ')}`);
  if (m.principles.length < CORE_PRINCIPLES.length + 4) {
    error(
      'principles-breadth',
      `exercises ${m.principles.length} principles; needs the four core ones and at least four more`,
    );
  }
  const coverage = emptyCoverage();
  // Suggested replies must need reading: length gives nothing away and a near-miss is always on offer.
  const optionsCheck = (points: typeof coverage.points, file: string): void => {
    const o = checkOptions(points);
    const fail = (rule: string, message: string) => report.errors.push({ file, rule, message });
    if (o.modelLongest > MAX_MODEL_LONGEST * o.points)
      fail(
        'model-longest',
        `the model reply is the longest option in ${o.modelLongest} of ${o.points} reply points (at most ${Math.round(MAX_MODEL_LONGEST * 100)}%)`,
      );
    if (o.withoutNearMiss.length)
      fail(
        'near-miss',
        `${o.withoutNearMiss.length} of ${o.points} reply points offer no near-miss (a flawed reply at least ${NEAR_MISS_LENGTH * 100}% as long as the model): ${o.withoutNearMiss.join(', ')}`,
      );
  };
  let paths = 0;
  let exhaustive = true;
  const knots = [
    ...m.threads.map((t) => t.knot),
    ...m.injects.map((i) => i.knot),
    m.knots.statement,
    m.knots.update,
    m.knots.briefing,
  ];
  for (const lang of LANGS) {
    const file = `${dir}/${m.id}.${lang}.ink`;
    for (const label of injectLabels(scenario, lang))
      if (!label.found)
        error(
          'inject-label',
          `inject "${label.id}": its knot must begin with its name for the console, a line tagged "label: inject"`,
          file,
        );
    for (const knot of knots) {
      const walk = exploreKnot(scenario, lang, knot, knot === m.knots.statement || knot === m.knots.update);
      paths += walk.paths;
      exhaustive &&= walk.exhaustive;
      for (const k of walk.visited) coverage.visited.add(k);
      for (const d of walk.deadEnds)
        error('dead-end', `knot "${knot}" runs out of content after choices ${d} (add -> DONE)`, file);
      for (const t of walk.tooLong)
        error(
          'option-length',
          `knot "${knot}": a suggested reply is longer than a player may write (${t})`,
          file,
        );
    }
    for (const policy of [...Object.values(POLICIES), ...EXEMPLARY_VARIANTS]) {
      playCoverage(
        scenario,
        lang,
        policy,
        policy.name === 'random' ? options.randomSeeds : options.policySeeds,
        coverage,
      );
    }
    playInjectCoverage(scenario, lang, exemplaryPolicy, options.policySeeds, coverage);
    playInjectCoverage(scenario, lang, POLICIES.random as Policy, options.policySeeds, coverage);
    for (const e of coverage.errors.splice(0)) error('play', e, file);
    optionsCheck(coverage.points, file);
    for (const t of coverage.tooLong)
      error(
        'option-length',
        `a suggested reply offered in play is longer than a player may write (${t})`,
        file,
      );
    coverage.tooLong.clear();
    coverage.points.clear();
    for (const d of coverage.deadEnds)
      error('dead-end', `"${d}" ran out of content during play (add -> DONE)`, file);
    coverage.deadEnds.clear();
  }
  for (const k of new StoryRunner(scenario.stories.es, dir, 0).knots()) {
    // `preview` only lets Inky play the threads one by one; the engine never enters it.
    if (k === 'preview' || coverage.visited.has(k)) continue;
    error('unreachable-knot', `knot "${k}" is never reached by any walk or session`, `${dir}/${m.id}.es.ink`);
  }
  const writing = checkWriting(scenario, Math.min(options.policySeeds, 10));
  for (const c of writing.contextless)
    error(
      'grading-context',
      `a reply point in ${c} has no grading context: give the thread a "context" (${'genuine_complaint, positive, troll, rude_agent, outage, press'})`,
    );
  for (const e of writing.errors) error('play', e);
  const { exemplary, template } = writing;
  if (template.mean > exemplary.mean - TEMPLATE_GAP)
    error(
      'template-writer',
      `a template reply pasted on every post scores ${template.mean.toFixed(1)}, not ${TEMPLATE_GAP} below the exemplary player's ${exemplary.mean.toFixed(1)}`,
    );
  const shared = [...template.endings].filter((e) => exemplary.endings.has(e));
  if (shared.length)
    error(
      'template-writer',
      `a template reply pasted on every post reaches the exemplary ending ${shared.join(', ')}`,
    );
  const shortcuts = checkShortcuts(scenario, Math.min(options.policySeeds, 20));
  for (const e of shortcuts.errors) error('play', e);
  for (const g of shortcuts.gamed) error('shortcut-player', g);
  report.shortcuts[m.id] = {
    random: shortcuts.random,
    exemplary: shortcuts.exemplary,
    ...shortcuts.shortcuts,
  };
  report.writing[m.id] = {
    exemplary: exemplary.mean,
    template: template.mean,
    templateEndings: [...template.endings].sort(),
  };
  const endings = declaredEndings(scenario);
  for (const id of endings) {
    if (!coverage.endings.has(id)) {
      report.warnings.push({
        file: `${dir}/${m.id}.es.ink`,
        rule: 'ending-unreached',
        message: `ending "${id}" was not reached by ${coverage.sessions} sessions`,
      });
    }
  }
  if (coverage.endings.size < 3)
    error(
      'endings',
      `only ${coverage.endings.size} ending(s) reached; a scenario needs at least three that depend on play`,
    );
  const posts = coverage.sessions ? (coverage.scriptedPosts + coverage.crowdPosts) / coverage.sessions : 0;
  if (posts < 25 && m.id !== 'first-shift')
    error('post-count', `${posts.toFixed(1)} posts per session; needs at least 25`);
  report.endingsByPolicy[m.id] = Object.fromEntries(
    [...coverage.endingsByPolicy].map(([policy, map]) => [policy, Object.fromEntries(map)]),
  );
  report.rows.push({
    scenario: m.id,
    minutes: Math.round((m.durationSeconds / 60) * 10) / 10,
    threads: m.threads.length,
    principles: `${m.principles.length}/${PRINCIPLE_IDS.length}`,
    'paths walked': `${paths}${exhaustive ? ' (all)' : ' (capped)'}`,
    'posts/session': Math.round(posts),
    endings: [...coverage.endings]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    sessions: coverage.sessions,
  });
}

/** Checks every scenario of a library and the library as a whole. */
export function checkLibrary(
  library: ScenarioLibrary,
  options: CheckOptions,
  onScenario?: (id: string) => void,
): CheckReport {
  const report: CheckReport = {
    rows: [],
    errors: [...library.diagnostics],
    warnings: [],
    endingsByPolicy: {},
    writing: {},
    shortcuts: {},
  };
  for (const scenario of library.scenarios) {
    onScenario?.(scenario.manifest.id);
    checkScenario(scenario, options, report);
  }
  const covered = new Set(library.scenarios.flatMap((s) => s.manifest.principles));
  const missing = PRINCIPLE_IDS.filter((p) => !covered.has(p));
  if (library.scenarios.length > 1 && missing.length) {
    report.errors.push({
      file: 'scenarios',
      rule: 'principles-library',
      message: `no scenario exercises ${missing.join(', ')}`,
    });
  }
  return report;
}
