import type { Quality } from '../../src/content/quality';
import { type ScenarioManifest, scenarioManifestSchema } from '../../src/content/scenario.schema';
import { type PlayerAction, replyWith } from '../../src/sim/action';
import { replyValue } from '../../src/sim/consequences';
import { type Effect, type PostRecord, type SessionEvent, sessionLogSchema } from '../../src/sim/event';

/**
 * Hand-built session logs for rule tests: say what happened, in order, and get a log that the
 * log schema accepts. Consequences default to what the engine would record, so a test only names
 * an effect when the effect is the point.
 */
export const DURATION = 600;

export function testManifest(overrides: Partial<ScenarioManifest> = {}): ScenarioManifest {
  return scenarioManifestSchema.parse({
    schemaVersion: 1,
    id: 'hand',
    title: { es: 'A mano', en: 'By hand' },
    summary: { es: 'Registro hecho a mano.', en: 'Hand-built log.' },
    brand: { name: 'Acme', handle: 'acme' },
    difficulty: 1,
    durationSeconds: DURATION,
    networks: [
      { id: 'chirp', name: 'Chirp' },
      { id: 'pics', name: 'Pics' },
    ],
    principles: ['empathy', 'transparency', 'no_deletion', 'follow_up'],
    redressBudget: 100,
    personas: [{ id: 'ana', name: 'Ana', handle: 'ana', type: 'affected_customer' }],
    threads: [{ id: 'ana', knot: 'ana', start: 0 }],
    ...overrides,
  });
}

type PostOpts = Partial<Omit<PostRecord, 'id'>>;
interface ReplyOpts {
  channel?: 'public' | 'private';
  model?: boolean;
  effect?: Effect;
  text?: string;
}
export interface OptionSpec {
  qualities: Quality[];
  channel?: 'public' | 'private';
  model?: boolean;
  text?: string;
}

export class LogBuilder {
  private readonly events: SessionEvent[] = [];
  private brand = 0;
  /** The brand post of the first statement that landed. */
  private landed: string | null = null;

  constructor(lang: 'es' | 'en' = 'es', seed = 1, scenario = 'hand') {
    this.events.push({ t: 0, type: 'session_started', scenario, lang, seed });
  }

  post(t: number, id: string, opts: PostOpts = {}): this {
    const post: PostRecord = {
      id,
      thread: opts.thread ?? id,
      author: opts.author ?? id,
      authorType: opts.authorType ?? 'affected_customer',
      kind: opts.kind ?? 'complaint',
      network: opts.network ?? 'chirp',
      channel: opts.channel ?? 'public',
      text: opts.text ?? `post ${id}`,
      replyTo: opts.replyTo ?? null,
      crowd: opts.crowd ?? false,
      patience: opts.patience ?? 120,
    };
    this.events.push({ t, type: 'post', post });
    // As the engine does: once a statement has landed, the crowd's new posts are answered by it.
    if (post.crowd && this.landed) this.events.push({ t, type: 'covered', post: id, by: this.landed });
    return this;
  }

  /** A complaint by a genuine customer, with the script's reply options opened on it. */
  complaint(t: number, id: string, options: OptionSpec[] = DEFAULT_OPTIONS, opts: PostOpts = {}): this {
    return this.post(t, id, { kind: 'complaint', ...opts }).options(t, id, options);
  }

  options(t: number, post: string, options: OptionSpec[]): this {
    this.events.push({
      t,
      type: 'reply_opened',
      post,
      options: options.map((o, index) => ({
        index,
        text: o.text ?? `option ${index}`,
        qualities: o.qualities,
        channel: o.channel ?? 'public',
        model: o.model ?? false,
      })),
    });
    return this;
  }

  reply(t: number, post: string, qualities: Quality[], opts: ReplyOpts = {}): this {
    const channel = opts.channel ?? 'public';
    const action = replyWith(channel, post, 0);
    const effect = opts.effect ?? (replyValue(qualities) > 0 ? 'calmed' : 'backfired');
    return this.publish(t, action, qualities, channel, opts, effect, post);
  }

  statement(t: number, qualities: Quality[], opts: ReplyOpts = {}): this {
    const effect = opts.effect ?? (replyValue(qualities) > 0 ? 'statement_landed' : 'statement_backfired');
    return this.publish(t, { type: 'statement', option: 0 }, qualities, 'public', opts, effect, null);
  }

  update(t: number, qualities: Quality[], opts: ReplyOpts = {}): this {
    const effect = opts.effect ?? (replyValue(qualities) > 0 ? 'update_landed' : 'update_backfired');
    return this.publish(t, { type: 'update', option: 0 }, qualities, 'public', opts, effect, null);
  }

  act(t: number, action: PlayerAction, effect: Effect = 'left_alone', post: string | null = null): this {
    const index = this.events.length;
    this.events.push({ t, type: 'action', action });
    return this.caused(index, t, effect, 'post' in action ? action.post : post);
  }

  moderate(
    t: number,
    type: 'hide' | 'delete' | 'block',
    post: string,
    effect: Effect = 'criticism_silenced',
  ): this {
    return this.act(t, { type, post }, effect);
  }

  like(t: number, post: string, effect: Effect = 'left_alone'): this {
    return this.act(t, { type: 'like', post }, effect);
  }

  redress(t: number, post: string, amount = 30, effect: Effect = 'redress_given'): this {
    return this.act(t, { type: 'redress', post, amount }, effect);
  }

  analyse(t: number): this {
    return this.act(t, { type: 'analyse' }, 'analysed');
  }

  escalate(t: number): this {
    return this.act(t, { type: 'escalate' }, 'escalated');
  }

  trigger(t: number, post: string, on: 'ignored' | 'deleted' | 'hidden' | 'blocked'): this {
    this.events.push({ t, type: 'trigger', post, on });
    return this;
  }

  /** A consequence of the crisis itself, not of an action. */
  consequence(t: number, effect: Effect, post: string | null): this {
    this.events.push({ t, type: 'consequence', effect, post, heat: 0, sentiment: 0 });
    return this;
  }

  /** The consequence of the action logged at `index`, naming it as the engine does. */
  private caused(index: number, t: number, effect: Effect, post: string | null): this {
    this.events.push({ t, type: 'consequence', effect, post, heat: 0, sentiment: 0, action: index });
    return this;
  }

  pulse(t: number, heat: number, sentiment = 0): this {
    this.events.push({ t, type: 'pulse', heat, sentiment, reach: 0, grew: [] });
    return this;
  }

  jump(t: number, network: string): this {
    this.events.push({ t, type: 'network_jump', network });
    return this;
  }

  build(end = DURATION): SessionEvent[] {
    const log: SessionEvent[] = [
      ...this.events,
      { t: end, type: 'ending', ending: 'done', epilogue: [] },
      { t: end, type: 'session_ended' },
    ];
    return sessionLogSchema.parse(log);
  }

  private publish(
    t: number,
    action: PlayerAction,
    qualities: Quality[],
    channel: 'public' | 'private',
    opts: ReplyOpts,
    effect: Effect,
    post: string | null,
  ): this {
    const id = `brand-${++this.brand}`;
    const index = this.events.length;
    this.events.push({
      t,
      type: 'action',
      action,
      reply: { id, text: opts.text ?? `reply ${id}`, qualities, channel, model: opts.model ?? false },
    });
    if (effect === 'statement_landed' && !this.landed) {
      this.landed = id;
      const pointed = new Set(this.events.flatMap((e) => (e.type === 'reply_opened' ? [e.post] : [])));
      for (const e of this.events)
        if (e.type === 'post' && e.post.crowd && !pointed.has(e.post.id))
          this.events.push({ t, type: 'covered', post: e.post.id, by: id });
    }
    return this.caused(index, t, effect, post ?? id);
  }
}

/** A typical reply point: a model reply that listens and takes it private, a defensive one, a private one. */
export const DEFAULT_OPTIONS: OptionSpec[] = [
  { qualities: ['apologises', 'empathises', 'offers_private'], model: true, text: 'Sorry, we are on it.' },
  { qualities: ['defensive', 'blames_customer'], text: 'Read the manual.' },
  { qualities: ['asks_details', 'offers_private'], channel: 'private', text: 'Your order number?' },
];
