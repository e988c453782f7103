import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeFileDurably } from './durable-file';
import { TeamLogFile } from './team-log-file';
import { WorkshopControls } from './workshop-controls';
import { type WorkshopMeta, workshopMetaSchema } from './workshop-meta';
import type { ControlsStore, TeamLiveStore, TeamLogStore, WorkshopStore } from './workshop-store';

/**
 * The embedded default store, for one server process: the data folder, with one folder per
 * workshop holding its `workshop.json`, its `controls.json` and one JSON-lines log per team
 * (`team-<n>.jsonl`). A new workshop is on disk before it is handed out; on start every folder is
 * read back, so a server killed and restarted holds every event it acknowledged. A team's
 * connections and clock live in memory only (a restarted server has no connections yet).
 */
const META = 'workshop.json';
const teamFile = (dir: string, index: number): string => join(dir, `team-${index + 1}.jsonl`);

export class FileStore implements WorkshopStore {
  readonly shared = false;
  private readonly metas = new Map<string, WorkshopMeta>();

  constructor(readonly dataDir: string) {}

  get description(): string {
    return `data folder ${this.dataDir}`;
  }

  /** Opens the data folder (creating it) and reads back every workshop found there. */
  async loadAll(): Promise<WorkshopMeta[]> {
    await mkdir(this.dataDir, { recursive: true });
    const entries = (await readdir(this.dataDir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const dir = join(this.dataDir, entry.name);
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
      this.metas.set(meta.id, meta);
    }
    return [...this.metas.values()];
  }

  async create(meta: WorkshopMeta): Promise<boolean> {
    if (this.metas.has(meta.id)) return false;
    const dir = join(this.dataDir, meta.id);
    await mkdir(dir, { recursive: true });
    // The team files exist, their directory entries on disk, before any event is flushed into them.
    for (const [i] of meta.teams.entries()) await (await open(teamFile(dir, i), 'a')).close();
    await syncDirectory(dir);
    // Written last: a folder without it is skipped on start.
    await writeFileDurably(join(dir, META), `${JSON.stringify(meta, null, 2)}\n`);
    await syncDirectory(this.dataDir);
    this.metas.set(meta.id, meta);
    return true;
  }

  async read(id: string): Promise<WorkshopMeta | undefined> {
    return this.metas.get(id);
  }

  async idByKeyHash(hash: string): Promise<string | undefined> {
    for (const meta of this.metas.values()) if (meta.facilitatorKeyHash === hash) return meta.id;
    return undefined;
  }

  openTeamLog(meta: WorkshopMeta, team: number): Promise<TeamLogStore> {
    return TeamLogFile.open(teamFile(join(this.dataDir, meta.id), team));
  }

  openTeamLive(): TeamLiveStore {
    return new TeamLiveInMemory();
  }

  openControls(meta: WorkshopMeta): Promise<ControlsStore> {
    return WorkshopControls.open(join(this.dataDir, meta.id));
  }

  /** A disk that fails is not a passing outage: its errors are the server's (500). */
  unavailable(): boolean {
    return false;
  }

  async close(): Promise<void> {}
}

/** A team's connections and clock in this process's memory. */
class TeamLiveInMemory implements TeamLiveStore {
  private readonly open = new Set<string>();
  private now = 0;

  async join(connection: string): Promise<void> {
    this.open.add(connection);
  }

  async leave(connection: string): Promise<void> {
    this.open.delete(connection);
  }

  async connections(): Promise<number> {
    return this.open.size;
  }

  async report(now: number): Promise<void> {
    this.now = Math.max(this.now, now);
  }

  async reported(): Promise<number> {
    return this.now;
  }
}
