import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/debrief/build-debrief';
import { scoreSession } from '../../src/scoring/score';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';

describe('strongest moments are what the player did', () => {
  it.each(realLibrary().scenarios.map((s) => [s.manifest.id, s] as const))(
    'in %s, for every built-in player, no strong moment is a post left unanswered',
    (_id, scenario) => {
      for (const policy of Object.values(POLICIES)) {
        const log = playHeadless(scenario, 'en', 3, policy).log;
        const d = buildDebrief(scenario.manifest, log, scoreSession(scenario.manifest, log));
        for (const m of d.strongest) {
          expect(m.player.action ?? m.player.reply, `${policy.name}: ${m.player.summary}`).not.toBeNull();
        }
      }
    },
  );
});
