import type { CrowdPersona } from './crowd-persona';
import { needsAnswer, type PostState } from './post';

/**
 * The posts of a session and the indices the engine keeps over them: by id, the latest of each
 * thread, the public posts the crowd model still looks at, the ones still owed an answer, and the
 * people the crowd model invented.
 */
export class Feed {
  readonly posts: PostState[] = [];
  /** Public posts by the public that may still gather likes, shares or pressure (the crowd model prunes it). */
  readonly engaging: PostState[] = [];
  /** Posts that needed an answer when they arrived and have not had one (pruned as they settle). */
  readonly unansweredCandidates: PostState[] = [];
  private readonly byId = new Map<string, PostState>();
  private readonly lastInThread = new Map<string, string>();
  private readonly threadCount = new Map<string, number>();
  private readonly reserved = new Set<string>();
  private readonly crowdPersonas = new Map<string, CrowdPersona>();

  get(id: string): PostState | undefined {
    return this.byId.get(id);
  }

  add(p: PostState): void {
    this.posts.push(p);
    this.byId.set(p.id, p);
    if (p.channel !== 'private' && p.authorType !== 'brand') this.engaging.push(p);
    if (needsAnswer(p)) this.unansweredCandidates.push(p);
  }

  /** The id for the next scripted post of a thread: its `id` tag, or `<thread>-<n>`, never one in use. */
  reserveId(thread: string, tagged: string | undefined): string {
    const n = (this.threadCount.get(thread) ?? 0) + 1;
    this.threadCount.set(thread, n);
    let id = tagged ?? `${thread}-${n}`;
    if (this.byId.has(id) || this.reserved.has(id)) id = `${id}~${n}`;
    this.reserved.add(id);
    return id;
  }

  lastIn(thread: string): string | null {
    return this.lastInThread.get(thread) ?? null;
  }

  setLast(thread: string, id: string): void {
    this.lastInThread.set(thread, id);
  }

  /** The crowd model lets go of old posts nobody waits on; one that gets a reply point is live again. */
  engage(p: PostState): void {
    if (p.channel !== 'private' && !this.engaging.includes(p)) this.engaging.push(p);
  }

  addCrowdPersona(persona: CrowdPersona): void {
    this.crowdPersonas.set(persona.id, persona);
  }

  crowdPersona(id: string): CrowdPersona | undefined {
    return this.crowdPersonas.get(id);
  }
}
