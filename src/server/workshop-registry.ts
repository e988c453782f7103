import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ControlAction, ControlMessage } from '../app/workshop/control-protocol';
import type { WorkshopSession } from '../app/workshop/workshop-setup';
import { syncDirectory, writeFileDurably } from './durable-file';
import { hashSecret, matchesHash, newId, newSecret } from './secrets';
import { TeamLog } from './team-log';
import { readTeamLog, TeamLogFile } from './team-log-file';
import { WorkshopControls } from './workshop-controls';
import { WORKSHOP_FORMAT, WORKSHOP_VERSION, type WorkshopMeta, workshopMetaSchema } from './workshop-meta';

/**
 * Every workshop the server runs, in memory and on disk under the data folder: one folder per
 * workshop with its `workshop.json` and one JSON-lines log per team (`team-<n>.jsonl`). A new
 * workshop is on disk before it is handed out; on start the registry reads every folder back, so a
 * server killed and restarted holds every event it acknowledged.
 */
export interface Workshop {
  readonly meta: WorkshopMeta;
  readonly teams: readonly TeamLog[];
  readonly controls: WorkshopControls;
}

/** Hands a control issued for one team to whatever delivers it (the team channel). */
export type ControlListener = (workshop: Workshop, team: number, message: ControlMessage) => void;

export interface CreatedWorkshop {
  readonly workshop: Workshop;
  readonly facilitatorKey: string;
  /** Each team's token, in the order of the teams. */
  readonly tokens: readonly string[];
}

const META = 'workshop.json';
const teamFile = (dir: string, index: number): string => join(dir, `team-${index + 1}.jsonl`);

export class WorkshopRegistry {
  private readonly workshops = new Map<string, Workshop>();
  /** Set by the team channel: called for each team a control is issued to, once it is on disk. */
  onControl: ControlListener = () => undefined;

  private constructor(readonly dataDir: string) {}

  /** Opens the data folder (creating it) and rebuilds every workshop found there. */
  static async open(dataDir: string): Promise<WorkshopRegistry> {
    const registry = new WorkshopRegistry(dataDir);
    await mkdir(dataDir, { recursive: true });
    for (const entry of (await readdir(dataDir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (!entry.isDirectory()) continue;
      const dir = join(dataDir, entry.name);
      let text: string;
      try {
        text = await readFile(join(dir, META), 'utf8');
      } catch {
        continue; // A folder whose creation never finished: the workshop was never handed out.
      }
      let meta: WorkshopMeta;
      try {
        meta = workshopMetaSchema.parse(JSON.parse(text));
      } catch (error) {
        throw new Error(`${join(dir, META)}: not a workshop file (${(error as Error).message})`);
      }
      registry.workshops.set(meta.id, await openWorkshop(dir, meta));
    }
    return registry;
  }

  get size(): number {
    return this.workshops.size;
  }

  get(id: string): Workshop | undefined {
    return this.workshops.get(id);
  }

  /** The workshop whose facilitator key this is. */
  byFacilitatorKey(key: string): Workshop | undefined {
    for (const w of this.workshops.values()) if (matchesHash(key, w.meta.facilitatorKeyHash)) return w;
    return undefined;
  }

  teamByToken(workshop: Workshop, token: string): TeamLog | undefined {
    return workshop.teams.find((_, i) => matchesHash(token, workshop.meta.teams[i]?.tokenHash ?? ''));
  }

  async create(session: WorkshopSession, hold: boolean, now = new Date()): Promise<CreatedWorkshop> {
    let id = newId();
    while (this.workshops.has(id)) id = newId();
    const facilitatorKey = newSecret();
    const tokens = session.teams.map(() => newSecret());
    const meta: WorkshopMeta = {
      format: WORKSHOP_FORMAT,
      version: WORKSHOP_VERSION,
      id,
      createdAt: now.toISOString(),
      scenario: session.scenario,
      lang: session.lang,
      seed: session.seed,
      speed: session.speed,
      hold,
      facilitatorKeyHash: hashSecret(facilitatorKey),
      teams: session.teams.map((name, i) => ({ name, tokenHash: hashSecret(tokens[i] ?? '') })),
    };
    const dir = join(this.dataDir, id);
    await mkdir(dir, { recursive: true });
    const workshop = await openWorkshop(dir, meta);
    await syncDirectory(dir);
    // Written last: a folder without it is skipped on start.
    await writeFileDurably(join(dir, META), `${JSON.stringify(meta, null, 2)}\n`);
    await syncDirectory(this.dataDir);
    this.workshops.set(id, workshop);
    return { workshop, facilitatorKey, tokens };
  }

  /** Issues a control to teams (indices already checked); delivered through `onControl`. */
  async issueControl(
    workshop: Workshop,
    to: readonly number[],
    control: ControlAction,
  ): Promise<ControlMessage> {
    const message = await workshop.controls.issue(to, control);
    for (const team of to) this.onControl(workshop, team, message);
    return message;
  }

  /** Waits for every append under way and closes the log files. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.workshops.values()].flatMap((w) => [...w.teams.map((t) => t.close()), w.controls.flushed()]),
    );
  }
}

async function openWorkshop(dir: string, meta: WorkshopMeta): Promise<Workshop> {
  const crisis = { scenario: meta.scenario, lang: meta.lang, seed: meta.seed };
  const teams = await Promise.all(
    meta.teams.map(async (team, i) => {
      const path = teamFile(dir, i);
      const { events, texts } = await readTeamLog(path);
      return new TeamLog(team.name, crisis, await TeamLogFile.open(path), events, texts);
    }),
  );
  return { meta, teams, controls: await WorkshopControls.open(dir) };
}
