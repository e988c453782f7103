import library from 'virtual:scenarios';
import Phaser from 'phaser';
import { type Actor, createActor } from 'xstate';
import { parseDeepLink } from '../app/deep-link';
import { loadPlayable } from '../app/engine-loader';
import { type MessageKey, t } from '../app/i18n/i18n';
import { Notices } from '../app/notices';
import { checkedSave, linksToSave } from '../app/persistence/resume-check';
import { SaveStore } from '../app/persistence/save-store';
import { sessionMachine } from '../app/session.machine';
import { loadSettings, saveSettings } from '../app/settings';
import { streamToWorkshop } from '../app/workshop/live-wiring';
import { formatDiagnostic } from '../content/diagnostic';
import { autosave } from './autosave';
import { A11yLayer } from './dom/a11y-layer';
import { CONTEXT_KEY, type GameContext } from './game-context';
import { wireHistory } from './history-wiring';
import { offerOfflineAndUpdates } from './offline-updates';
import { type PageZone, PointerInput } from './pointer/pointer-input';
import { BootScene } from './scenes/boot.scene';
import { BriefingScene } from './scenes/briefing.scene';
import { DebriefScene } from './scenes/debrief.scene';
import { HistoryScene } from './scenes/history.scene';
import { LiveScene } from './scenes/live.scene';
import { MenuScene } from './scenes/menu.scene';
import { RouterScene } from './scenes/router.scene';
import { fitWindow, followWindow } from './screen-fit';
import { COLORS, setTextScale } from './theme';

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
    notices: new Notices(),
    saveWarning: null,
    settings,
    applySettings(change) {
      Object.assign(settings, change);
      if (change.timer) actor.send({ type: 'SET_TIMER', timer: change.timer });
      applyTextSize();
      persist();
      if (saveFailed) context.notices.add({ id: 'settings', key: 'settings.saveFailed' });
      else context.notices.dismiss('settings');
    },
    reducedMotion: () => settings.reducedMotion ?? systemReducedMotion?.matches ?? false,
    resumable: null,
    playMode: 'training',
    history: { version: 1, attempts: [] },
    historyDurable: true,
    recordAttempt: async () => ({ ok: false, reason: 'not ready' }),
    importHistory: async () => ({ ok: false, reason: 'not ready', refused: false }),
    resume() {
      const save = context.resumable;
      if (!save) return;
      loadPlayable(library, save.scenario, save.lang).then(
        ({ scenario, engine }) => {
          let session: ReturnType<typeof engine.replayLog>;
          try {
            session = engine.replayLog(scenario, save.log, save.now);
          } catch (error) {
            context.resumable = null;
            // Kept under a backup key and offered for download: a save that fails is never just dropped.
            const kept = saves.quarantine(JSON.stringify(save), (error as Error).message);
            context.notices.add({
              id: 'save.resume',
              key: 'save.resumeFailed',
              vars: { reason: (error as Error).message },
              download: { raw: kept.raw, name: `${kept.backupKey}.json`, label: 'save.download' },
            });
            game.scene.getScene('menu')?.events.emit('refresh');
            return;
          }
          context.resumable = null;
          context.notices.dismiss('save.resume');
          actor.send({ type: 'SET_LANG', lang: save.lang });
          actor.send({
            type: 'RESTORE',
            scenario,
            engine,
            session,
            speed: save.speed,
            mode: save.mode,
            team: save.team ?? null,
          });
        },
        (error: Error) => {
          // The save is sound: the game's code, the scenario or the grader's lexicon did not arrive
          // (offline, say). It stays where it is and stays offered, to try again.
          context.notices.add({
            id: 'save.resume',
            key: 'save.resumeLoadFailed',
            vars: { reason: error.message },
          });
          game.scene.getScene('menu')?.events.emit('refresh');
        },
      );
    },
  };
  offerOfflineAndUpdates(context.notices);
  // Once the history is loaded, the screens showing it (menu cards and locks, the history) redraw.
  void wireHistory(context, storage(), () => {
    for (const scene of game.scene.getScenes(true)) scene.events.emit('refresh');
  });
  const saves = new SaveStore(storage());
  const saved = checkedSave(saves, library.manifests);
  if (saved.kind === 'saved') context.resumable = saved.save;
  if (saved.kind === 'unreadable') {
    context.notices.add({
      id: 'save.unreadable',
      key: 'save.unreadable',
      vars: { reason: saved.reason },
      download: { raw: saved.raw, name: `${saved.backupKey}.json`, label: 'save.download' },
    });
  }
  autosave(
    actor,
    saves,
    () => {
      const text = t(actor.getSnapshot().context.lang, 'save.failed');
      context.notices.add({ id: 'save.failed', key: 'save.failed' });
      // The first save of a session can fail before the live feed exists: it reads this when it starts.
      context.saveWarning = text;
      a11y.announce(text);
      game.scene.getScene('live')?.events.emit('notice', text);
    },
    () => {
      context.notices.dismiss('save.failed');
      context.saveWarning = null;
    },
  );
  const link = parseDeepLink(
    window.location.search,
    library.manifests.map((m) => m.id),
  );
  if (link.kind === 'error')
    context.notices.add({ id: 'deepLink', key: 'error.deepLink', vars: { reason: link.reason } });
  const tell = (key: MessageKey): void => {
    const text = t(actor.getSnapshot().context.lang, key);
    a11y.announce(text);
    game.scene.getScene('live')?.events.emit('notice', text);
  };
  // The learning platforms' adapters load only for their launch (each brings scoring and compression).
  const openLink = async (): Promise<void> => {
    // Launched by a learning platform: reports to its SCORM 1.2 API and resumes the attempt it kept.
    const scorm =
      link.kind === 'link' && link.link.lms === 'scorm12'
        ? await import('../app/lms/scorm-session')
            .then((m) =>
              m.connectScorm(window, link.link.scenario, actor, {
                tooLarge: () => {
                  context.notices.add({ id: 'lms.tooLarge', key: 'lms.tooLarge' });
                  tell('lms.tooLarge');
                },
                unusable: (raw, reason) =>
                  context.notices.add({
                    id: 'lms.resume',
                    key: 'lms.resumeFailed',
                    vars: { reason },
                    download: { raw, name: 'cortafuegos-lms-attempt.txt', label: 'lms.download' },
                  }),
              }),
            )
            .catch((error: Error) => {
              // The crisis still opens: only the report to the platform is lost, and the player is told.
              context.notices.add({
                id: 'lms.scorm',
                key: 'lms.scormFailed',
                vars: { reason: error.message },
              });
              return null;
            })
        : null;
    // Or by cmi5: its LRS gets the statements, its State API keeps the attempt.
    const cmi5 =
      link.kind === 'link' && link.link.lms === 'cmi5'
        ? import('../app/lms/cmi5-launcher')
            .then((m) => m.launchCmi5(window, link.link.scenario, actor, { notices: context.notices, tell }))
            .catch((error: Error) => {
              context.notices.add({ id: 'lms.cmi5', key: 'lms.cmi5Failed', vars: { reason: error.message } });
              return null;
            })
        : Promise.resolve(null);
    const resumable = context.resumable;
    // Under an LMS, what resumes is what the LMS kept, not this device's save.
    const lmsKeeps = scorm?.resuming || link.kind !== 'link' || link.link.lms === 'cmi5';
    if (link.kind === 'link' && resumable && linksToSave(link.link, resumable) && !lmsKeeps) {
      // The same crisis is in progress here (a team refreshing its tab): offer it, never restart it.
      actor.send({ type: 'SET_LANG', lang: resumable.lang });
      context.notices.add({ id: 'save.linkInProgress', key: 'save.linkInProgress' });
    } else if (link.kind === 'link') {
      const { scenario: id, seed = 1, speed, mode, team } = link.link;
      const lang = link.link.lang ?? settings.lang;
      actor.send({ type: 'SET_LANG', lang });
      Promise.all([loadPlayable(library, id, lang), cmi5])
        .then(async ([{ scenario, engine }, launched]) => {
          // Restoring replays the attempt the LMS kept, re-reading its written replies, and that attempt
          // may be in another language than the link's: both lexicons, on a relaunch only.
          if (scorm?.resuming || launched?.resuming) await engine.loadLexicons();
          const restored = scorm?.restore(scenario) ?? launched?.restore(scenario);
          if (restored) actor.send({ type: 'RESTORE', scenario, engine, ...restored });
          // An LMS attempt that cannot be resumed: the menu says so, with its download, and starts it afresh.
          else if (!scorm?.resuming && !launched?.resuming)
            actor.send({
              type: 'SELECT',
              scenario,
              engine,
              lang,
              seed,
              ...(speed ? { speed } : {}),
              ...(mode ? { mode } : {}),
              ...(team ? { team } : {}),
            });
        })
        .catch((error: Error) => {
          context.notices.add({ id: 'deepLink', key: 'error.deepLink', vars: { reason: error.message } });
        });
    }
  };
  void openLink();

  document.documentElement.lang = actor.getSnapshot().context.lang;
  actor.subscribe((snap) => {
    document.documentElement.lang = snap.context.lang;
  });

  performance.mark('cortafuegos:phaser');
  // The layout size and the canvas pixels per game px for this window (screen-size.ts).
  const size = fitWindow();
  const game = new Phaser.Game({
    // The Canvas renderer only: everything drawn is text, panels, images and 2D-canvas textures,
    // which it draws at full frame rate (bench:browser), and the game's Phaser is built without
    // WebGL (phaser-build.vite-plugin.ts), 54 KiB gzip lighter and with no WebGL context to start.
    type: Phaser.CANVAS,
    parent: 'game',
    width: size.width * size.zoom,
    height: size.height * size.zoom,
    backgroundColor: COLORS.background,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [BootScene, RouterScene, MenuScene, BriefingScene, LiveScene, DebriefScene, HistoryScene],
  });
  game.registry.set(CONTEXT_KEY, context);
  followWindow(game);
  // A live workshop team's page streams its log to the server and takes the facilitator's controls.
  void streamToWorkshop(actor, {
    message(text) {
      // Framed by the game's own words; the facilitator's text stays text (a toast and textContent).
      const notice = t(actor.getSnapshot().context.lang, 'live.facilitator', { text });
      a11y.announce(notice);
      // The live scene may still be starting when the session has just gone live.
      const show = (tries: number): void => {
        const live = game.scene.getScene('live');
        if (live?.scene.isActive()) live.events.emit('notice', notice);
        else if (tries > 0) setTimeout(() => show(tries - 1), 200);
      };
      show(10);
    },
    held(held) {
      document.documentElement.dataset.workshopHold = String(held);
      if (context.workshopHeld === held) return;
      context.workshopHeld = held;
      // Redrawn to say so only when held: a release starts the team (no redraw that could swallow
      // a key press), and a scene restarted on its way out would come back.
      const briefing = game.scene.getScene('briefing');
      if (held && briefing?.scene.isActive() && actor.getSnapshot().matches('briefing'))
        briefing.scene.restart({ relayout: false });
    },
  });

  window.cortafuegos = {
    actor,
    game,
    zones: () => PointerInput.pageZones(game),
    zoneAt: (x, y) => PointerInput.pageZoneAt(game, x, y),
  };
}

declare global {
  interface Window {
    /** For the browser tests: the game-flow actor, and where each tappable control is drawn. */
    cortafuegos?: {
      actor: Actor<typeof sessionMachine>;
      game: Phaser.Game;
      readyAt?: number;
      zones: () => PageZone[];
      zoneAt: (x: number, y: number) => string | null;
    };
  }
}
