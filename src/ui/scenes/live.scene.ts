import { redressAction, redressAmount } from '../../app/player-commands';
import type { PlayerAction } from '../../sim/action';
import type { PostView, SessionView } from '../../sim/session-view';
import { FeedView } from '../dom/feed-view';
import { clock } from '../format';
import { type Drawer, RetainedLayer } from '../retained-layer';
import { COLORS, HEIGHT, TEXT, textStyle } from '../theme';
import { feedOrder, privateMessages } from '../widgets/feed-order';
import { drawLiveSide } from '../widgets/live-side';
import { drawPostCard } from '../widgets/post-card';
import { BaseScene } from './base.scene';
import { LiveComposer } from './live-composer';

const FEED_X = 20;
const FEED_W = 800;
const SIDE_X = 840;
const SIDE_W = 420;
const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];
const APPEAR_MS = 350;
const TOAST_MS = 4000;

/**
 * The live feed. Draws the session a few times a second (more while a post slides in) and turns
 * keys into actions for the game-flow machine; no game rule lives here. Only the posts that fit
 * on screen exist as game objects, however long the crisis gets.
 */
export class LiveScene extends BaseScene {
  private selectedId: string | null = null;
  /** The write box: the one composer, for the canvas keys and the accessible layer. */
  private writing: LiveComposer | null = null;
  private status = '';
  private toast: { text: string; until: number } | null = null;
  /** The log position up to which happenings have been shown. */
  private seen = -1;
  private shownRejection: unknown = null;
  private lastDraw = 0;
  private readonly firstSeen = new Map<string, number>();
  private feedView: FeedView | null = null;
  private layer: RetainedLayer | null = null;

  constructor() {
    super('live');
  }

  /** The read-only view of the live session: the scene draws it and never touches the session. */
  private get view(): SessionView | null {
    return this.ctx.actor.getSnapshot().context.view;
  }

  create(): void {
    this.selectedId = null;
    this.status = '';
    this.toast = null;
    this.seen = -1;
    this.firstSeen.clear();
    this.layer = new RetainedLayer(this);
    const writing = new LiveComposer(this.ctx, this.lang, (text) => this.say(text));
    this.writing = writing;
    this.events.once('shutdown', () => {
      this.layer?.clear();
      this.layer = null;
      writing.destroy();
      this.writing = null;
    });
    this.onKey((e) => this.handleKey(e));
    const first = this.view;
    this.feedView = first
      ? new FeedView(this.ctx.a11y, () => this.view ?? first, this.lang, {
          act: (action) => this.send(action),
          write: (kind: 'public' | 'private' | 'statement' | 'update', post?: string) => {
            if (kind === 'statement' || kind === 'update') writing.menu(kind);
            else if (post) writing.reply(post, kind);
          },
          redressAmount: () => redressAmount(this.view ?? first),
          togglePause: () => this.togglePause(),
          changeSpeed: (step) => this.changeSpeed(step),
          advance: () => this.ctx.actor.send({ type: 'ADVANCE' }),
          hint: this.ctx.actor.getSnapshot().context.mode === 'assessment' ? null : (post) => this.hint(post),
          isPaused: () => this.ctx.actor.getSnapshot().matches({ live: 'paused' }),
        })
      : null;
    if (this.feedView) this.ctx.a11y.show(this.feedView.node);
    this.shownRejection = this.ctx.actor.getSnapshot().context.lastRejection;
    const sub = this.ctx.actor.subscribe((snap) => {
      // Each refusal is shown once, when it happens; later messages replace it.
      const rejection = snap.context.lastRejection;
      if (rejection && rejection !== this.shownRejection) {
        this.status = this.t('live.rejected', { reason: rejection.reason });
        // A refused send is said by the write box itself, beside the text it kept.
        if (!this.writing?.open) this.ctx.a11y.announce(this.status);
      }
      this.shownRejection = rejection;
    });
    this.events.once('shutdown', () => sub.unsubscribe());
    this.events.on('notice', (text: string) => {
      this.toast = { text, until: this.time.now + TOAST_MS * 2 };
      this.feedView?.setAlert(text);
    });
    this.events.once('shutdown', () => this.events.off('notice'));
    if (this.ctx.saveWarning) this.events.emit('notice', this.ctx.saveWarning);
    this.draw();
  }

  override update(time: number): void {
    const animating = [...this.firstSeen.values()].some((t0) => time - t0 < APPEAR_MS);
    if (time - this.lastDraw > (animating ? 33 : 250)) this.draw();
  }

  /** Every action of this scene goes to the flow's one command path. */
  private send(action: PlayerAction): void {
    this.ctx.actor.send({ type: 'ACT', action });
  }

  private say(text: string): void {
    this.status = text;
    this.ctx.a11y.announce(text);
    this.draw();
  }

  private selectable(v: SessionView): PostView[] {
    return [...feedOrder(v.posts), ...privateMessages(v.posts)].filter((p) => !p.author.isBrand);
  }

  private handleKey(e: KeyboardEvent): void {
    const v = this.view;
    if (!v) return;
    const list = this.selectable(v);
    const index = list.findIndex((p) => p.id === this.selectedId);
    const post = list[index] ?? list[0];
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const writing = this.writing;
    // With the box open but the focus out of it, a digit picks that suggestion (when offered),
    // sent where the box was opened, whatever is selected now.
    if (writing?.open && /^[1-9]$/.test(key)) writing.box.pick(Number(key));
    else if (key === 'Escape') writing?.box.cancel();
    else if (key === 'ArrowDown') this.selectedId = list[Math.min(list.length - 1, index + 1)]?.id ?? null;
    else if (key === 'ArrowUp') this.selectedId = list[Math.max(0, index - 1)]?.id ?? null;
    else if (key === ' ') this.togglePause();
    else if (key === '+' || key === '-') this.changeSpeed(key === '+' ? 1 : -1);
    else if (key === 'n') this.ctx.actor.send({ type: 'ADVANCE' });
    else if (key === 'i' && post) this.hint(post.id);
    else if (key === 'e') this.send({ type: 'escalate' });
    else if (key === 'a') this.analyse();
    else if (key === 's' || key === 'u') writing?.menu(key === 's' ? 'statement' : 'update');
    else if (post) this.postAction(v, post, key);
    else return;
    e.preventDefault?.();
    this.draw();
  }

  private postAction(v: SessionView, post: PostView, key: string): void {
    this.selectedId = post.id;
    if (key === 'r' || key === 'p') {
      this.writing?.reply(post.id, key === 'r' ? 'public' : 'private');
      return;
    }
    const simple = { l: 'like', h: 'hide', d: 'delete', b: 'block', x: 'leave' } as const;
    // A like is given once: say so in the player's language rather than send what the engine refuses.
    if (key === 'l' && post.liked) this.status = this.t('live.alreadyLiked');
    else if (key in simple) this.send({ type: simple[key as keyof typeof simple], post: post.id });
    else if (key === 'm') {
      const action = redressAction(v, post.id);
      if (!action) this.status = this.t('live.noBudget');
      else {
        this.send(action);
        if (action.type === 'redress') this.status = this.t('live.redressed', { amount: action.amount });
      }
    }
  }

  /** Hints on demand (not in self-assessment): the model reply of the post, recorded in the log. */
  private hint(postId: string): void {
    if (this.ctx.actor.getSnapshot().context.mode === 'assessment') return;
    this.ctx.actor.send({ type: 'HINT', post: postId });
    // The flow sets `hint` on every request: the model reply, or null when the post awaits none.
    const hint = this.ctx.actor.getSnapshot().context.hint;
    this.status = hint ? this.t('live.hint', { text: hint.text }) : this.t('live.noHint');
    this.ctx.a11y.announce(this.status);
  }

  private analyse(): void {
    this.send({ type: 'analyse' });
    const analysis = this.view?.analysis;
    if (analysis) this.status = this.t('live.analysis', { ...analysis });
  }

  private togglePause(): void {
    this.ctx.actor.send({
      type: this.ctx.actor.getSnapshot().matches({ live: 'paused' }) ? 'RESUME' : 'PAUSE',
    });
  }

  private changeSpeed(step: number): void {
    const current = this.ctx.actor.getSnapshot().context.speed;
    const i = SPEEDS.findIndex((v) => v >= current);
    const next =
      SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? SPEEDS.length - 1 : i) + step))] ?? 1;
    this.ctx.actor.send({ type: 'SET_SPEED', speed: next });
  }

  /** Notifications for what a community manager must not miss. */
  private notices(v: SessionView): void {
    for (const e of v.happenings) {
      if (e.seq <= this.seen) continue;
      this.seen = e.seq;
      let text: string | null = null;
      if (e.kind === 'network_jump') {
        text = this.t('live.jump', {
          network: v.metrics.networks.find((n) => n.id === e.network)?.name ?? e.network,
        });
      } else if (e.kind === 'press') text = this.t('live.press');
      else if (e.kind === 'escalated') this.status = this.t('live.escalated');
      else this.status = this.t('live.coach', { text: e.text });
      if (text) {
        this.toast = { text, until: this.time.now + TOAST_MS };
        this.ctx.a11y.announce(text);
      }
    }
  }

  private draw(): void {
    this.lastDraw = this.time.now;
    const s = this.view;
    if (!s) return;
    this.notices(s);
    this.feedView?.update();
    this.writing?.follow(this.game.canvas);
    const draw = this.layer;
    if (!draw) return;
    draw.begin();
    const feed = feedOrder(s.posts);
    const selectable = this.selectable(s);
    if (!this.selectedId || !selectable.some((p) => p.id === this.selectedId))
      this.selectedId = selectable[0]?.id ?? null;
    this.drawFeed(draw, s, feed);
    this.drawSide(draw, s);
    if (this.toast && this.time.now < this.toast.until) {
      const text = draw
        .text(FEED_X + FEED_W / 2, 30, this.toast.text, textStyle(18, '#10151c', { fontStyle: 'bold' }))
        .setOrigin(0.5, 0);
      draw
        .rectangle(text.x, 24, text.width + 32, text.height + 12, COLORS.accent)
        .setOrigin(0.5, 0)
        .setDepth(-0.5);
    }
    draw.end();
  }

  private drawFeed(draw: Drawer, s: SessionView, feed: PostView[]): void {
    draw
      .rectangle(FEED_X, 20, FEED_W, HEIGHT - 40, COLORS.background)
      .setOrigin(0, 0)
      .setDepth(-2);
    if (feed.length === 0) draw.text(FEED_X + 20, 40, this.t('live.empty'), textStyle(18, TEXT.secondary));
    const selectedIndex = feed.findIndex((p) => p.id === this.selectedId);
    let y = 20;
    for (const post of feed.slice(Math.max(0, selectedIndex - 2))) {
      if (y > HEIGHT - 60) break;
      const shown = this.firstSeen.get(post.id) ?? this.time.now;
      this.firstSeen.set(post.id, shown);
      const progress = this.ctx.reducedMotion() ? 1 : Math.min(1, (this.time.now - shown) / APPEAR_MS);
      const card = drawPostCard(draw, post, FEED_X, y, FEED_W, post.id === this.selectedId, {
        meta: `${post.networkName} · ${this.ago(s.now - post.t)}`,
        badge: post.awaiting ? this.t('live.waiting', { time: clock(s.now - post.t) }) : null,
        status: post.status === 'hidden' ? this.t('live.hidden') : null,
      });
      if (progress < 1) {
        for (const o of card.objects) {
          const g = o as unknown as { alpha: number; x: number };
          g.alpha *= progress;
          g.x -= (1 - progress) * 40;
        }
      }
      y += card.height + 8;
    }
  }

  private drawSide(draw: Drawer, s: SessionView): void {
    const snap = this.ctx.actor.getSnapshot();
    drawLiveSide(draw, s, {
      t: (key, vars) => this.t(key, vars),
      x: SIDE_X,
      width: SIDE_W,
      timer: snap.context.timer,
      speed: snap.context.speed,
      paused: snap.matches({ live: 'paused' }),
      // The write box covers the panel while it is open; the messages show again when it closes.
      composing: this.writing?.open != null,
      status: this.status,
      selectedId: this.selectedId,
    });
  }

  private ago(age: number): string {
    return age < 60
      ? this.t('live.agoSeconds', { n: Math.floor(age) })
      : this.t('live.agoMinutes', { n: Math.floor(age / 60) });
  }
}
