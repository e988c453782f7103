import type { Actor } from 'xstate';
import type { sessionMachine } from '../session.machine';
import { readAttemptState } from './cmi5-attempt-state';
import { type Cmi5Launch, parseCmi5Launch, parseLaunchData } from './cmi5-launch';
import { type Cmi5Environment, type Cmi5Hooks, Cmi5Session, wait } from './cmi5-session';
import { type FetchLike, fetchAuthToken, LrsClient } from './lrs-client';
import { ATTEMPT_STATE_ID, LAUNCH_DATA_STATE_ID } from './xapi-vocabulary';

/**
 * The start of a cmi5 launch, before the session can report: the launch parameters, the one-time
 * auth token, LaunchData and the attempt the State API keeps. Each failure is told through
 * `hooks` and ends in null (the game plays on, unreported); nothing throws.
 */

/** Tries at the fetch URL when the LMS does not answer (an answer, even a refusal, ends them). */
const TOKEN_TRIES = 4;

async function tokenFor(launch: Cmi5Launch, fetcher: FetchLike | undefined) {
  for (let attempt = 1; ; attempt++) {
    const token = await fetchAuthToken(launch.fetch, fetcher);
    if (token.ok || token.kind === 'refused' || attempt >= TOKEN_TRIES) return token;
    await wait(1000 * 2 ** attempt);
  }
}

/**
 * Opens the cmi5 session of this launch: the token, LaunchData and the kept attempt, then
 * "initialized". Null when the launch cannot report (told through `hooks.failed`); never throws.
 */
export async function connectCmi5(
  win: { addEventListener(type: 'pagehide', listener: () => void): void },
  env: Cmi5Environment,
  scenario: string,
  actor: Actor<typeof sessionMachine>,
  hooks: Cmi5Hooks,
): Promise<Cmi5Session | null> {
  try {
    const launch = parseCmi5Launch(env.search);
    if (!launch.ok) return fail(hooks, launch.reason);
    const token = await tokenFor(launch.value, env.fetcher);
    if (!token.ok) return fail(hooks, `no auth token from the LMS (${token.reason})`);
    const client = new LrsClient(launch.value, token.value, env.fetcher);
    const data = await client.getState(LAUNCH_DATA_STATE_ID);
    if (!data.ok) return fail(hooks, `the LMS launch data could not be read (${data.reason})`);
    const launchData = parseLaunchData(data.value);
    if (!launchData.ok) return fail(hooks, launchData.reason);
    const listed = await client.stateIds();
    const kept =
      listed.ok && !listed.value.includes(ATTEMPT_STATE_ID)
        ? { ok: true as const, value: null }
        : await client.getState(ATTEMPT_STATE_ID);
    let state = readAttemptState(kept.ok ? kept.value : null);
    if (!state.ok) {
      hooks.unusable(JSON.stringify(kept.ok ? kept.value : null), state.reason);
      state = readAttemptState(null);
    }
    if (!state.ok) return null;
    const cmi5 = new Cmi5Session(
      launch.value,
      launchData.value,
      client,
      state.state,
      scenario,
      actor,
      hooks,
      env,
    );
    win.addEventListener('pagehide', () => cmi5.leave());
    return cmi5;
  } catch (error) {
    return fail(hooks, (error as Error).message);
  }
}

function fail(hooks: Cmi5Hooks, reason: string): null {
  hooks.failed(reason);
  return null;
}
