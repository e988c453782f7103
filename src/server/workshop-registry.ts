import type { ControlAction, ControlMessage } from '../app/workshop/control-protocol';
import type { WorkshopSession } from '../app/workshop/workshop-setup';
import { hashSecret, matchesHash, newId, newSecret } from './secrets';
import { TeamLog } from './team-log';
import { WORKSHOP_FORMAT, WORKSHOP_VERSION, type WorkshopMeta } from './workshop-meta';
import type { ControlsStore, WorkshopStore } from './workshop-store';

/**
 * Every workshop this server process runs, over the store that keeps them (the data folder, or
 * Redis shared with other processes). A workshop is kept in the store before it is handed out. A
 * store of one process is read back whole on start; a shared one is read as workshops are asked
 * for (one created by another process is found there), and each is then held in memory.
 */
export interface Workshop {
  readonly meta: WorkshopMeta;
  readonly teams: readonly TeamLog[];
  readonly controls: ControlsStore;
}

/** Hands a control issued for one team to whatever delivers it (the team channel). */
export type ControlListener = (workshop: Workshop, team: number, message: ControlMessage) => void;

export interface CreatedWorkshop {
  readonly workshop: Workshop;
  readonly facilitatorKey: string;
  /** Each team's token, in the order of the teams. */
  readonly tokens: readonly string[];
}

export class WorkshopRegistry {
  private readonly workshops = new Map<string, Workshop>();
  /** Workshops being opened, so two requests at once open one. */
  private readonly opening = new Map<string, Promise<Workshop | undefined>>();
  /** Set by the team channel: called for each team a control is issued to, once it is kept. */
  onControl: ControlListener = () => undefined;

  private constructor(readonly store: WorkshopStore) {}

  /** Opens the store and rebuilds every workshop it hands back on start. */
  static async open(store: WorkshopStore): Promise<WorkshopRegistry> {
    const registry = new WorkshopRegistry(store);
    for (const meta of await store.loadAll())
      registry.workshops.set(meta.id, await openWorkshop(store, meta));
    return registry;
  }

  /** The workshops held in this process's memory. */
  get size(): number {
    return this.workshops.size;
  }

  /** A workshop this process already holds (every workshop, with the file store). */
  get(id: string): Workshop | undefined {
    return this.workshops.get(id);
  }

  /** A workshop by id, from the store when this process does not hold it yet. */
  find(id: string): Promise<Workshop | undefined> {
    const held = this.workshops.get(id);
    if (held) return Promise.resolve(held);
    const under = this.opening.get(id);
    if (under) return under;
    const opening = (async () => {
      const meta = await this.store.read(id);
      if (!meta) return undefined;
      const workshop = this.workshops.get(id) ?? (await openWorkshop(this.store, meta));
      this.workshops.set(id, workshop);
      return workshop;
    })().finally(() => this.opening.delete(id));
    this.opening.set(id, opening);
    return opening;
  }

  /**
   * The workshop whose facilitator key this is. Looked up by the key's SHA-256: comparing hashes
   * of a secret leaks nothing an attacker can steer, and a shared store can index them.
   */
  async byFacilitatorKey(key: string): Promise<Workshop | undefined> {
    const id = await this.store.idByKeyHash(hashSecret(key));
    return id === undefined ? undefined : this.find(id);
  }

  teamByToken(workshop: Workshop, token: string): TeamLog | undefined {
    return workshop.teams.find((_, i) => matchesHash(token, workshop.meta.teams[i]?.tokenHash ?? ''));
  }

  async create(session: WorkshopSession, hold: boolean, now = new Date()): Promise<CreatedWorkshop> {
    const facilitatorKey = newSecret();
    const tokens = session.teams.map(() => newSecret());
    const metaWith = (id: string): WorkshopMeta => ({
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
    });
    let meta = metaWith(newId());
    while (this.workshops.has(meta.id) || !(await this.store.create(meta))) meta = metaWith(newId());
    const workshop = await openWorkshop(this.store, meta);
    this.workshops.set(meta.id, workshop);
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

  /** Waits for every append under way, closes the logs, then the store. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.workshops.values()].flatMap((w) => [...w.teams.map((t) => t.close()), w.controls.flushed()]),
    );
    await this.store.close();
  }
}

async function openWorkshop(store: WorkshopStore, meta: WorkshopMeta): Promise<Workshop> {
  const crisis = { scenario: meta.scenario, lang: meta.lang, seed: meta.seed };
  const teams = await Promise.all(
    meta.teams.map(async (team, i) =>
      TeamLog.open(
        team.name,
        crisis,
        await store.openTeamLog(meta, i),
        store.openTeamLive(meta, i),
        store.shared,
      ),
    ),
  );
  return { meta, teams, controls: await store.openControls(meta) };
}
