import type { InjectSpec } from '../content/scenario.schema';
import { playBeat } from './play-beat';
import type { SessionCore } from './session-core';

/** Why an inject was not landed, or that it was. */
export type InjectResult = { ok: true } | { ok: false; reason: string };

/** The inject of this scenario with this id, or a refusal naming the ones it has. */
export function findInject(s: Pick<SessionCore, 'manifest'>, id: unknown): InjectSpec | string {
  const known = s.manifest.injects;
  const spec = typeof id === 'string' ? known.find((i) => i.id === id) : undefined;
  if (spec) return spec;
  const list = known.length > 0 ? known.map((i) => i.id).join(', ') : 'none';
  return `no inject "${String(id).slice(0, 64)}" in scenario "${s.manifest.id}" (it has: ${list})`;
}

/**
 * Lands an inject now: the log records it at this moment, then its knot plays as a thread of its
 * own (flow and thread named by the inject's id), exactly as a scheduled thread opens. A replay
 * lands it again at the logged time, so the same posts follow.
 */
export function landInject(s: SessionCore, spec: InjectSpec): void {
  s.record({ t: s.now, type: 'inject', inject: spec.id });
  s.syncVariables();
  playBeat(s, spec.id, spec.id, s.runner.start(spec.id, spec.knot), null);
}
