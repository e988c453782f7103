import { t } from '../../app/i18n/i18n';
import { type Composer, replyComposer } from '../../app/player-commands';
import { suggestionsOn } from '../../app/settings';
import type { Lang } from '../../content/scenario.schema';
import type { PlayerAction } from '../../sim/action';
import type { MenuKind } from '../../sim/event';
import type { SessionView } from '../../sim/session-view';
import type { Dock } from '../dom/write-box';
import { WriteBox } from '../dom/write-box';
import type { GameContext } from '../game-context';
import { screen } from '../theme';
import type { Box } from './live-layout';

/** Narrower than this on the page, the box leaves the canvas and takes the top of the screen. */
const MIN_DOCKED_WIDTH = 300;

/**
 * Opens the write box for the live feed, from the canvas keys and from the accessible layer alike,
 * and sends what it writes through the flow's one command path. It reads the session only through
 * the view the flow reports.
 */
export class LiveComposer {
  readonly box: WriteBox;

  constructor(
    private readonly ctx: GameContext,
    private readonly lang: Lang,
    /** Says why nothing opened (nothing to answer, nothing to publish). */
    private readonly say: (text: string) => void,
  ) {
    this.box = new WriteBox(lang, {
      send: (action) => this.send(action),
      suggestions: () => suggestionsOn(ctx.settings, ctx.actor.getSnapshot().context.mode),
    });
    (document.getElementById('game') ?? document.body).append(this.box.node);
  }

  private get view(): SessionView | null {
    return this.ctx.actor.getSnapshot().context.view;
  }

  /** The open composer, or null. */
  get open(): Composer | null {
    return this.box.composer;
  }

  /** Sends an action; the engine's reason when it refused it, null when it was taken. */
  send(action: PlayerAction): string | null {
    const before = this.ctx.actor.getSnapshot().context.lastRejection;
    this.ctx.actor.send({ type: 'ACT', action });
    const after = this.ctx.actor.getSnapshot().context.lastRejection;
    return after && after !== before ? after.reason : null;
  }

  /** Opens a reply to a post on one channel, with the post quoted; false when nothing is on offer. */
  reply(postId: string, channel: 'public' | 'private'): boolean {
    const post = this.view?.posts.find((p) => p.id === postId);
    const composer = post ? replyComposer(post, channel) : null;
    if (!post || !composer) {
      this.say(t(this.lang, 'live.noOptions'));
      return false;
    }
    const { name, handle } = post.author;
    const title = t(this.lang, channel === 'public' ? 'write.reply' : 'write.replyPrivately', { name });
    return this.box.open(composer, { name, handle, text: post.text }, title);
  }

  /** Opens the statement or update composer (opening it is logged); false when it offers nothing. */
  menu(kind: MenuKind): boolean {
    this.ctx.actor.send({ type: 'OPEN_MENU', menu: kind });
    const options = this.ctx.actor.getSnapshot().context.menuOptions;
    if (options.length === 0) {
      this.say(t(this.lang, 'live.noMenu'));
      return false;
    }
    const title = t(this.lang, kind === 'statement' ? 'write.statement' : 'write.update');
    return this.box.open({ kind, post: null, options }, null, title);
  }

  /**
   * Keeps the box over the canvas's side panel (`area`, in game px; the layout's) as the canvas is
   * scaled; with no area (a phone) or too little room it takes the top of the screen.
   */
  follow(canvas: HTMLCanvasElement, area: Box | null): void {
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width / screen().width;
    const AREA = area ?? { x: 0, y: 0, width: 0, height: 0 };
    const dock: Dock | null =
      area && AREA.width * scale >= MIN_DOCKED_WIDTH && rect.height > 0
        ? {
            left: rect.left + AREA.x * scale,
            top: rect.top + AREA.y * scale,
            width: AREA.width * scale,
            height: AREA.height * scale,
          }
        : null;
    this.box.place(dock);
  }

  destroy(): void {
    this.box.destroy();
  }
}
