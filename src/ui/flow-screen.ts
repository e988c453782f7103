/** The screens the game flow is drawn on: each a scene of that key. */
export type Screen = 'menu' | 'briefing' | 'live' | 'debrief' | 'history';

/** The screen that draws a state of the flow: a reopened past attempt uses the debrief's. */
export function screenOf(value: unknown): Screen {
  const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
  return (top === 'review' ? 'debrief' : top) as Screen;
}
