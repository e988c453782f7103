import type { PlayerAction } from '../../sim/action';
import type { PostState } from '../../sim/post';
import type { CrisisSession } from '../../sim/session';
import type { ReplyOption } from '../../story/beat';
import { FeedView } from '../dom/feed-view';
import { clock } from '../format';
import { COLORS, HEIGHT, TEXT, textStyle } from '../theme';
import { drawHud } from '../widgets/hud';
import { drawPostCard } from '../widgets/post-card';
import { BaseScene } from './base.scene';

type Composer = {
  kind: 'public' | 'private' | 'statement' | 'update';
  options: readonly ReplyOption[];
} | null;

const FEED_X = 20;
const FEED_W = 800;
const SIDE_X = 840;
const SIDE_W = 420;
const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];

/**
 * The live feed. Draws the session's state a few times a second and turns keys into actions for
 * the game-flow machine; no game rule lives here. Only the posts that fit on screen are drawn.
 */
export class LiveScene extends BaseScene {
  private selectedId: string | null = null;
  private composer: Composer = null;
  private status = '';
  private seen = 0;
  private lastDraw = 0;
  private view: FeedView | null = null;

  constructor() {
    super('live');
  }

  private get session(): CrisisSession | null {
    return this.ctx.actor.getSnapshot().context.session;
  }

  create(): void {
    this.selectedId = null;
    this.composer = null;
    this.status = '';
    this.seen = 0;
    this.onKey((e) => this.handleKey(e));
    const session = this.session;
    this.view = session
      ? new FeedView(this.ctx.a11y, session, this.lang, {
          act: (action) => this.send(action),
          togglePause: () => this.togglePause(),
          changeSpeed: (step) => this.changeSpeed(step),
          isPaused: () => this.ctx.actor.getSnapshot().matches({ live: 'paused' }),
        })
      : null;
    if (this.view) this.ctx.a11y.show(this.view.node);
    const sub = this.ctx.actor.subscribe((snap) => {
      if (snap.context.lastRejection)
        this.status = this.t('live.rejected', { reason: snap.context.lastRejection });
    });
    this.events.once('shutdown', () => sub.unsubscribe());
    this.draw();
  }

  override update(time: number): void {
    if (time - this.lastDraw > 250) this.draw();
  }

  /** Posts in the feed, newest first; deleted ones are gone. */
  private feed(s: CrisisSession): PostState[] {
    return s.posts.filter((p) => p.status !== 'deleted').reverse();
  }

  private send(action: PlayerAction): void {
    this.ctx.actor.send({ type: 'ACT', action });
    this.composer = null;
  }

  private handleKey(e: KeyboardEvent): void {
    const s = this.session;
    if (!s) return;
    const feed = this.feed(s).filter((p) => p.author !== 'brand');
    const index = feed.findIndex((p) => p.id === this.selectedId);
    const post = feed[index] ?? feed[0];
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (this.composer && /^[1-9]$/.test(key)) {
      const option = this.composer.options[Number(key) - 1];
      if (option) {
        const kind = this.composer.kind;
        if (kind === 'statement' || kind === 'update') this.send({ type: kind, option: option.index });
        else if (post)
          this.send({
            type: kind === 'public' ? 'reply' : 'reply_private',
            post: post.id,
            option: option.index,
          });
      }
    } else if (key === 'Escape') this.composer = null;
    else if (key === 'ArrowDown') this.selectedId = feed[Math.min(feed.length - 1, index + 1)]?.id ?? null;
    else if (key === 'ArrowUp') this.selectedId = feed[Math.max(0, index - 1)]?.id ?? null;
    else if (key === ' ')
      this.ctx.actor.send({
        type: this.ctx.actor.getSnapshot().matches({ live: 'paused' }) ? 'RESUME' : 'PAUSE',
      });
    else if (key === '+' || key === '-') this.changeSpeed(key === '+' ? 1 : -1);
    else if (key === 'e') this.send({ type: 'escalate' });
    else if (key === 'a') this.analyse(s);
    else if (key === 's' || key === 'u') this.openMenu(s, key === 's' ? 'statement' : 'update');
    else if (post) this.postAction(s, post, key);
    else return;
    e.preventDefault?.();
    this.draw();
  }

  private postAction(s: CrisisSession, post: PostState, key: string): void {
    this.selectedId = post.id;
    if (key === 'r' || key === 'p') {
      const channel = key === 'r' ? 'public' : 'private';
      const options = (s.replyOptions(post.id) ?? []).filter((o) => o.channel === channel);
      this.composer = options.length ? { kind: channel, options } : null;
      if (!options.length) this.status = this.t('live.noOptions');
      return;
    }
    const simple = { l: 'like', h: 'hide', d: 'delete', b: 'block', x: 'leave' } as const;
    if (key in simple) this.send({ type: simple[key as keyof typeof simple], post: post.id });
    else if (key === 'm') {
      const amount = Math.min(50, s.metrics.budget);
      if (amount > 0) {
        this.send({ type: 'redress', post: post.id, amount });
        this.status = this.t('live.redressed', { amount });
      }
    }
  }

  private openMenu(s: CrisisSession, kind: 'statement' | 'update'): void {
    const point = kind === 'statement' ? s.statementPoint : s.updatePoint;
    this.composer = point?.options.length ? { kind, options: point.options } : null;
    if (!this.composer) this.status = this.t('live.noMenu');
  }

  private analyse(s: CrisisSession): void {
    this.send({ type: 'analyse' });
    const complaints = s.posts.filter((p) => p.kind === 'complaint' && p.status !== 'deleted').length;
    const waiting = s.posts.filter((p) => s.awaitingReply(p)).length;
    this.status = this.t('live.analysis', {
      complaints,
      waiting,
      networks: s.metrics.networks.length,
      heat: Math.round(s.metrics.heat),
    });
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

  private notices(s: CrisisSession): void {
    for (; this.seen < s.log.length; this.seen++) {
      const e = s.log[this.seen];
      if (e?.type === 'network_jump') {
        const name = s.manifest.networks.find((n) => n.id === e.network)?.name ?? e.network;
        this.status = this.t('live.jump', { network: name });
      } else if (e?.type === 'post' && e.post.kind === 'press') this.status = this.t('live.press');
      else if (e?.type === 'consequence' && e.effect === 'escalated') this.status = this.t('live.escalated');
      else if (e?.type === 'coach') this.status = this.t('live.coach', { text: e.text });
    }
  }

  private draw(): void {
    this.lastDraw = this.time.now;
    const s = this.session;
    if (!s) return;
    this.notices(s);
    this.view?.update();
    this.children.removeAll(true);
    const feed = this.feed(s);
    if (!this.selectedId || !feed.some((p) => p.id === this.selectedId)) {
      this.selectedId = feed.find((p) => p.author !== 'brand')?.id ?? null;
    }
    this.add.rectangle(FEED_X, 20, FEED_W, HEIGHT - 40, COLORS.background).setOrigin(0, 0);
    if (feed.length === 0)
      this.add.text(FEED_X + 20, 40, this.t('live.empty'), textStyle(18, TEXT.secondary));
    const start = Math.max(0, feed.findIndex((p) => p.id === this.selectedId) - 2);
    let y = 20;
    for (const post of feed.slice(start)) {
      if (y > HEIGHT - 60) break;
      const author = s.persona(post.author);
      const network = s.manifest.networks.find((n) => n.id === post.network)?.name ?? post.network;
      const age = s.now - post.t;
      const ago =
        age < 60
          ? this.t('live.agoSeconds', { n: Math.floor(age) })
          : this.t('live.agoMinutes', { n: Math.floor(age / 60) });
      const waiting = s.awaitingReply(post) ? this.t('live.waiting', { time: clock(age) }) : null;
      const status =
        post.channel === 'private'
          ? this.t('live.private')
          : post.status === 'hidden'
            ? this.t('live.hidden')
            : null;
      const card = drawPostCard(this, post, author, FEED_X, y, FEED_W, post.id === this.selectedId, {
        meta: `${network} · ${ago}`,
        badge: waiting,
        status,
      });
      y += card.height + 8;
    }
    const snap = this.ctx.actor.getSnapshot();
    let side = 20;
    side += drawHud(this, s, SIDE_X, side, SIDE_W, {
      clock: this.t('live.clock', { clock: clock(s.now), duration: clock(s.duration) }),
      heat: this.t('live.heat'),
      sentiment: this.t('live.sentiment'),
      reach: this.t('live.reach', { reach: Math.round(s.metrics.reach) }),
      budget: this.t('live.budget', { budget: s.metrics.budget }),
      networks: this.t('live.networks', {
        networks: s.metrics.networks
          .map((id) => s.manifest.networks.find((n) => n.id === id)?.name ?? id)
          .join(', '),
      }),
      speed: this.t('live.speed', { speed: snap.context.speed }),
    });
    side += 12;
    if (snap.matches({ live: 'paused' })) {
      this.add.text(SIDE_X, side, this.t('live.paused'), textStyle(18, TEXT.accent, { fontStyle: 'bold' }));
      side += 30;
    }
    if (this.composer) {
      const n = this.composer.options.length;
      const title =
        this.composer.kind === 'statement'
          ? 'live.statement'
          : this.composer.kind === 'update'
            ? 'live.update'
            : 'live.options';
      this.add.text(SIDE_X, side, this.t(title, { n }), textStyle(16, TEXT.accent));
      side += 26;
      this.composer.options.forEach((o, i) => {
        const text = this.add.text(
          SIDE_X + 8,
          side,
          `${i + 1}. ${o.text}`,
          textStyle(15, TEXT.primary, { wordWrap: { width: SIDE_W - 16 } }),
        );
        side += text.height + 10;
      });
    }
    if (this.status)
      this.add.text(
        SIDE_X,
        Math.max(side, 470),
        this.status,
        textStyle(15, TEXT.accent, { wordWrap: { width: SIDE_W } }),
      );
    this.add.text(
      SIDE_X,
      600,
      this.t('live.keys'),
      textStyle(13, TEXT.secondary, { wordWrap: { width: SIDE_W } }),
    );
  }
}
