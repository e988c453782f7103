import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { controlRequestSchema } from '../app/workshop/control-protocol';
import type { CompiledScenario } from '../content/compiled-scenario';
import { HttpError, readJsonBody, sendJson } from './http-json';
import { RateLimit } from './rate-limit';
import type { Workshop, WorkshopRegistry } from './workshop-registry';

/**
 * `POST /api/workshops/:id/controls` with the facilitator's `Authorization: Bearer <key>` and
 * `{to: "all" | <team index>, control: {type, …}}`: start, pause, resume, speed, message, inject.
 * HTTP rather than a facilitator socket: the console already speaks to the API with its key, the
 * key is checked by the same code as the workshop's state (401, 403, 404), and a team's socket
 * never carries the key's authority (the team channel refuses any message but its log). Answers
 * 202 `{id, to: [team names]}` once the control is on disk; the teams get it over their channel.
 */
const MAX_CONTROL_BODY = 4 * 1024;

export const issuesText = (issues: readonly z.core.$ZodIssue[]): string =>
  issues
    .map((i) =>
      i.code === 'unrecognized_keys'
        ? `unknown field ${i.keys.join(', ')}`
        : `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`,
    )
    .join('; ');

export function controlApi(
  registry: WorkshopRegistry,
  scenario: (id: string) => CompiledScenario | undefined,
  now?: () => number,
) {
  // One bucket per workshop: a console (or a script with its key) cannot flood the teams.
  const rates = new Map<string, RateLimit>();
  return async function issue(workshop: Workshop, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = workshop.meta.id;
    const rate = rates.get(id) ?? new RateLimit(5, 20, now);
    rates.set(id, rate);
    if (!rate.take()) throw new HttpError(429, 'too many controls: at most 5 a second');
    const body = await readJsonBody(req, MAX_CONTROL_BODY);
    const parsed = controlRequestSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, issuesText(parsed.error.issues));
    const { to, control } = parsed.data;
    const teams = workshop.teams.length;
    if (to !== 'all' && to >= teams)
      throw new HttpError(400, `to: no team ${to} (the workshop has ${teams}, from 0)`);
    if (control.type === 'inject') {
      const known = scenario(workshop.meta.scenario)?.manifest.injects.map((i) => i.id) ?? [];
      if (!known.includes(control.inject))
        throw new HttpError(
          400,
          `control.inject: no inject "${control.inject}" in scenario "${workshop.meta.scenario}" (it has: ${known.join(', ') || 'none'})`,
        );
    }
    const targets = to === 'all' ? workshop.teams.map((_, i) => i) : [to];
    let message: Awaited<ReturnType<WorkshopRegistry['issueControl']>>;
    try {
      message = await registry.issueControl(workshop, targets, control);
    } catch (error) {
      if (registry.store.unavailable(error)) throw error; // 503, from the API.
      throw new HttpError(409, (error as Error).message);
    }
    sendJson(res, 202, { id: message.id, to: targets.map((i) => workshop.teams[i]?.name ?? '') });
  };
}
