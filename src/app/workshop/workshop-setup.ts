import { z } from 'zod';
import { LANGS, type Lang } from '../../content/scenario.schema';
import { MAX_TEAM_NAME } from '../../debrief/results.schema';
import { tw } from '../i18n/workshop-i18n';

/**
 * A workshop session as the facilitator sets it up: one crisis (scenario, seed, speed, language)
 * and the teams that will play it. Each team gets its own deep link to the same crisis, so every
 * team meets the same crowd and the results compare fairly. Pure: no DOM, no location.
 */
export const MAX_TEAMS = 30;
/** The results file holds a team name this long at most, so the set-up allows no longer one. */
export { MAX_TEAM_NAME };
export const MAX_SEED = 2 ** 31 - 1;

export interface WorkshopSetupInput {
  readonly scenario: string;
  /** A whole number; form text is accepted and checked. */
  readonly seed: number | string;
  readonly speed: number | string;
  readonly lang: string;
  readonly teams: readonly string[];
}

export interface WorkshopSession {
  readonly scenario: string;
  readonly seed: number;
  readonly speed: number;
  readonly lang: Lang;
  readonly teams: readonly string[];
}

export interface TeamLink {
  readonly team: string;
  readonly url: string;
}

export type WorkshopSetupField = 'scenario' | 'seed' | 'speed' | 'lang' | 'teams';

export interface WorkshopSetupError {
  readonly field: WorkshopSetupField;
  readonly message: string;
}

export type WorkshopSetupResult =
  | {
      readonly ok: true;
      readonly session: WorkshopSession;
      readonly links: readonly TeamLink[];
      /** The facilitator board, already carrying the session so it can check every file against it. */
      readonly board: string;
    }
  | { readonly ok: false; readonly errors: readonly WorkshopSetupError[] };

export interface WorkshopSetupOptions {
  /** Scenario ids that exist. */
  readonly knownScenarios: readonly string[];
  /** The URL the links are relative to (the page's own address, or the site's root). */
  readonly baseUrl: string;
  /** The language of the error messages (the facilitator's page), not the session's. */
  readonly uiLang?: Lang;
}

/** Splits the form's team box into names: one per line, blank lines skipped. */
export const teamsFromText = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function setupSchema(known: readonly string[], ui: Lang) {
  const number = (field: 'seed' | 'speed') =>
    z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
      z.number({ error: tw(ui, `setup.error.${field}`) }),
    );
  return z.object({
    scenario: z.string().superRefine((id, ctx) => {
      if (!known.includes(id))
        ctx.addIssue({
          code: 'custom',
          message: tw(ui, 'setup.error.scenario', { id, known: known.join(', ') }),
        });
    }),
    seed: number('seed').pipe(
      z
        .number()
        .int(tw(ui, 'setup.error.seed'))
        .min(0, tw(ui, 'setup.error.seed'))
        .max(MAX_SEED, tw(ui, 'setup.error.seed')),
    ),
    speed: number('speed').pipe(
      z.number().min(0.1, tw(ui, 'setup.error.speed')).max(200, tw(ui, 'setup.error.speed')),
    ),
    lang: z.enum(LANGS, { error: tw(ui, 'setup.error.lang', { langs: LANGS.join(', ') }) }),
    teams: z
      .array(z.string().transform((name) => name.trim()))
      .min(1, tw(ui, 'setup.error.noTeams'))
      .max(MAX_TEAMS, tw(ui, 'setup.error.tooManyTeams', { max: MAX_TEAMS }))
      .superRefine((names, ctx) => {
        const seen = new Set<string>();
        names.forEach((name, i) => {
          if (name.length === 0)
            ctx.addIssue({ code: 'custom', message: tw(ui, 'setup.error.emptyTeam', { n: i + 1 }) });
          else if (name.length > MAX_TEAM_NAME)
            ctx.addIssue({
              code: 'custom',
              message: tw(ui, 'setup.error.longTeam', { name, max: MAX_TEAM_NAME }),
            });
          const key = teamKey(name);
          if (name.length > 0 && seen.has(key))
            ctx.addIssue({ code: 'custom', message: tw(ui, 'setup.error.duplicateTeam', { name }) });
          seen.add(key);
        });
      }),
  });
}

/** Team names are told apart ignoring case and surrounding spaces: "Red" and " red" are one team. */
export const teamKey = (name: string): string => name.trim().toLocaleLowerCase();

const query = (params: Readonly<Record<string, string | number>>): string =>
  Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');

/** One deep link per team, and the board's link, or every problem with the set-up. */
export function buildWorkshop(input: WorkshopSetupInput, options: WorkshopSetupOptions): WorkshopSetupResult {
  const ui = options.uiLang ?? 'en';
  const parsed = setupSchema(options.knownScenarios, ui).safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: (issue.path[0] as WorkshopSetupField | undefined) ?? 'teams',
        message: issue.message,
      })),
    };
  }
  const session: WorkshopSession = parsed.data;
  const page = new URL('index.html', options.baseUrl);
  const link = (params: Readonly<Record<string, string | number>>) => `${page.href}?${query(params)}`;
  const crisis = { scenario: session.scenario, lang: session.lang, seed: session.seed, speed: session.speed };
  return {
    ok: true,
    session,
    links: session.teams.map((team) => ({ team, url: link({ ...crisis, mode: 'workshop', team }) })),
    board: link({ view: 'board', scenario: session.scenario, seed: session.seed, lang: ui }),
  };
}

/** A seed for a new session: a whole number short enough to read out loud. */
export const randomSeed = (random: () => number = Math.random): number => 1 + Math.floor(random() * 999_999);
