import type { MessageKey } from './i18n/i18n';

/**
 * The messages the menu shows, each on its own: a bad link does not hide an unreadable history,
 * and each message that has a text to download keeps its own download. Text is a key and its
 * values, so a message reads in whichever language the player switches to.
 */
export interface Notice {
  /** One notice per id: adding the same id again replaces it (e.g. the latest load error). */
  id: string;
  key: MessageKey;
  vars?: Record<string, string | number>;
  download?: { name: string; raw: string; label: MessageKey };
  /** A button that does what the notice offers (e.g. reload to a new version), with its key on the menu. */
  action?: { label: MessageKey; key: string; run: () => void };
}

export type NoticeList = readonly Notice[];

/** Adds a notice, or replaces the one with the same id where it stood. */
export function addNotice(list: NoticeList, notice: Notice): NoticeList {
  const i = list.findIndex((n) => n.id === notice.id);
  return i < 0 ? [...list, notice] : list.map((n, j) => (j === i ? notice : n));
}

export function dismissNotice(list: NoticeList, id: string): NoticeList {
  return list.some((n) => n.id === id) ? list.filter((n) => n.id !== id) : list;
}

/** The notices as a small store the scenes read and redraw from. */
export class Notices {
  private list: NoticeList = [];
  private readonly listeners = new Set<() => void>();

  get all(): NoticeList {
    return this.list;
  }

  has(id: string): boolean {
    return this.list.some((n) => n.id === id);
  }

  add(notice: Notice): void {
    this.set(addNotice(this.list, notice));
  }

  dismiss(id: string): void {
    this.set(dismissNotice(this.list, id));
  }

  /** Calls `listener` after each change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(next: NoticeList): void {
    if (next === this.list) return;
    this.list = next;
    for (const listener of this.listeners) listener();
  }
}
