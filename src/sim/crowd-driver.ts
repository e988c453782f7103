import type { CrowdVoice } from '../content/scenario.schema';
import { crowdTick } from './crowd';
import { inventPersona } from './crowd-persona';
import { playBeat } from './play-beat';
import { round2 } from './round';
import type { SessionCore } from './session-core';

/** One pulse of the crowd model, logged; schedules the next one. */
export function crowdPulse(s: SessionCore): void {
  const m = s.manifest;
  const result = crowdTick(
    s.now,
    s.feed.engaging,
    s.metrics,
    m.crowd,
    m.networks.map((n) => n.id),
    s.rng,
    s.blocked,
    s.awaitingReply,
  );
  s.record({
    t: s.now,
    type: 'pulse',
    heat: round2(s.metrics.heat),
    sentiment: round2(s.metrics.sentiment),
    reach: Math.round(s.metrics.reach),
    grew: result.grew,
  });
  if (result.jump) s.record({ t: s.now, type: 'network_jump', network: result.jump });
  if (result.voice) crowdPost(s, result.voice);
  s.later(m.crowd.tickSeconds, () => crowdPulse(s));
}

/** A post by an invented member of the public, written by one of the script's crowd voices. */
export function crowdPost(s: SessionCore, voice: CrowdVoice): void {
  const n = s.nextCrowdNumber();
  const persona = inventPersona(n, voice.type, s.rng);
  s.feed.addCrowdPersona(persona);
  // A flow costs more to create than a crowd line costs to run: reuse one until a voice leaves a
  // reply point waiting in it.
  const flow = s.freeCrowdFlow ?? `crowd-flow-${n}`;
  const network = s.rng.pick(s.metrics.networks);
  s.syncVariables();
  const beat = s.runner.start(flow, voice.knot);
  s.freeCrowdFlow = beat.choices ? null : flow;
  const lines = beat.lines.map((l) => ({ ...l, tags: { kind: voice.kind, network, ...l.tags } }));
  playBeat(s, flow, `crowd-${n}`, { ...beat, lines }, persona.id);
  if (s.metrics.statementsLanded > 0 && !beat.choices) s.coveredByStatement.add(`crowd-${n}`);
}
