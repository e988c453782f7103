import { describe, expect, it } from 'vitest';
import { useBuiltGame, waitForState, watchErrors } from './harness';

const game = useBuiltGame();

describe('keys pressed as the crisis opens', () => {
  it('every key pressed after the flow goes live, before the live feed listens, acts on the feed', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=faulty-product&lang=en&seed=3&speed=1`);
    await waitForState(page, /briefing/);
    await page.waitForFunction(() => window.cortafuegos?.game.scene.isActive('briefing'));
    // One task of the page: the flow goes live and six + follow, all before the next frame, on
    // which the live feed starts. Real presses could land on either side of that frame.
    const pressed = await page.evaluate(() => {
      const c = window.cortafuegos;
      if (!c) throw new Error('the game did not start');
      c.actor.send({ type: 'START' });
      const listening = c.game.scene.isActive('live');
      for (let i = 0; i < 6; i++) {
        // Apart in time: Phaser skips an event with the key and the time stamp of the one before.
        const until = performance.now() + 2;
        while (performance.now() < until) {}
        window.dispatchEvent(new KeyboardEvent('keydown', { key: '+', code: 'Equal' }));
      }
      const snap = c.actor.getSnapshot();
      return { state: JSON.stringify(snap.value), listening, speed: snap.context.speed };
    });
    expect(pressed.state).toMatch(/live/);
    expect(pressed).toMatchObject({ listening: false, speed: 1 });
    await page.waitForFunction(() => window.cortafuegos?.game.scene.isActive('live'));
    await expect
      .poll(() => page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.speed))
      .toBe(64);
    expect(errors).toEqual([]);
    await page.close();
  });
});
