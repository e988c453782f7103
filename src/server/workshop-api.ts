import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { buildWorkshop } from '../app/workshop/workshop-setup';
import type { CompiledScenario } from '../content/compiled-scenario';
import { controlApi, issuesText } from './control-api';
import { resultsBody, teamLogBody } from './facilitator-reads';
import { HttpError, readJsonBody, sendJson } from './http-json';
import { teamPulse } from './team-pulse';
import { ScoreCache, teamScore } from './team-score';
import type { Workshop, WorkshopRegistry } from './workshop-registry';

/**
 * The workshop API, JSON over HTTP:
 * - `POST /api/workshops` `{scenario, lang, seed, speed, teams, hold?}` → `{id, facilitatorKey,
 *   console, teams: [{name, link, token}]}`; links are paths on this server, with the secrets in the
 *   URL fragment (browsers never send it, so it reaches no server log).
 * - `GET /api/workshops/:id` with `Authorization: Bearer <facilitatorKey>` → every team's state;
 *   `…/:id/teams/:n/log` → team n's whole log; `…/:id/results` → the finished teams' results files.
 * Errors are `{error}` with a message naming what is wrong: 400 a body that is not JSON or not a
 * workshop, 401 a missing or wrong key, 403 the key of another workshop, 404 an unknown workshop.
 */
const createSchema = z.strictObject({
  scenario: z.string({ error: 'scenario must be a string' }),
  lang: z.string({ error: 'lang must be a string' }),
  seed: z.number({ error: 'seed must be a number' }),
  speed: z.number({ error: 'speed must be a number' }),
  teams: z.array(z.string({ error: 'each team must be a string' }), {
    error: 'teams must be a list of names',
  }),
  hold: z.boolean({ error: 'hold must be true or false' }).optional(),
});

export interface ApiDeps {
  readonly registry: WorkshopRegistry;
  readonly scenario: (id: string) => CompiledScenario | undefined;
  readonly scenarioIds: readonly string[];
  /** The controls' rate limit clock, in milliseconds (tests move it by hand). */
  readonly now?: () => number;
}

const query = (params: Readonly<Record<string, string | number>>): string =>
  Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');

export function createApi(deps: ApiDeps) {
  const scores = new ScoreCache();
  const issueControl = controlApi(deps.registry, deps.scenario, deps.now);

  async function create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonBody(req);
    const shape = createSchema.safeParse(body);
    if (!shape.success) throw new HttpError(400, issuesText(shape.error.issues));
    // The set-up page's own rules: known scenario, seed and speed in range, team names.
    const setup = buildWorkshop(shape.data, {
      knownScenarios: deps.scenarioIds,
      baseUrl: 'http://workshop/',
    });
    if (!setup.ok) throw new HttpError(400, setup.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    const { session } = setup;
    const created = await deps.registry.create(session, shape.data.hold ?? false);
    const id = created.workshop.meta.id;
    const crisis = {
      scenario: session.scenario,
      lang: session.lang,
      seed: session.seed,
      speed: session.speed,
    };
    sendJson(res, 201, {
      id,
      facilitatorKey: created.facilitatorKey,
      console: `/?${query({ view: 'console', workshop: id })}#key=${created.facilitatorKey}`,
      teams: session.teams.map((name, i) => ({
        name,
        link: `/?${query({ ...crisis, mode: 'workshop', team: name, workshop: id })}#token=${created.tokens[i]}`,
        token: created.tokens[i],
      })),
    });
  }

  async function state(workshop: Workshop, res: ServerResponse): Promise<void> {
    const scenario = deps.scenario(workshop.meta.scenario);
    const teams = await Promise.all(
      workshop.teams.map(async (team, i) => {
        // Whichever process the team writes through: the store's log, connections and clock.
        await team.refresh();
        const [connections, clock, pending] = await Promise.all([
          team.live.connections(),
          team.clock(),
          workshop.controls.pending(i),
        ]);
        return {
          name: team.name,
          connected: connections > 0,
          events: team.held,
          clock,
          ended: team.ended,
          score: scenario ? scores.get(team, team.held, () => teamScore(scenario, team.events)) : null,
          // Controls issued to the team that its game has not yet acknowledged.
          pendingControls: pending.length,
          ...teamPulse(team.events),
        };
      }),
    );
    sendJson(res, 200, {
      id: workshop.meta.id,
      scenario: workshop.meta.scenario,
      lang: workshop.meta.lang,
      seed: workshop.meta.seed,
      speed: workshop.meta.speed,
      hold: workshop.meta.hold,
      started: await workshop.controls.started(),
      injects: scenario?.manifest.injects.map((i) => i.id) ?? [],
      teams,
    });
  }

  async function authorize(req: IncomingMessage, id: string): Promise<Workshop> {
    const workshop = await deps.registry.find(id);
    if (!workshop) throw new HttpError(404, `no workshop "${id}"`);
    const header = req.headers.authorization ?? '';
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!key) throw new HttpError(401, 'the facilitator key is missing (Authorization: Bearer <key>)');
    const owner = await deps.registry.byFacilitatorKey(key);
    if (owner === workshop) return workshop;
    if (owner) throw new HttpError(403, 'that key is of another workshop');
    throw new HttpError(401, 'the facilitator key is wrong');
  }

  /** Answers a request under `/api/`; true when it was one. */
  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (!path.startsWith('/api/') && path !== '/api') return false;
    try {
      if (path === '/api/workshops') {
        if (req.method !== 'POST') throw new HttpError(405, 'use POST to create a workshop');
        await create(req, res);
        return true;
      }
      const controls = /^\/api\/workshops\/([A-Za-z0-9_-]{1,64})\/controls$/.exec(path);
      if (controls) {
        if (req.method !== 'POST') throw new HttpError(405, 'use POST to send a control');
        await issueControl(await authorize(req, controls[1] ?? ''), req, res);
        return true;
      }
      const read = /^\/api\/workshops\/([A-Za-z0-9_-]{1,64})\/(?:teams\/(\d{1,3})\/log|(results))$/.exec(
        path,
      );
      if (read) {
        if (req.method !== 'GET') throw new HttpError(405, 'use GET to read a workshop');
        const workshop = await authorize(req, read[1] ?? '');
        const body = read[3]
          ? await resultsBody(workshop, deps.scenario(workshop.meta.scenario))
          : await teamLogBody(workshop, Number(read[2]));
        sendJson(res, 200, body);
        return true;
      }
      const one = /^\/api\/workshops\/([A-Za-z0-9_-]{1,64})$/.exec(path);
      if (one) {
        if (req.method !== 'GET') throw new HttpError(405, 'use GET to read a workshop');
        await state(await authorize(req, one[1] ?? ''), res);
        return true;
      }
      throw new HttpError(404, `no such API: ${path}`);
    } catch (caught) {
      const error = deps.registry.store.unavailable(caught)
        ? new HttpError(503, 'the server cannot reach the store of its workshops just now; try again')
        : caught;
      if (!(error instanceof HttpError)) throw error;
      // An error answered before the body was read (413): close rather than read the rest.
      if (!req.complete) res.setHeader('Connection', 'close');
      sendJson(res, error.status, { error: error.message });
      return true;
    }
  };
}
