import { redressAmount } from '../../app/player-commands';
import type { PlayerAction } from '../../sim/action';
import type { PostView, SessionView } from '../../sim/session-view';
import type { FeedView } from '../dom/feed-view';
import { ago, clock } from '../format';
import { type DrawnCard, FeedSelection } from '../pointer/feed-selection';
import { PointerInput } from '../pointer/pointer-input';
import { type Drawer, RetainedLayer } from '../retained-layer';
import { COLORS, renderZoom, screen, TEXT, textStyle } from '../theme';
import { keyHints } from '../widgets/button';
import { feedOrder } from '../widgets/feed-order';
import { postButtons } from '../widgets/live-controls';
import { drawLiveFeed, type FeedArea } from '../widgets/live-feed';
import { drawToast } from '../widgets/toast';
import { BaseScene } from './base.scene';
import { liveFeedView } from './live-a11y';
import { type ChromeHost, drawCompactChrome, drawWideChrome } from './live-chrome';
import { type LiveHost, liveCommand, selectablePosts } from './live-commands';
import { LiveComposer } from './live-composer';
import { readHappenings } from './live-happenings';
import { type LiveLayout, liveLayout } from './live-layout';

const APPEAR_MS = 350;
const TOAST_MS = 4000;

/**
 * The live feed. Draws the session a few times a second (more while a post slides in or the feed
 * scrolls) and turns keys, clicks and taps into actions for the game-flow machine, every button
 * through the same command as its key; no game rule lives here. Only the posts that fit on screen
 * exist as game objects, however long the crisis gets. The selected post is always on screen:
 * the player never acts on a post they cannot see.
 */
export class LiveScene extends BaseScene {
  /** The selected post and the feed's scroll (the selected post is always on screen). */
  private sel = new FeedSelection();
  private pointer: PointerInput | null = null;
  private layout: LiveLayout = liveLayout(screen());
  private feedArea: FeedArea = this.layout.feed;
  /** On a phone: the foot bar's height as last drawn, and whether the panel sheet is open. */
  private footHeight = 120;
  private sheetOpen = false;
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

  /** How far down the feed is scrolled, as last drawn (the browser tests read it). */
  scrollDepth = 0;

  /** The selected post (the browser tests read it). */
  private get selectedId(): string | null {
    return this.sel.selectedId;
  }

  /** The read-only view of the live session: the scene draws it and never touches the session. */
  private get view(): SessionView | null {
    return this.ctx.actor.getSnapshot().context.view;
  }

  create(): void {
    this.sel = new FeedSelection();
    this.layout = liveLayout(screen());
    this.feedArea = this.layout.feed;
    this.sheetOpen = false;
    this.status = '';
    this.toast = null;
    this.seen = -1;
    this.firstSeen.clear();
    this.layer = new RetainedLayer(this);
    this.pointer = new PointerInput(this, {
      scroll: (dy, x, y) => this.scrollFeed(dy, x, y),
      changed: () => this.draw(),
    });
    const writing = new LiveComposer(this.ctx, this.lang, (text) => this.say(text));
    this.writing = writing;
    this.events.once('shutdown', () => {
      this.layer?.clear();
      this.layer = null;
      this.pointer = null;
      writing.destroy();
      this.writing = null;
    });
    this.onKey((e) => this.handleKey(e));
    const first = this.view;
    this.feedView = first
      ? liveFeedView(
          () => this.host,
          () => this.view,
          first,
          (action) => this.send(action),
        )
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

  /** A new screen size: the feed lays out again in place, keeping the selection and the write box. */
  protected override relayout(): void {
    this.cameras.main.setZoom(renderZoom());
    this.layout = liveLayout(screen());
    this.feedArea = this.layout.feed;
    if (!this.layout.compact) this.sheetOpen = false;
    this.draw();
  }

  override update(time: number): void {
    const animating = [...this.firstSeen.values()].some((t0) => time - t0 < APPEAR_MS);
    if (time - this.lastDraw > (animating ? 33 : 250)) this.draw();
  }

  /** Every action of this scene goes to the flow's one command path; the feed shows it at once. */
  private send(action: PlayerAction): void {
    this.ctx.actor.send({ type: 'ACT', action });
    this.draw();
  }

  private say(text: string): void {
    this.status = text;
    this.ctx.a11y.announce(text);
    this.draw();
  }

  private handleKey(e: KeyboardEvent): void {
    if (this.command(e.key.length === 1 ? e.key.toLowerCase() : e.key)) e.preventDefault?.();
  }

  /** What a key does (live-commands.ts); the buttons run the same. */
  private command(key: string): boolean {
    if (key === 'panel') {
      this.sheetOpen = !this.sheetOpen;
      this.draw();
      return true;
    }
    const done = liveCommand(this.host, key);
    if (done) this.draw();
    return done;
  }

  private get host(): LiveHost {
    return {
      ctx: this.ctx,
      sel: this.sel,
      writing: this.writing,
      t: (key, vars) => this.t(key, vars),
      setStatus: (text) => {
        this.status = text;
      },
    };
  }

  /** A post's bar runs its command only while that post is still the one selected. */
  private on(postId: string): (key: string) => void {
    return (key) => {
      if (this.sel.selectedId === postId) this.command(key);
    };
  }

  /** A tap on a card or a message: it selects, it never acts. */
  private select(id: string): void {
    this.sel.choose(id);
    this.draw();
  }

  private scrollFeed(dy: number, x: number, y: number): boolean {
    const a = this.feedArea;
    const v = this.view;
    if (!v || this.sheetOpen || x < a.x || x > a.x + a.width || y < 0 || y > a.y + a.height) return false;
    return this.sel.scrollBy(
      dy,
      feedOrder(v.posts).map((p) => p.id),
    );
  }

  /** Notifications for what a community manager must not miss. */
  private notices(v: SessionView): void {
    // The debrief's words for each quality come with the engine, loaded with the scenario.
    const engine = this.ctx.actor.getSnapshot().context.engine;
    const words = engine?.debriefText(v.lang).quality;
    const { seen, said } = readHappenings(
      v,
      this.seen,
      (key, vars) => this.t(key, vars),
      (q) => words?.[q] ?? q,
    );
    this.seen = seen;
    for (const { toast, status } of said) {
      if (status) {
        this.status = status;
        // The coach and the person in charge speak to screen readers too, once the write box is closed.
        if (!this.writing?.open) this.ctx.a11y.announce(status);
      }
      if (toast) {
        this.toast = { text: toast, until: this.time.now + TOAST_MS };
        this.ctx.a11y.announce(toast);
      }
    }
  }

  private draw(again = true): void {
    this.lastDraw = this.time.now;
    const s = this.view;
    if (!s) return;
    this.notices(s);
    this.feedView?.update();
    this.writing?.follow(this.game.canvas, this.layout.composer);
    const draw = this.layer;
    const pointer = this.pointer;
    if (!draw || !pointer) return;
    draw.begin();
    pointer.zones.begin();
    const feed = feedOrder(s.posts);
    const selectable = selectablePosts(s).map((p) => p.id);
    this.sel.settle(selectable);
    const ids = feed.map((p) => p.id);
    const area = this.feedArea;
    const layout = this.layout;
    // On a phone the open panel takes the feed's place: no card is drawn, and none can be pressed.
    const feedShown = !(layout.compact && this.sheetOpen);
    let fixed = false;
    if (feedShown) {
      this.sel.beforeDraw(ids, area.height);
      const drawn = this.drawFeed(draw, s, feed);
      this.scrollDepth = this.sel.scroll.depth(ids);
      fixed = this.sel.afterDraw(drawn, ids, selectable, area.y, area.y + area.height);
    }
    const host = this.chromeHost();
    if (layout.compact) {
      const out = drawCompactChrome(draw, s, layout, host, {
        sheetOpen: this.sheetOpen,
        footHeight: this.footHeight,
      });
      // The foot bar wraps with the language and the status line: the feed follows from the next pass.
      fixed ||= out.footHeight !== this.footHeight;
      this.footHeight = out.footHeight;
      this.feedArea = out.feed;
    } else this.feedArea = drawWideChrome(draw, s, layout, host, this.feedArea);
    if (this.toast && this.time.now < this.toast.until && feedShown)
      // At the foot of the feed, as a snackbar: the top holds the "new posts" pill.
      drawToast(
        draw,
        pointer,
        area.x + area.width / 2,
        area.y + area.height - 12,
        this.toast.text,
        area.width,
      );
    pointer.zones.end();
    draw.end();
    // Once: the pass after a fix draws the view it settled on.
    if (fixed && again) this.draw(false);
  }

  private drawFeed(draw: Drawer, s: SessionView, feed: PostView[]): DrawnCard[] {
    const a = this.feedArea;
    draw.rectangle(a.x, a.y, a.width, a.height, COLORS.background).setOrigin(0, 0).setDepth(-2);
    if (feed.length === 0) draw.text(a.x + 20, a.y + 20, this.t('live.empty'), textStyle(18, TEXT.secondary));
    const hints = this.ctx.actor.getSnapshot().context.mode !== 'assessment';
    return drawLiveFeed(draw, feed, a, {
      scroll: this.sel.scroll,
      pointer: this.pointer as PointerInput,
      selectedId: this.selectedId,
      labels: (post) => ({
        meta: `${post.networkName} · ${ago(s.now - post.t, (k, v) => this.t(k, v))}`,
        badge: post.awaiting ? this.t('live.waiting', { time: clock(s.now - post.t) }) : null,
        status: post.status === 'hidden' ? this.t('live.hidden') : null,
      }),
      appear: (post) => {
        const shown = this.firstSeen.get(post.id) ?? this.time.now;
        this.firstSeen.set(post.id, shown);
        return this.ctx.reducedMotion() ? 1 : Math.min(1, (this.time.now - shown) / APPEAR_MS);
      },
      actions: (post) =>
        keyHints(
          postButtons((k, v) => this.t(k, v), post, {
            redress: redressAmount(s),
            hints,
            command: this.on(post.id),
          }),
          !this.layout.compact,
        ),
      select: (id) => this.select(id),
      pill: (n) => (n === 0 ? null : n === 1 ? this.t('ctl.newPost') : this.t('ctl.newPosts', { n })),
      toTop: () => {
        this.sel.toTop();
        this.draw();
      },
    });
  }

  private chromeHost(): ChromeHost {
    const snap = this.ctx.actor.getSnapshot();
    return {
      t: (key, vars) => this.t(key, vars),
      pointer: this.pointer as PointerInput,
      paused: snap.matches({ live: 'paused' }),
      timer: snap.context.timer,
      speed: snap.context.speed,
      hints: snap.context.mode !== 'assessment',
      status: this.status,
      selectedId: this.selectedId,
      composing: this.writing?.open != null,
      command: (key) => this.command(key),
      commandOn: (id) => this.on(id),
      select: (id) => this.select(id),
    };
  }
}
