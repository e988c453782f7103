import library from 'virtual:scenarios';
import Phaser from 'phaser';
import { type Actor, createActor } from 'xstate';
import { parseDeepLink } from '../app/deep-link';
import { t } from '../app/i18n/i18n';
import { HistoryStore, mergeHistories, parseHistory, withAttempt } from '../app/persistence/history-store';
import { checkedSave, linksToSave } from '../app/persistence/resume-check';
import { SaveStore } from '../app/persistence/save-store';
import { sessionMachine } from '../app/session.machine';
import { loadSettings, saveSettings } from '../app/settings';
import { formatDiagnostic } from '../content/diagnostic';
import { replayLog } from '../sim/replay';
import { autosave } from './autosave';
import { A11yLayer } from './dom/a11y-layer';
import { CONTEXT_KEY, type GameContext } from './game-context';
import { BootScene } from './scenes/boot.scene';
import { BriefingScene } from './scenes/briefing.scene';
import { DebriefScene } from './scenes/debrief.scene';
import { HistoryScene } from './scenes/history.scene';
import { LiveScene } from './scenes/live.scene';
import { MenuScene } from './scenes/menu.scene';
import { RouterScene } from './scenes/router.scene';
import { COLORS, HEIGHT, setTextScale, WIDTH } from './theme';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Boots the game: the flow actor, settings, saves, the accessible layer and Phaser. */
export function startGame(): void {
  performance.mark('cortafuegos:main');
  for (const d of library.diagnostics) console.warn(formatDiagnostic(d));

  const settings = loadSettings(storage(), navigator.language.startsWith('en') ? 'en' : 'es');
  const actor = createActor(sessionMachine, { input: settings }).start();
  let saveFailed = false;
  const persist = (): void => {
    saveFailed = !saveSettings(storage(), settings);
  };
  actor.subscribe((snap) => {
    const { lang, speed, timer } = snap.context;
    if (lang !== settings.lang || speed !== settings.speed || timer !== settings.timer) {
      Object.assign(settings, { lang, speed, timer });
      persist();
    }
  });
  const systemReducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const applyTextSize = (): void => {
    setTextScale(settings.largeText ? 1.2 : 1);
    document.body.classList.toggle('large-text', settings.largeText);
  };
  applyTextSize();

  const a11y = new A11yLayer(document.getElementById('game') ?? document.body);
  document.getElementById('skip')?.addEventListener('click', (event) => {
    event.preventDefault();
    a11y.focusFirst();
  });
  const context: GameContext = {
    actor,
    library,
    a11y,
    notice: null,
    saveWarning: null,
    settings,
    applySettings(change) {
      Object.assign(settings, change);
      if (change.timer) actor.send({ type: 'SET_TIMER', timer: change.timer });
      applyTextSize();
      persist();
      if (saveFailed) context.notice = t(settings.lang, 'settings.saveFailed');
    },
    reducedMotion: () => settings.reducedMotion ?? systemReducedMotion?.matches ?? false,
    resumable: null,
    damagedSave: null,
    playMode: 'training',
    history: { version: 1, attempts: [] },
    recordAttempt: () => false,
    importHistory: () => ({ ok: false, reason: 'not ready' }),
    resume() {
      const save = context.resumable;
      if (!save) return;
      library
        .load(save.scenario)
        .then((scenario) => {
          const session = replayLog(scenario, save.log, save.now);
          context.resumable = null;
          actor.send({ type: 'SET_LANG', lang: save.lang });
          actor.send({
            type: 'RESTORE',
            scenario,
            session,
            speed: save.speed,
            mode: save.mode,
            team: save.team ?? null,
          });
        })
        .catch((error: Error) => {
          context.resumable = null;
          // Kept under a backup key and offered for download: a save that fails is never just dropped.
          const kept = saves.quarantine(JSON.stringify(save), error.message);
          context.damagedSave = { raw: kept.raw, name: `${kept.backupKey}.json` };
          context.notice = t(settings.lang, 'save.resumeFailed', { reason: error.message });
          game.scene.getScene('menu')?.events.emit('refresh');
        });
    },
  };
  const histories = new HistoryStore(storage());
  const historyLoad = histories.load();
  context.history = historyLoad.history;
  if (historyLoad.kind === 'unreadable') {
    context.notice = t(settings.lang, 'save.unreadable', { reason: historyLoad.reason });
    context.damagedSave = { raw: historyLoad.raw, name: `${historyLoad.backupKey}.json` };
  }
  context.recordAttempt = (attempt) => {
    context.history = withAttempt(context.history, attempt);
    return histories.save(context.history);
  };
  context.importHistory = (text) => {
    const parsed = parseHistory(text);
    if (!parsed.ok) return parsed;
    const merged = mergeHistories(context.history, parsed.history);
    context.history = merged.history;
    histories.save(context.history);
    return { ok: true, added: merged.added };
  };
  const saves = new SaveStore(storage());
  const saved = checkedSave(saves, library.manifests);
  if (saved.kind === 'saved') context.resumable = saved.save;
  if (saved.kind === 'unreadable') {
    context.notice = t(settings.lang, 'save.unreadable', { reason: saved.reason });
    context.damagedSave = { raw: saved.raw, name: `${saved.backupKey}.json` };
  }
  autosave(actor, saves, () => {
    const text = t(actor.getSnapshot().context.lang, 'save.failed');
    context.notice = text;
    // The first save of a session can fail before the live feed exists: it reads this when it starts.
    context.saveWarning = text;
    a11y.announce(text);
    game.scene.getScene('live')?.events.emit('notice', text);
  });
  const link = parseDeepLink(
    window.location.search,
    library.manifests.map((m) => m.id),
  );
  if (link.kind === 'error') context.notice = t(settings.lang, 'error.deepLink', { reason: link.reason });
  const resumable = context.resumable;
  if (link.kind === 'link' && resumable && linksToSave(link.link, resumable)) {
    // The same crisis is in progress here (a team refreshing its tab): offer it, never restart it.
    context.notice = t(settings.lang, 'save.linkInProgress');
  } else if (link.kind === 'link') {
    const { scenario: id, seed = 1, speed, mode, team } = link.link;
    const lang = link.link.lang ?? settings.lang;
    actor.send({ type: 'SET_LANG', lang });
    library.load(id).then(
      (scenario) =>
        actor.send({
          type: 'SELECT',
          scenario,
          lang,
          seed,
          ...(speed ? { speed } : {}),
          ...(mode ? { mode } : {}),
          ...(team ? { team } : {}),
        }),
      (error: Error) => {
        context.notice = t(lang, 'error.deepLink', { reason: error.message });
      },
    );
  }

  document.documentElement.lang = actor.getSnapshot().context.lang;
  actor.subscribe((snap) => {
    document.documentElement.lang = snap.context.lang;
  });

  performance.mark('cortafuegos:phaser');
  // `?renderer=canvas` forces the Canvas renderer (headless Chromium renders WebGL slowly in software).
  const renderer =
    new URLSearchParams(window.location.search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
  const game = new Phaser.Game({
    type: renderer,
    parent: 'game',
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: COLORS.background,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // Everything on screen is text, axis-aligned panels, or drawn smooth on a 2D canvas (avatars,
    // charts), so the WebGL context needs no multisampling: without it the context starts faster
    // and uses less memory, most of all under software rendering (machines without a GPU).
    render: { antialiasGL: false },
    scene: [BootScene, RouterScene, MenuScene, BriefingScene, LiveScene, DebriefScene, HistoryScene],
  });
  game.registry.set(CONTEXT_KEY, context);

  window.cortafuegos = { actor, game };
}

declare global {
  interface Window {
    /** For the browser tests: the game-flow actor. */
    cortafuegos?: { actor: Actor<typeof sessionMachine>; game: Phaser.Game; readyAt?: number };
  }
}
