import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang, PersonaType, ScenarioManifest, ThreadSpec } from '../content/scenario.schema';
import type { TriggerEvent } from '../content/tag.schema';
import type { ChoicePoint, ReplyOption } from '../story/beat';
import { StoryRunner } from '../story/story-runner';
import { type ActionResult, parseAction } from './action';
import { applyOutcome } from './apply-outcome';
import { countUnanswered } from './crowd';
import { crowdPost, crowdPulse } from './crowd-driver';
import { readEnding } from './ending';
import { ENGINE_VARIABLES, type EngineVariable, engineVariable } from './engine-variables';
import type { MenuKind, SessionEvent } from './event';
import { Feed } from './feed';
import { findInject, type InjectResult, landInject } from './land-inject';
import { initialMetrics, type Metrics } from './metrics';
import { shuffledPoint } from './option-order';
import { performAction } from './perform-action';
import { openReplyPoint, playBeat } from './play-beat';
import { BRAND, needsAnswer, type PostState } from './post';
import { createRng, type Rng } from './rng';
import { round3 } from './round';
import { Scheduler } from './scheduler';
import type { PendingReply, SessionCore } from './session-core';
import { readWritten, type WritingSituation, type WrittenReading, writtenSoFar } from './written-reply';

export type { PendingReply } from './session-core';

/**
 * One play session of a scenario: the simulated clock, the script's threads as ink flows, the
 * crowd model and the player's actions, all recorded in an append-only log. Deterministic: the
 * same scenario, language, seed and actions at the same times give the same log.
 */
export class CrisisSession implements SessionCore {
  readonly manifest: ScenarioManifest;
  readonly log: SessionEvent[] = [];
  readonly feed = new Feed();
  readonly metrics: Metrics;
  readonly blocked = new Set<string>();
  /** Posts the brand has liked: a like is given once. */
  readonly liked = new Set<string>();
  readonly runner: StoryRunner;
  readonly rng: Rng;
  /** The stream that orders the options shown to the player (see option-order.ts). */
  readonly orderRng: Rng;
  readonly pending = new Map<string, PendingReply>();
  /** Each composer's options while open; undefined until the player next opens it. */
  private readonly menus: Record<MenuKind, ChoicePoint | null | undefined> = {
    statement: undefined,
    update: undefined,
  };
  ending: string | null = null;
  private clock = 0;
  private finished = false;
  private readonly scheduler = new Scheduler();
  private seq = 0;
  private crowdSeq = 0;
  private brandSeq = 0;
  private readonly written = new Map<string, number | boolean>();
  /** The engine variables this scenario's ink declares: only those are written. */
  private readonly inkVariables: readonly EngineVariable[];
  /** A crowd flow free for the next crowd voice (see crowd-driver.ts). */
  freeCrowdFlow: string | null = null;
  /** Crowd threads a landed public statement already answers. */
  readonly coveredByStatement = new Set<string>();
  /** The brand post of the first statement that landed: it answers the crowd's pile-on. */
  landedStatement: string | null = null;
  /** While an action is being performed, the log index of its event: its consequences name it. */
  private causeIndex: number | null = null;
  /** While a logged action is replayed, the reading its text was given then (see replay.ts). */
  private loggedReading: WrittenReading | null = null;

  constructor(
    readonly scenario: CompiledScenario,
    readonly lang: Lang,
    readonly seed: number,
  ) {
    const m = scenario.manifest;
    this.manifest = m;
    this.rng = createRng(seed);
    this.orderRng = createRng(seed ^ 0x3c6ef372);
    this.runner = new StoryRunner(scenario.stories[lang], `scenarios/${m.id}/${m.id}.${lang}.ink`, seed);
    this.metrics = initialMetrics(m);
    this.inkVariables = ENGINE_VARIABLES.filter((name) => this.runner.hasVariable(name));
    this.record({ t: 0, type: 'session_started', scenario: m.id, lang, seed });
    for (const thread of m.threads) this.scheduler.at(thread.start, () => this.openThread(thread));
    this.scheduler.at(m.crowd.tickSeconds, () => crowdPulse(this));
    this.scheduler.at(m.durationSeconds, () => this.finish());
  }

  get now(): number {
    return this.clock;
  }

  get ended(): boolean {
    return this.finished;
  }

  get duration(): number {
    return this.manifest.durationSeconds;
  }

  nextEventTime(): number {
    return this.scheduler.nextTime;
  }

  get posts(): readonly PostState[] {
    return this.feed.posts;
  }

  post(id: string): PostState | undefined {
    return this.feed.get(id);
  }

  /** Display identity of an author: a scripted persona, an invented member of the crowd, or the brand. */
  persona(id: string): { name: string; handle: string; type: PersonaType | 'brand'; followers: number } {
    if (id === BRAND) return { ...this.manifest.brand, type: 'brand', followers: 0 };
    const p = this.manifest.personas.find((x) => x.id === id) ?? this.feed.crowdPersona(id);
    if (!p) throw new Error(`unknown persona "${id}"`);
    return p;
  }

  /**
   * A genuine complaint, question or press query the player can still answer: it holds a reply
   * point, or it is a crowd post no statement has answered. Only these build pressure by waiting.
   */
  readonly awaitingReply = (p: PostState): boolean =>
    p.answeredAt === null && needsAnswer(p) && (p.crowd || this.pending.has(p.id));

  replyOptions(postId: string): readonly ReplyOption[] | null {
    return this.pending.get(postId)?.point.options ?? null;
  }

  writtenOnlyOptions(postId: string): readonly ReplyOption[] {
    return this.pending.get(postId)?.point.writtenOnly ?? [];
  }

  /**
   * A hint: the model reply the script marks for a post that is waiting for one. Recorded in the
   * log (hints used are part of the session); changes nothing else.
   */
  hint(postId: string): ReplyOption | null {
    const model = this.replyOptions(postId)?.find((o) => o.model) ?? null;
    if (model && !this.finished) this.record({ t: this.clock, type: 'hint', post: postId, text: model.text });
    return model;
  }

  /**
   * Runs the clock forward to `t`, doing everything due on the way. The target is rounded to the
   * log's millisecond first, so a job due between `t` and the rounded clock runs before any action
   * taken at that clock time, as it does when the log is replayed.
   */
  advanceTo(t: number): void {
    if (!Number.isFinite(t)) return;
    const target = Math.min(round3(t), this.duration);
    for (
      let job = this.scheduler.takeDue(target);
      job && !this.finished;
      job = this.scheduler.takeDue(target)
    ) {
      this.clock = job.t;
      job.run();
    }
    if (!this.finished) this.clock = Math.max(this.clock, target);
  }

  /** Plays to the end with no further player action. */
  runToEnd(): void {
    this.advanceTo(this.duration);
  }

  /**
   * The one way a player's action enters the session: it is checked against the action schema and
   * the state of the crisis before anything is logged. A rejected action leaves the log unchanged
   * and says why.
   */
  act(action: unknown, logged?: WrittenReading): ActionResult {
    if (this.finished) return { ok: false, reason: 'the session has ended' };
    const parsed = parseAction(action);
    if (!parsed.ok) return parsed;
    this.loggedReading = logged ?? null;
    try {
      const result = performAction(this, parsed.action);
      if (result.ok) this.drain();
      return result;
    } finally {
      this.causeIndex = null;
      this.loggedReading = null;
    }
  }

  /**
   * The one way a facilitator's inject enters the session (see land-inject.ts): refused, with the
   * log unchanged, once the session has ended, for an id the scenario does not have, or for one
   * that has already landed (an inject happens once).
   */
  inject(id: unknown): InjectResult {
    if (this.finished) return { ok: false, reason: 'the session has ended' };
    const spec = findInject(this, id);
    if (typeof spec === 'string') return { ok: false, reason: spec };
    if (this.log.some((e) => e.type === 'inject' && e.inject === spec.id))
      return { ok: false, reason: `inject "${spec.id}" has already landed` };
    landInject(this, spec);
    this.drain();
    return { ok: true };
  }

  readText(text: string, situation: WritingSituation): WrittenReading {
    return (
      this.loggedReading ??
      readWritten(text, situation, {
        manifest: this.manifest,
        lang: this.lang,
        confirmed: this.metrics.analysed || this.metrics.escalated,
        earlier: writtenSoFar(this.log),
      })
    );
  }

  // ——— used by the action and outcome modules ———

  record(event: SessionEvent): void {
    if (event.type === 'action') this.causeIndex = this.log.length;
    this.log.push(event);
  }

  /** The action being performed now (its log index), or null when the crisis moves by itself. */
  get cause(): number | null {
    return this.causeIndex;
  }

  /** Marks a crowd post answered by the landed statement, in the post and in the log. */
  cover(p: PostState, by: string): void {
    p.answeredAt ??= this.clock;
    this.record({ t: this.clock, type: 'covered', post: p.id, by });
  }

  later(delay: number, run: () => void): void {
    this.scheduler.at(round3(this.clock + delay), run);
  }

  /** Runs `run` at simulated time `t` (never before now). */
  at(t: number, run: () => void): void {
    this.scheduler.at(t, run);
  }

  nextReplySeq(): number {
    return ++this.seq;
  }

  nextCrowdNumber(): number {
    return ++this.crowdSeq;
  }

  choose(postId: string, index: number, coachReading: string | null = null): void {
    const entry = this.pending.get(postId);
    if (!entry) return;
    this.pending.delete(postId);
    const target = this.feed.get(postId);
    this.syncVariables();
    const beat = this.runner.choose(entry.flow, index);
    playBeat(
      this,
      entry.flow,
      target?.thread ?? entry.flow,
      beat,
      target?.author ?? null,
      true,
      coachReading,
    );
  }

  /** Fires a trigger choice (`on: deleted`…) of the post's reply point; true if the script had one. */
  trigger(postId: string, on: TriggerEvent): boolean {
    const point = this.pending.get(postId)?.point;
    if (!point) return false;
    const index =
      point.triggers[on] ?? (on === 'hidden' || on === 'blocked' ? point.triggers.deleted : undefined);
    if (index === undefined) return false;
    this.record({ t: this.clock, type: 'trigger', post: postId, on });
    this.choose(postId, index);
    return true;
  }

  /**
   * The player has just asked (analysed or escalated): every reply point whose script has an
   * `on: confirmed` choice takes it and offers its replies again, now that the facts are known.
   * The patience of the post runs on from when it was posted.
   */
  factsConfirmed(): void {
    const waiting = [...this.pending].filter(([, e]) => e.point.triggers.confirmed !== undefined);
    for (const [postId, entry] of waiting) {
      const index = entry.point.triggers.confirmed as number;
      this.record({ t: this.clock, type: 'trigger', post: postId, on: 'confirmed' });
      this.pending.delete(postId);
      this.syncVariables();
      const beat = this.runner.choose(entry.flow, index);
      if (beat.lines.length === 0 && beat.choices) openReplyPoint(this, postId, entry.flow, beat.choices);
      else {
        const target = this.feed.get(postId);
        playBeat(this, entry.flow, target?.thread ?? entry.flow, beat, target?.author ?? null);
      }
    }
  }

  /** Publishes a brand post (reply, statement, update) and returns its id. */
  publishBrandPost(
    text: string,
    thread: string,
    replyTo: string | null,
    channel: 'public' | 'private',
  ): string {
    const id = `brand-${++this.brandSeq}`;
    const network = replyTo
      ? (this.feed.get(replyTo)?.network ?? this.metrics.networks[0])
      : this.metrics.networks[0];
    this.addPost({
      id,
      thread,
      author: BRAND,
      authorType: 'brand',
      kind: 'comment',
      network: network ?? 'main',
      channel,
      text,
      t: this.clock,
      replyTo,
      crowd: false,
      patience: 0,
      likes: 0,
      shares: 0,
      status: 'visible',
      answeredAt: null,
      left: false,
    });
    this.feed.setLast(thread, id);
    return id;
  }

  /**
   * The options of a composer (public statement, follow-up update), or null when the script offers
   * none now. Opening runs the script as the crisis stands, so the options fit the moment; it is
   * logged, and the options stay until one is used, or until `reopen` asks for them afresh (the
   * player opening the composer again later).
   */
  menu(kind: MenuKind, reopen = false): ChoicePoint | null {
    const open = this.menus[kind];
    if (this.finished || (open !== undefined && !reopen)) return open ?? null;
    this.syncVariables();
    const beat = this.runner.start(
      kind,
      kind === 'statement' ? this.manifest.knots.statement : this.manifest.knots.update,
    );
    const point =
      beat.choices && beat.choices.options.length > 0 ? shuffledPoint(beat.choices, this.orderRng) : null;
    this.menus[kind] = point;
    const options = (point?.options ?? []).map((o) => ({ ...o, qualities: [...o.qualities] }));
    this.record({ t: this.clock, type: 'menu_opened', menu: kind, options });
    return point;
  }

  /** The composer's options while it is open, or null when it is closed or offers nothing now. */
  openComposer(kind: MenuKind): ChoicePoint | null {
    return this.menus[kind] ?? null;
  }

  playMenuChoice(menu: MenuKind, index: number, thread: string, coachReading: string | null = null): void {
    this.syncVariables();
    const beat = this.runner.choose(menu, index);
    // The composer opens afresh next time, so the reactions are played without a reply point of their own.
    playBeat(this, menu, thread, { ...beat, choices: null, done: false }, null, true, coachReading);
    this.menus[menu] = undefined;
  }

  spawnCrowd(kind: 'troll' | 'complaint', count: number): void {
    const voices = this.manifest.crowd.voices.filter((v) =>
      kind === 'troll' ? v.kind === 'troll' : v.kind === 'complaint',
    );
    for (let i = 0; i < count && voices.length > 0; i++) {
      const voice = this.rng.pick(voices);
      this.later(10 + 15 * i, () => crowdPost(this, voice));
    }
  }

  // ——— internals ———

  private drain(): void {
    this.advanceTo(this.clock);
  }

  /** Writes the engine's state into the ink variables the script declares, before any ink runs. */
  syncVariables(): void {
    const m = this.metrics;
    for (const name of this.inkVariables) {
      const value = engineVariable(name, m, this);
      if (this.written.get(name) === value) continue;
      this.runner.setVariable(name, value);
      this.written.set(name, value);
    }
  }

  /** Genuine complaints and questions still waiting for the brand (the ink variable `unanswered`). */
  unansweredCount(): number {
    return countUnanswered(this.feed.unansweredCandidates, this.awaitingReply);
  }

  private openThread(spec: ThreadSpec): void {
    if (spec.minHeat !== undefined && this.metrics.heat < spec.minHeat) {
      this.later(this.manifest.crowd.tickSeconds, () => this.openThread(spec));
      return;
    }
    this.record({ t: this.clock, type: 'thread_started', thread: spec.id });
    this.syncVariables();
    playBeat(this, spec.id, spec.id, this.runner.start(spec.id, spec.knot), null);
  }

  /** A post arrives: into the feed and the log; a public complaint starts its wait for an answer. */
  addPost(p: PostState): void {
    this.feed.add(p);
    const { likes: _l, shares: _s, status: _st, answeredAt: _a, left: _left, t, ...record } = p;
    this.record({ t, type: 'post', post: record });
    if (p.crowd && this.landedStatement && this.coveredByStatement.has(p.thread))
      this.cover(p, this.landedStatement);
    if (needsAnswer(p) && p.channel === 'public') {
      this.scheduler.at(round3(p.t + p.patience), () => {
        if (p.status === 'visible' && this.awaitingReply(p)) {
          applyOutcome(this, { effect: 'complaint_grew', heat: 3, sentiment: -3 }, p.id);
        }
      });
    }
  }

  private finish(): void {
    this.syncVariables();
    const { id, epilogue } = readEnding(this.runner, this.manifest, this.lang);
    this.ending = id;
    this.record({ t: this.clock, type: 'ending', ending: id, epilogue });
    this.record({ t: this.clock, type: 'session_ended' });
    this.finished = true;
    this.scheduler.clear();
  }
}
