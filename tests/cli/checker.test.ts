import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/cli/checker/check-library';
import { checkShortcuts } from '../../src/cli/checker/check-shortcuts';
import { exploreKnot } from '../../src/cli/checker/explore-knot';
import { longestOptionPlayer } from '../../src/cli/checker/shortcut-players';
import { readScenarioSources } from '../../src/content/scenario-files';
import { buildLibrary } from '../../src/content/scenario-library';
import { createRng } from '../../src/sim/rng';
import { CrisisSession } from '../../src/sim/session';
import { FIXTURES } from '../helpers';

const miniWith = (patch: (ink: string) => string) => {
  const dir = resolve(FIXTURES, 'mini');
  const files = Object.fromEntries(
    ['scenario.json', 'mini.es.ink', 'mini.en.ink'].map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]),
  );
  files['mini.es.ink'] = patch(files['mini.es.ink'] as string);
  files['mini.en.ink'] = patch(files['mini.en.ink'] as string);
  return buildLibrary([{ id: 'mini', dir: 'scenarios/mini', files }], { countAllVisits: true });
};

describe('scenario checker', () => {
  it('walks every branch of a thread, trigger choices included', () => {
    const mini = miniWith((s) => s).scenarios[0];
    if (!mini) throw new Error('mini did not build');
    const ana = exploreKnot(mini, 'es', 'ana');
    expect(ana).toMatchObject({ paths: 5, exhaustive: true, deadEnds: [] });
    expect(exploreKnot(mini, 'es', 'ana', false, 2)).toMatchObject({ paths: 2, exhaustive: false });
  });

  it('reports dead ends, unreachable knots and thin scenarios, naming file and rule', () => {
    const library = miniWith((s) =>
      // The fan thread's only branch loses its `-> DONE`, and a knot nothing diverts to appears.
      s
        .replace('  -> DONE\n\n=== rude ===', '\n=== rude ===')
        .concat('\n=== orphan ===\nNobody comes here.\n-> DONE\n'),
    );
    expect(library.diagnostics).toEqual([]);
    const report = checkLibrary(library, { randomSeeds: 20, policySeeds: 5 });
    const rules = report.errors.map((e) => `${e.rule} ${e.file}`);
    expect(rules).toContain('dead-end scenarios/mini/mini.es.ink');
    expect(rules).toContain('unreachable-knot scenarios/mini/mini.es.ink');
    expect(rules).toContain('principles-breadth scenarios/mini/scenario.json');
    expect(report.errors.find((e) => e.rule === 'unreachable-knot')?.message).toMatch(/orphan/);
  });

  it('catches a scenario whose longest suggested reply is always the model one', () => {
    const mini = miniWith((s) => s).scenarios[0];
    if (!mini) throw new Error('mini did not build');
    const check = checkShortcuts(mini, 6);
    expect(check.errors).toEqual([]);
    const longest = check.shortcuts['longest-option'];
    expect(longest?.mean).toBeGreaterThan(check.random.mean + 5);
    expect(check.gamed.some((g) => g.startsWith('the longest-option player scores'))).toBe(true);
  });

  it('a shortcut player answers every open reply point at once with the option its habit picks', () => {
    const mini = miniWith((s) => s).scenarios[0];
    if (!mini) throw new Error('mini did not build');
    const session = new CrisisSession(mini, 'en', 3);
    session.advanceTo(60);
    const open = session.posts.filter((p) => session.replyOptions(p.id)?.length);
    expect(open.length).toBeGreaterThan(0);
    const actions = longestOptionPlayer.decide(session, createRng(1));
    expect(actions.map((a) => ('post' in a ? a.post : null))).toEqual(open.map((p) => p.id));
    for (const a of actions) {
      if (a.type !== 'reply' && a.type !== 'reply_private') throw new Error(a.type);
      const options = session.replyOptions(a.post) ?? [];
      const max = Math.max(...options.map((o) => [...o.text].length));
      expect([...(options.find((o) => o.index === ('option' in a ? a.option : -1))?.text ?? '')].length).toBe(
        max,
      );
    }
  });

  it('passes the scenario library', () => {
    const library = buildLibrary(readScenarioSources(resolve(__dirname, '../../scenarios')), {
      countAllVisits: true,
    });
    const report = checkLibrary(library, { randomSeeds: 60, policySeeds: 8 });
    expect(report.errors).toEqual([]);
    expect(report.rows.length).toBe(library.scenarios.length);
    for (const row of report.rows)
      expect(row.endings.split(',').length, row.scenario).toBeGreaterThanOrEqual(3);
    // The whole library, every policy and the template writer: a minute or more on two busy cores.
  }, 240_000);
});
