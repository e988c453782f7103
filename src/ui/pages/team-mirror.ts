import catalog from 'virtual:scenarios';
import type { WorkshopKey } from '../../app/i18n/workshop-i18n';
import { mirrorFeed } from '../../app/workshop/mirror-feed';
import { readTeamLog } from '../../app/workshop/workshop-reads';
import type { CompiledScenario } from '../../content/compiled-scenario';
import type { Lang } from '../../content/scenario.schema';
import type { PostView, SessionView } from '../../sim/session-view';
import { el } from '../dom/dom';
import { clock } from '../format';

type Tr = (key: WorkshopKey, vars?: Record<string, string | number>) => string;

/**
 * The console's read-only mirror of one team's feed: the team's log as the server holds it,
 * replayed on the workshop's scenario and seed (what the board does with a results file), shown
 * as the posts the team sees, newest first. Nothing here can act: the buttons of the game are not
 * drawn. Texts (the crowd's and the team's own written replies) are set as text, never as HTML.
 */
export class TeamMirror {
  readonly node: HTMLElement;
  private readonly heading = el('h2', { id: 'console-mirror-h', tabindex: '-1' });
  private readonly status = el('p', { class: 'mirror-status', role: 'status' });
  private readonly list = el('ol', { class: 'mirror-feed', 'aria-labelledby': 'console-mirror-h' });
  private watching: { index: number; name: string; events: number } | null = null;
  private scenarioId = '';
  private scenario: Promise<CompiledScenario> | null = null;
  /** One read of the log at a time: answers that came back out of order would show an older feed. */
  private reading = false;
  private readAgain = false;

  constructor(
    private readonly workshop: string,
    private readonly key: string,
    private readonly t: Tr,
  ) {
    const close = el('button', { type: 'button', onclick: () => this.stop() }, t('mirror.close'));
    this.node = el(
      'section',
      { class: 'console-mirror', 'aria-labelledby': 'console-mirror-h', hidden: true },
      this.heading,
      el('p', { class: 'ws-help' }, t('mirror.intro')),
      el('p', {}, close),
      this.status,
      this.list,
    );
  }

  /** Starts watching team `index` (its log is read at once); the heading takes the focus. */
  watch(index: number, name: string, scenario: string): void {
    this.scenarioId = scenario;
    this.watching = { index, name, events: -1 };
    this.heading.textContent = this.t('mirror.title', { team: name });
    this.status.textContent = this.t('mirror.loading');
    this.list.replaceChildren();
    this.node.hidden = false;
    this.heading.focus();
    this.request();
  }

  /** A console poll: the watched team's log is read again when the server holds more of it. */
  update(teamEvents: readonly number[]): void {
    const w = this.watching;
    if (!w) return;
    const held = teamEvents[w.index] ?? 0;
    if (held !== w.events) this.request();
  }

  /** Reads the watched team's log now, or once the read under way is done. */
  private request(): void {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    const w = this.watching;
    if (!w) return;
    this.reading = true;
    void this.refresh(w.index).finally(() => {
      this.reading = false;
      if (this.readAgain) {
        this.readAgain = false;
        this.request();
      }
    });
  }

  private stop(): void {
    this.watching = null;
    this.node.hidden = true;
  }

  private async refresh(index: number): Promise<void> {
    const read = await readTeamLog(this.workshop, this.key, index);
    const w = this.watching;
    if (!w || w.index !== index) return;
    if (read.kind !== 'ok') {
      this.status.textContent = this.t('mirror.failed', {
        reason: read.kind === 'refused' ? `${read.status}: ${read.reason}` : read.reason,
      });
      return;
    }
    w.events = read.value.events.length;
    if (read.value.events.length === 0) {
      this.status.textContent = this.t('mirror.empty');
      this.list.replaceChildren();
      return;
    }
    let scenario: CompiledScenario;
    try {
      this.scenario ??= catalog.load(this.scenarioId);
      scenario = await this.scenario;
    } catch (error) {
      // Tried again at the next poll that finds more events.
      this.scenario = null;
      w.events = -1;
      this.status.textContent = this.t('mirror.failed', { reason: (error as Error).message });
      return;
    }
    const feed = mirrorFeed(scenario, read.value.events);
    if (feed.kind === 'unread') this.status.textContent = this.t('mirror.unread', { time: clock(feed.t) });
    else if (feed.kind === 'failed')
      this.status.textContent = this.t('mirror.failed', { reason: feed.reason });
    else this.show(feed.view);
  }

  private show(view: SessionView): void {
    const t = this.t;
    this.status.textContent = t('mirror.status', {
      clock: clock(view.now),
      duration: clock(view.duration),
      heat: Math.round(view.metrics.heat),
      sentiment: Math.round(view.metrics.sentiment),
      posts: view.posts.length,
    });
    const posts = [...view.posts].sort((a, b) => b.t - a.t);
    this.list.replaceChildren(...posts.map((p) => postItem(p, view.lang, t)));
  }
}

function postItem(p: PostView, lang: Lang, t: Tr): HTMLElement {
  const marks = [
    p.author.isBrand ? t('mirror.brand') : null,
    p.channel === 'private' ? t('mirror.private') : null,
    p.status === 'hidden' ? t('mirror.hidden') : null,
    p.status === 'deleted' ? t('mirror.deleted') : null,
    p.awaiting ? t('mirror.awaiting') : null,
  ].filter((m): m is string => m !== null);
  return el(
    'li',
    {
      class: `mirror-post${p.author.isBrand ? ' mirror-brand' : ''}${p.status === 'visible' ? '' : ' mirror-gone'}`,
      'data-post': p.id,
      lang,
    },
    el(
      'p',
      { class: 'mirror-meta' },
      t('mirror.post', {
        name: p.author.name,
        handle: p.author.handle,
        network: p.networkName,
        time: clock(p.t),
      }),
      marks.length > 0 ? ` · ${marks.join(' · ')}` : '',
    ),
    el('p', { class: 'mirror-text' }, p.text),
    el('p', { class: 'mirror-stats' }, t('mirror.stats', { likes: p.likes, shares: p.shares })),
  );
}
