import type { ScenarioManifest } from '../../content/scenario.schema';
import type { SavedSession } from './save.schema';

/**
 * A save can be well formed and still not belong to its scenario: its clock past the end, a log
 * that says another scenario or seed, or a session that already ended. Checked against the
 * scenario before it is offered for resuming; the reason names what is wrong.
 */
export function checkSaveAgainst(save: SavedSession, manifest: ScenarioManifest): string | null {
  const start = save.log[0];
  if (start?.type !== 'session_started') return 'the save has no session start';
  if (start.scenario !== save.scenario)
    return `the save's log is of scenario "${start.scenario}", not "${save.scenario}"`;
  if (start.seed !== save.seed) return `the save's log has seed ${start.seed}, not ${save.seed}`;
  if (start.lang !== save.lang) return `the save's log is in "${start.lang}", not "${save.lang}"`;
  if (save.now > manifest.durationSeconds)
    return `the save's clock (${save.now} s) is past the end of the scenario (${manifest.durationSeconds} s)`;
  if (save.log.some((e) => e.type === 'session_ended')) return 'the saved session has already ended';
  const last = save.log[save.log.length - 1];
  if (last && last.t > save.now) return `the save's log runs past its clock (${last.t} s > ${save.now} s)`;
  return null;
}
