/**
 * The page's entry: `?view=workshop` (facilitator set-up) and `?view=board` (facilitator board)
 * are plain DOM pages that never load Phaser (the board loads the simulation engine, to replay
 * the teams' files); anything else starts the game. Each branch awaits its own import so the
 * build gives each its own preload list.
 */
import '../app/zod-jitless';

const root = (): HTMLElement => document.getElementById('game') ?? document.body;

async function facilitator(view: 'workshop' | 'board'): Promise<void> {
  (await import('./pages/workshop-page')).startWorkshopPage(view, root());
}

async function game(): Promise<void> {
  (await import('./game')).startGame();
}

const view = new URLSearchParams(window.location.search).get('view');
if (view === 'workshop' || view === 'board') void facilitator(view);
else void game();
