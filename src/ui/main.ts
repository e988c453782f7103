/**
 * The page's entry: `?view=workshop` (facilitator set-up), `?view=board` (facilitator board) and
 * `?view=console` (the live workshop's console, on the workshop server)
 * are plain DOM pages that never load Phaser (the board loads the simulation engine, to replay
 * the teams' files); anything else starts the game. Each branch awaits its own import so the
 * build gives each its own preload list.
 */
import '../app/zod-jitless';

const root = (): HTMLElement => document.getElementById('game') ?? document.body;

async function facilitator(view: 'workshop' | 'board' | 'console'): Promise<void> {
  (await import('./pages/workshop-page')).startWorkshopPage(view, root());
}

async function game(): Promise<void> {
  (await import('./game')).startGame();
}

const view = new URLSearchParams(window.location.search).get('view');
if (view === 'workshop' || view === 'board' || view === 'console') void facilitator(view);
else void game();
