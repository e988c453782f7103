import { type MessageKey, t } from '../../app/i18n/i18n';
import { type Composer, chooseOption, writeText } from '../../app/player-commands';
import type { Lang } from '../../content/scenario.schema';
import { type PlayerAction, TEXT_LIMITS, textLength } from '../../sim/action';
import type { ReplyOption } from '../../story/beat';
import { el } from './dom';

/** What the box needs from the game: the one command path, and whether to offer suggestions. */
export interface WriteBoxHost {
  /** Sends an action through the command path; returns the engine's reason when it is refused. */
  send(action: PlayerAction): string | null;
  /** Whether the scripted options are listed under the box as suggested replies (per play mode). */
  suggestions(): boolean;
}

/** The post a reply answers, as the box quotes it. */
export interface Quoted {
  readonly name: string;
  readonly handle: string;
  readonly text: string;
}

/** Where the box sits over the canvas, in page pixels; null lets it take the top of the screen. */
export interface Dock {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

const LIMIT_OF = {
  public: 'reply',
  private: 'reply_private',
  statement: 'statement',
  update: 'update',
} as const;

/** How close to the limit the counter starts speaking: a tenth of it, at least 20 characters. */
const nearFrom = (limit: number): number => Math.max(20, Math.round(limit / 10));

type Zone = 'room' | 'near' | 'over';

/**
 * The written-reply composer: a real `<textarea>` over the game (so phones bring up their own
 * keyboard and screen readers meet a plain form), shared by the canvas keys and the accessible
 * layer. It quotes what it answers, counts characters as the engine does, lists the scripted
 * options as suggested replies when the mode allows, and keeps the text whenever a send is refused.
 * Everything written into it, or quoted by it, is set as text, never parsed as markup.
 */
export class WriteBox {
  readonly node: HTMLElement;
  private readonly title: HTMLElement;
  private readonly quote: HTMLElement;
  private readonly quoteWho: HTMLElement;
  private readonly quoteText: HTMLElement;
  private readonly area: HTMLTextAreaElement;
  private readonly counter: HTMLElement;
  private readonly note: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly suggested: HTMLElement;
  private readonly suggestedList: HTMLElement;
  private current: Composer | null = null;
  private returnTo: HTMLElement | null = null;
  private zone: Zone = 'room';
  private dock: string | null = null;

  constructor(
    private readonly lang: Lang,
    private readonly host: WriteBoxHost,
  ) {
    this.title = el('h2', { id: 'write-title' });
    this.quoteWho = el('p', { class: 'write-who' });
    this.quoteText = el('blockquote', { id: 'write-quote' });
    this.quote = el('figure', { class: 'write-quote' }, this.quoteWho, this.quoteText);
    this.area = el('textarea', {
      id: 'write-text',
      class: 'write-area',
      rows: 4,
      lang,
      spellcheck: 'true',
      autocomplete: 'off',
      'aria-describedby': 'write-count write-keys',
      oninput: () => this.count(),
    });
    this.counter = el('span', { id: 'write-count', class: 'write-count' });
    this.note = el('p', { class: 'write-note', 'aria-live': 'polite' });
    this.alert = el('p', { class: 'write-alert', role: 'alert' });
    this.sendButton = el('button', { type: 'button', class: 'write-send', onclick: () => this.send() });
    this.sendButton.textContent = this.tr('write.send');
    this.suggestedList = el('ol', { class: 'write-suggestions' });
    this.suggested = el(
      'section',
      { 'aria-labelledby': 'write-suggested' },
      el('h3', { id: 'write-suggested' }, this.tr('write.suggested')),
      this.suggestedList,
    );
    this.node = el(
      'section',
      {
        class: 'write-box',
        role: 'dialog',
        'aria-labelledby': 'write-title',
        hidden: true,
        onkeydown: (e: Event) => this.key(e as KeyboardEvent),
      },
      this.title,
      this.quote,
      el('label', { for: 'write-text' }, this.tr('write.label')),
      this.area,
      el(
        'p',
        { class: 'write-meta' },
        this.counter,
        el('span', { id: 'write-keys', class: 'write-keys' }, this.tr('write.keys')),
      ),
      this.note,
      this.alert,
      el(
        'p',
        { class: 'write-actions' },
        this.sendButton,
        el('button', { type: 'button', onclick: () => this.cancel() }, this.tr('write.cancel')),
      ),
      this.suggested,
    );
  }

  private tr(key: MessageKey, vars?: Record<string, string | number>): string {
    return t(this.lang, key, vars);
  }

  /** The open composer (what a send answers), or null when the box is closed. */
  get composer(): Composer | null {
    return this.current;
  }

  /** What the player has written so far. */
  get draft(): string {
    return this.area.value;
  }

  private get limit(): number {
    return this.current ? TEXT_LIMITS[LIMIT_OF[this.current.kind]] : 0;
  }

  /**
   * Opens the box on a composer and moves focus into the text. A draft already written for
   * another target is never thrown away by opening a new one: the box keeps it and says so.
   */
  open(composer: Composer, quoted: Quoted | null, title: string): boolean {
    const same = this.current?.kind === composer.kind && this.current.post === composer.post;
    if (this.current && !same && this.area.value.trim() !== '') {
      this.alert.textContent = this.tr('write.busy');
      this.area.focus();
      return false;
    }
    const active = document.activeElement;
    if (!this.current && active instanceof HTMLElement && !this.node.contains(active)) this.returnTo = active;
    if (!same) this.area.value = '';
    this.current = composer;
    this.title.textContent = title;
    this.quote.hidden = quoted === null;
    this.quoteWho.textContent = quoted
      ? this.tr('write.quote', { name: quoted.name, handle: quoted.handle })
      : '';
    this.quoteText.textContent = quoted?.text ?? '';
    if (quoted) this.area.setAttribute('aria-describedby', 'write-quote write-count write-keys');
    else this.area.setAttribute('aria-describedby', 'write-count write-keys');
    this.alert.textContent = '';
    this.note.textContent = '';
    this.zone = 'room';
    this.fillSuggestions(composer.options);
    this.node.hidden = false;
    this.count();
    this.area.focus();
    return true;
  }

  /** Closes the box, text and all, and gives focus back to where it was before it opened. */
  cancel(): void {
    if (!this.current) return;
    this.current = null;
    this.area.value = '';
    this.node.hidden = true;
    const back = this.returnTo;
    this.returnTo = null;
    if (back?.isConnected) back.focus();
    else if (this.node.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
  }

  /** Picks the nth suggested reply (from 1), when suggestions are offered; true when it was sent. */
  pick(n: number): boolean {
    const option = this.host.suggestions() ? this.current?.options[n - 1] : undefined;
    return option ? this.choose(option) : false;
  }

  /** Puts the box over the canvas's side panel, or across the top of a screen too small for that. */
  place(dock: Dock | null): void {
    const key = dock ? `${dock.left},${dock.top},${dock.width},${dock.height}` : null;
    if (key === this.dock) return;
    this.dock = key;
    this.node.classList.toggle('docked', dock !== null);
    if (!dock) return;
    const style = this.node.style;
    style.setProperty('--write-left', `${Math.round(dock.left)}px`);
    style.setProperty('--write-top', `${Math.round(dock.top)}px`);
    style.setProperty('--write-width', `${Math.round(dock.width)}px`);
    style.setProperty('--write-height', `${Math.round(dock.height)}px`);
  }

  destroy(): void {
    this.cancel();
    this.node.remove();
  }

  private fillSuggestions(options: readonly ReplyOption[]): void {
    const on = this.host.suggestions() && options.length > 0;
    this.suggested.hidden = !on;
    this.suggestedList.replaceChildren(
      ...(on
        ? options.map((o) =>
            el('li', {}, el('button', { type: 'button', onclick: () => this.choose(o) }, o.text)),
          )
        : []),
    );
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Escape') this.cancel();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) this.send();
    else if (/^[1-9]$/.test(e.key) && e.target !== this.area && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Out of the text, a digit picks that suggestion; in the text it is only typed.
      this.pick(Number(e.key));
    } else return;
    e.preventDefault();
  }

  /** Updates the counter, and speaks only when the text crosses into or out of the last stretch. */
  private count(): void {
    const n = textLength(this.area.value);
    const limit = this.limit;
    this.counter.textContent = this.tr('write.counter', { n, limit });
    const zone: Zone = n > limit ? 'over' : n >= limit - nearFrom(limit) ? 'near' : 'room';
    const over = zone === 'over';
    this.node.classList.toggle('over', over);
    this.area.setAttribute('aria-invalid', String(over));
    this.sendButton.setAttribute('aria-disabled', String(over || this.area.value.trim() === ''));
    if (zone !== this.zone) {
      this.note.textContent =
        zone === 'over'
          ? this.tr('write.over', { over: n - limit, limit })
          : zone === 'near'
            ? this.tr('write.near', { left: limit - n })
            : '';
      this.zone = zone;
    }
    if (!over && this.alert.textContent) this.alert.textContent = '';
  }

  private send(): void {
    const composer = this.current;
    if (!composer) return;
    const text = this.area.value;
    const n = textLength(text);
    if (text.trim() === '') this.refuse(this.tr('write.empty'));
    else if (n > this.limit) this.refuse(this.tr('write.over', { over: n - this.limit, limit: this.limit }));
    else this.deliver(writeText(composer, text));
  }

  private choose(option: ReplyOption): boolean {
    return this.current ? this.deliver(chooseOption(this.current, option)) : false;
  }

  /** Sends through the command path; a refusal keeps the box open with the text in it. */
  private deliver(action: PlayerAction): boolean {
    const reason = this.host.send(action);
    if (reason !== null) {
      this.refuse(this.tr('write.refused', { reason }));
      return false;
    }
    this.cancel();
    return true;
  }

  private refuse(reason: string): void {
    this.alert.textContent = reason;
    this.area.focus();
  }
}
