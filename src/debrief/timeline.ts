import type { Facts } from '../scoring/facts';
import type { Timeline } from './debrief.schema';

/**
 * The heat and sentiment of the crisis over time (the engine's pulses), with the player's actions
 * placed on it and what each did to the public at once, and the moments the crisis jumped network.
 */
export function buildTimeline(f: Facts): Timeline {
  return {
    points: f.pulses.map((p) => ({ t: p.t, heat: p.heat, sentiment: p.sentiment, reach: p.reach })),
    actions: f.actions.map((a) => ({
      t: a.t,
      action: a.action.type,
      post: 'post' in a.action ? a.action.post : null,
      effect: a.effect,
      heat: a.heat,
      sentiment: a.sentiment,
    })),
    jumps: f.jumps.map((j) => ({ t: j.t, network: j.network })),
  };
}
