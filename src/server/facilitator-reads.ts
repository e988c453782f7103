import type { CompiledScenario } from '../content/compiled-scenario';
import { buildResults, type CurrentResults } from '../debrief/results';
import { HttpError } from './http-json';
import type { Workshop } from './workshop-registry';

/**
 * What only the facilitator reads besides the teams' state: one team's whole log (the console's
 * read-only mirror rebuilds the team's feed from it) and every finished team's results file (the
 * board opens on them at the end, no files moved). Both come from the logs the server holds.
 */
export async function teamLogBody(workshop: Workshop, index: number) {
  const team = workshop.teams[index];
  if (!team) throw new HttpError(404, `workshop "${workshop.meta.id}" has no team ${index}`);
  // The whole log the store holds, whichever server process the team writes through.
  const events = await team.readAll();
  return { team: team.name, held: events.length, events };
}

export interface WorkshopResults {
  /** One results file per team whose session has ended, as its debrief would write it. */
  readonly files: readonly { readonly name: string; readonly results: CurrentResults }[];
  /** Teams still playing or not started: the board says they are missing. */
  readonly unfinished: readonly string[];
}

export async function resultsBody(
  workshop: Workshop,
  scenario: CompiledScenario | undefined,
): Promise<WorkshopResults> {
  if (!scenario)
    throw new HttpError(409, `this server no longer has the workshop's scenario "${workshop.meta.scenario}"`);
  const files: { name: string; results: CurrentResults }[] = [];
  const unfinished: string[] = [];
  await Promise.all(workshop.teams.map((team) => team.refresh()));
  for (const team of workshop.teams) {
    if (!team.ended) {
      unfinished.push(team.name);
      continue;
    }
    const results = buildResults({
      manifest: scenario.manifest,
      stories: scenario.stories,
      log: team.events,
      mode: 'workshop',
      team: team.name,
    });
    files.push({ name: `${team.name}.json`, results });
  }
  return { files, unfinished };
}
