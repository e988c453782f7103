import type { CrowdTuning, CrowdVoice } from '../content/scenario.schema';
import { applyDelta, clamp, type Metrics } from './metrics';
import type { PostState } from './post';
import type { Rng } from './rng';

export interface CrowdTickResult {
  /** Posts whose likes or shares grew: [id, likes, shares]. */
  readonly grew: [string, number, number][];
  /** A pile-on post the crowd writes this tick, if any. */
  readonly voice: CrowdVoice | null;
  /** A network the crisis jumps to this tick, if any. */
  readonly jump: string | null;
}

/** Simulated seconds during which a settled post still gathers likes and shares. */
const ENGAGEMENT_WINDOW = 300;

const KIND_WEIGHT: Record<string, number> = { complaint: 1, question: 0.6, press: 1.5 };

/**
 * One step of how the public reacts to time and to the player: unanswered genuine complaints
 * build pressure that grows with waiting, pressure feeds heat, heat brings likes, shares,
 * pile-on posts and the jump to another network. Fed trolls keep the fire going.
 */
export function crowdTick(
  now: number,
  posts: PostState[],
  m: Metrics,
  tuning: CrowdTuning,
  allNetworks: readonly string[],
  rng: Rng,
  blocked: ReadonlySet<string>,
  awaitingReply: (p: PostState) => boolean,
): CrowdTickResult {
  let pressure = 0;
  let unanswered = 0;
  const grew: [string, number, number][] = [];
  const heatFactor = 0.2 + m.heat / 25;
  // A removed post, or an old one nobody is waiting on, leaves the list: a long session's tick then
  // costs what its live posts cost, not its whole history. (The session puts a post back if a reply
  // point opens on it later, the one way an old post comes back into play.)
  let kept = 0;
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i] as PostState;
    if (p.status !== 'visible') continue;
    const awaiting = awaitingReply(p);
    if (!awaiting && now - p.t > ENGAGEMENT_WINDOW) continue;
    posts[kept++] = p;
    let rate: number;
    if (awaiting) {
      const wait = now - p.t;
      const urgency = Math.min(3, 0.5 + wait / p.patience);
      pressure += (KIND_WEIGHT[p.kind] ?? 0.5) * urgency;
      unanswered++;
      rate = heatFactor * urgency;
    } else if (p.authorType === 'troll' && !blocked.has(p.author)) {
      pressure += 0.15 * m.trollsFed;
      rate = heatFactor * (0.3 + 0.3 * m.trollsFed);
    } else {
      rate = heatFactor * 0.2;
    }
    const likes = Math.floor(rate + rng.next());
    const shares = rng.next() < rate / 5 ? 1 : 0;
    if (likes > 0 || shares > 0) {
      p.likes += likes;
      p.shares += shares;
      m.reach += likes * 3 + shares * 40;
      grew.push([p.id, p.likes, p.shares]);
    }
  }
  posts.length = kept;
  const mood = m.sentiment < -40 ? 1 : 0;
  applyDelta(
    m,
    tuning.heatGain * pressure + mood - tuning.heatDecay * m.heat,
    -0.8 * pressure + 0.02 * -m.sentiment,
  );
  m.reach += Math.round(m.heat * 2);

  let jump: string | null = null;
  if (m.heat >= tuning.jumpHeat && m.networks.length < allNetworks.length) {
    jump = allNetworks[m.networks.length] ?? null;
    if (jump) m.networks.push(jump);
  }

  let voice: CrowdVoice | null = null;
  const chance = tuning.baseRate + (tuning.pileOnRate * m.heat) / 100;
  if (tuning.voices.length > 0 && rng.next() < chance) {
    let total = 0;
    const weights = tuning.voices.map((v) => {
      const w =
        v.kind === 'troll'
          ? 0.4 + 1.5 * m.trollsFed
          : v.kind === 'praise'
            ? 0.2 + Math.max(0, m.sentiment) / 20 + 0.4 * m.fansThanked
            : 1 + m.heat / 20 + unanswered * 0.5;
      total += w;
      return w;
    });
    let r = rng.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r <= 0) {
        voice = tuning.voices[i] ?? null;
        break;
      }
    }
    voice ??= tuning.voices[tuning.voices.length - 1] ?? null;
  }
  m.heat = clamp(m.heat, 0, 100);
  return { grew, voice, jump };
}

/**
 * Genuine complaints and questions still waiting for the brand, for the ink variable `unanswered`.
 * `posts` holds the posts that needed an answer when they arrived; answered or removed ones leave it.
 */
export function countUnanswered(posts: PostState[], awaitingReply: (p: PostState) => boolean): number {
  let n = 0;
  let kept = 0;
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i] as PostState;
    if (p.status !== 'visible' || p.answeredAt !== null) continue;
    posts[kept++] = p;
    if (awaitingReply(p)) n++;
  }
  posts.length = kept;
  return n;
}
