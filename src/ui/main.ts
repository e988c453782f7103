/**
 * The page's entry: `?view=workshop` (facilitator set-up) and `?view=board` (facilitator board)
 * are plain DOM pages that never load the game engine; anything else starts the game.
 */
const view = new URLSearchParams(window.location.search).get('view');
if (view === 'workshop' || view === 'board') {
  import('./pages/workshop-page').then((m) =>
    m.startWorkshopPage(view, document.getElementById('game') ?? document.body),
  );
} else {
  import('./game').then((m) => m.startGame());
}
