import { type MessageKey, t } from '../../app/i18n/i18n';
import type { Lang } from '../../content/scenario.schema';
import type { PlayerAction } from '../../sim/action';
import type { MenuKind } from '../../sim/event';
import type { PostView, SessionView } from '../../sim/session-view';
import { clock } from '../format';
import type { A11yLayer } from './a11y-layer';
import { el } from './dom';

export interface FeedCallbacks {
  act(action: PlayerAction): void;
  /** Opens the write box: a reply to a post on a channel, or the statement or update composer. */
  write(kind: 'public' | 'private', post: string): void;
  write(kind: MenuKind): void;
  /** What one "offer redress" gives now; 0 once the budget is spent. */
  redressAmount(): number;
  togglePause(): void;
  changeSpeed(step: number): void;
  /** Moves a stopped clock on to what happens next (timer off). */
  advance(): void;
  /** Shows the model reply of a post; null when hints are off (self-assessment). */
  hint: ((post: string) => void) | null;
  isPaused(): boolean;
}

interface Card {
  article: HTMLElement;
  heading: HTMLElement;
  stats: HTMLElement;
  redress: HTMLButtonElement | null;
  like: HTMLButtonElement | null;
}

/**
 * The live feed as DOM, following the WAI-ARIA feed pattern: a `role="feed"` of `article`s, each
 * labelled by its author and described by its text, with its actions as buttons. Articles are
 * created once and only their changing parts are rewritten, so focus is never lost.
 */
export class FeedView {
  private readonly cards = new Map<string, Card>();
  private readonly feed: HTMLElement;
  private readonly status: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly pause: HTMLButtonElement;
  readonly node: HTMLElement;
  private announced = 0;

  constructor(
    private readonly layer: A11yLayer,
    private readonly view: () => SessionView,
    private readonly lang: Lang,
    private readonly on: FeedCallbacks,
  ) {
    const tr = (key: MessageKey, vars?: Record<string, string | number>): string => t(lang, key, vars);
    this.status = el('p');
    this.alert = el('p', { role: 'alert' });
    this.pause = el('button', { type: 'button', onclick: () => this.on.togglePause() }, tr('a11y.pause'));
    const button = (key: MessageKey, run: () => void): HTMLButtonElement =>
      el('button', { type: 'button', onclick: run }, tr(key));
    const controls = el(
      'section',
      { 'aria-label': tr('a11y.controls') },
      el('h2', {}, view().title[lang]),
      this.status,
      this.alert,
      this.pause,
      button('a11y.slower', () => this.on.changeSpeed(-1)),
      button('a11y.faster', () => this.on.changeSpeed(1)),
      button('a11y.next', () => this.on.advance()),
      button('a11y.escalate', () => this.on.act({ type: 'escalate' })),
      button('a11y.analyse', () => this.on.act({ type: 'analyse' })),
      button('a11y.statement', () => this.on.write('statement')),
      button('a11y.update', () => this.on.write('update')),
    );
    this.feed = el('section', {
      role: 'feed',
      'aria-label': tr('a11y.feed', { brand: view().brand.handle }),
      'aria-busy': 'false',
    });
    this.node = el('div', {}, controls, this.feed);
  }

  /** A warning that must stay on screen (e.g. progress is not being saved). */
  setAlert(text: string): void {
    this.alert.textContent = text;
  }

  private tr(key: MessageKey, vars?: Record<string, string | number>): string {
    return t(this.lang, key, vars);
  }

  private createCard(p: PostView): Card {
    const author = p.author;
    const id = `post-${p.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const heading = el('h3', { id: `${id}-h` });
    const text = el('p', { id: `${id}-t` }, p.text);
    const stats = el('p');
    const name = author.name;
    const button = (key: MessageKey, run: () => void, vars: Record<string, string | number> = {}) =>
      el('button', { type: 'button', onclick: run }, this.tr(key, { name, ...vars }));
    // The write box reads what is on offer when the button is pressed.
    const reply = (channel: 'public' | 'private') => () => this.on.write(channel, p.id);
    const like = author.isBrand ? null : button('a11y.like', () => this.like(p.id));
    const redress = author.isBrand
      ? null
      : button('a11y.redress', () => this.redress(p.id), { amount: this.on.redressAmount() });
    const actions =
      author.isBrand || !redress
        ? null
        : el(
            'div',
            { role: 'group', 'aria-label': name },
            button('a11y.reply', reply('public')),
            button('a11y.replyPrivately', reply('private')),
            like,
            button('a11y.hide', () => this.on.act({ type: 'hide', post: p.id })),
            button('a11y.delete', () => this.on.act({ type: 'delete', post: p.id })),
            button('a11y.block', () => this.on.act({ type: 'block', post: p.id })),
            button('a11y.leave', () => this.on.act({ type: 'leave', post: p.id })),
            this.on.hint ? button('a11y.hint', () => this.on.hint?.(p.id)) : null,
            redress,
          );
    const article = el(
      'article',
      { id, tabindex: 0, 'aria-labelledby': `${id}-h`, 'aria-describedby': `${id}-t` },
      heading,
      text,
      stats,
      actions,
    );
    return { article, heading, stats, redress, like };
  }

  private like(post: string): void {
    if (this.view().posts.find((x) => x.id === post)?.liked)
      this.layer.announce(this.tr('live.alreadyLiked'));
    else this.on.act({ type: 'like', post });
  }

  private redress(post: string): void {
    const amount = this.on.redressAmount();
    if (amount > 0) this.on.act({ type: 'redress', post, amount });
    else this.layer.announce(this.tr('live.noBudget'));
  }

  /** Brings the DOM in line with the session; cheap enough to call several times a second. */
  update(): void {
    const s = this.view();
    const m = s.metrics;
    this.status.textContent = this.tr('a11y.status', {
      clock: clock(s.now),
      duration: clock(s.duration),
      heat: Math.round(m.heat),
      sentiment: Math.round(m.sentiment),
      reach: Math.round(m.reach),
      budget: m.budget,
    });
    this.pause.textContent = this.tr(this.on.isPaused() ? 'a11y.resume' : 'a11y.pause');
    const visible = s.posts.filter((p) => p.status !== 'deleted');
    const byId = new Map(s.posts.map((p) => [p.id, p]));
    const amount = this.on.redressAmount();
    for (const [id, card] of this.cards) {
      if (byId.get(id)?.status === 'deleted') {
        card.article.remove();
        this.cards.delete(id);
      }
    }
    visible.forEach((p, i) => {
      let card = this.cards.get(p.id);
      if (!card) {
        card = this.createCard(p);
        this.cards.set(p.id, card);
        this.feed.prepend(card.article);
      }
      const author = p.author;
      const network = p.networkName;
      const age = s.now - p.t;
      const ago =
        age < 60
          ? this.tr('live.agoSeconds', { n: Math.floor(age) })
          : this.tr('live.agoMinutes', { n: Math.floor(age / 60) });
      const flags = [
        p.channel === 'private' ? this.tr('live.private') : '',
        p.status === 'hidden' ? this.tr('live.hidden') : '',
      ]
        .filter(Boolean)
        .join(', ');
      const heading = `${this.tr('a11y.post', { name: author.name, handle: author.handle, network, ago })}${flags ? ` — ${flags}` : ''}`;
      if (card.heading.textContent !== heading) card.heading.textContent = heading;
      const waiting = p.awaiting ? ` · ${this.tr('a11y.waiting', { time: clock(age) })}` : '';
      const stats = `${this.tr('a11y.stats', { likes: p.likes, shares: p.shares })}${waiting}`;
      if (card.stats.textContent !== stats) card.stats.textContent = stats;
      card.like?.setAttribute('aria-pressed', String(p.liked));
      if (card.redress) {
        // Nothing to offer once the budget is spent: the button says so instead of sending 0.
        const label = this.tr('a11y.redress', { name: author.name, amount });
        if (card.redress.textContent !== label) card.redress.textContent = label;
        // aria-disabled keeps it focusable: pressing it says why nothing happens.
        card.redress.setAttribute('aria-disabled', String(amount === 0));
      }
      card.article.setAttribute('aria-posinset', String(visible.length - i));
      card.article.setAttribute('aria-setsize', String(visible.length));
    });
    const newest = s.posts[s.posts.length - 1];
    if (s.posts.length > this.announced && newest && !newest.author.isBrand) {
      this.layer.announce(this.tr('a11y.newPost', { name: newest.author.name, text: newest.text }));
    }
    this.announced = s.posts.length;
  }
}
