import type { Cmi5Launch } from './cmi5-launch';
import type { XapiStatement } from './cmi5-statements';

/**
 * The game's few requests to a cmi5 LMS and its learning record store (LRS), over `fetch`: the
 * one-time auth token (cmi5 §8.2), State API documents, and statements. A small typed module
 * rather than `@xapi/cmi5`: that library bundles its own copy of axios (about 30 KiB gzip for four
 * requests), and its `initialize()` fetches the one-time token and sends "initialized" in one step
 * that cannot be retried when the LRS is down at launch (a second POST to the fetch URL is refused
 * by cmi5's rules), nor can its statements be kept and sent again with their ids. Nothing here
 * throws: every failure is a value that says whether trying again may help.
 */
export type LrsResult<T> =
  | { ok: true; value: T }
  /** `down`: no answer, or one that may change (401/403/408/429/5xx): worth trying again. `refused`: it never will. */
  | { ok: false; kind: 'down' | 'refused'; reason: string };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const XAPI_VERSION = '1.0.3';

const retryable = (status: number): boolean => [401, 403, 408, 425, 429].includes(status) || status >= 500;

async function request(fetcher: FetchLike, url: string, init: RequestInit): Promise<LrsResult<Response>> {
  let response: Response;
  try {
    response = await fetcher(url, init);
  } catch (error) {
    return {
      ok: false,
      kind: 'down',
      reason: `no answer from ${new URL(url).host}: ${(error as Error).message}`,
    };
  }
  if (response.ok) return { ok: true, value: response };
  const body = await response.text().catch(() => '');
  return {
    ok: false,
    kind: retryable(response.status) ? 'down' : 'refused',
    reason: `${response.status} ${response.statusText}${body ? `: ${body.slice(0, 200)}` : ''}`.trim(),
  };
}

/** POSTs the launch's fetch URL once for the session's auth token (an error answer is status 200 too). */
export async function fetchAuthToken(
  fetchUrl: string,
  fetcher: FetchLike = fetch,
): Promise<LrsResult<string>> {
  const answer = await request(fetcher, fetchUrl, { method: 'POST' });
  if (!answer.ok) return answer;
  let data: Record<string, unknown>;
  try {
    data = (await answer.value.json()) as Record<string, unknown>;
  } catch {
    return { ok: false, kind: 'refused', reason: 'the fetch URL did not answer JSON' };
  }
  const token = data['auth-token'];
  if (typeof token === 'string' && token !== '') return { ok: true, value: token };
  const code = data['error-code'];
  const text = data['error-text'];
  return {
    ok: false,
    kind: 'refused',
    reason:
      code !== undefined
        ? `the LMS refused the token (${String(code)}: ${String(text ?? '')})`
        : 'no auth-token',
  };
}

export class LrsClient {
  constructor(
    private readonly launch: Cmi5Launch,
    private readonly token: string,
    private readonly fetcher: FetchLike = (url, init) => fetch(url, init),
  ) {}

  private headers(json: boolean): Record<string, string> {
    return {
      Authorization: `Basic ${this.token}`,
      'X-Experience-API-Version': XAPI_VERSION,
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    };
  }

  private stateUrl(stateId?: string): string {
    const query = new URLSearchParams({
      activityId: this.launch.activityId,
      agent: JSON.stringify(this.launch.actor),
      registration: this.launch.registration,
      ...(stateId === undefined ? {} : { stateId }),
    });
    return `${this.launch.endpoint}activities/state?${query}`;
  }

  /**
   * The ids of the State API documents this launch has (the State API's list form). Asked before
   * reading a document that may not exist: its 404 would be the spec's answer, but the browser
   * logs it as a failed load.
   */
  async stateIds(): Promise<LrsResult<string[]>> {
    const answer = await request(this.fetcher, this.stateUrl(), {
      method: 'GET',
      headers: this.headers(false),
    });
    if (!answer.ok) return answer;
    try {
      const ids: unknown = await answer.value.json();
      if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) return { ok: true, value: ids };
    } catch {
      // not JSON: said below
    }
    return {
      ok: false,
      kind: 'refused',
      reason: 'the State API did not list its documents as an array of ids',
    };
  }

  /** A State API document as JSON, or null when the LRS holds none. */
  async getState(stateId: string): Promise<LrsResult<unknown>> {
    const url = this.stateUrl(stateId);
    let response: Response;
    try {
      response = await this.fetcher(url, { method: 'GET', headers: this.headers(false) });
    } catch (error) {
      return { ok: false, kind: 'down', reason: `no answer from the LRS: ${(error as Error).message}` };
    }
    if (response.status === 404) return { ok: true, value: null };
    if (!response.ok)
      return {
        ok: false,
        kind: retryable(response.status) ? 'down' : 'refused',
        reason: `${response.status} ${response.statusText}`,
      };
    try {
      return { ok: true, value: JSON.parse(await response.text()) };
    } catch {
      return { ok: false, kind: 'refused', reason: `the state document ${stateId} is not JSON` };
    }
  }

  /** Writes a State API document (`keepalive` lets it finish as the page goes). */
  async putState(stateId: string, document: unknown, keepalive = false): Promise<LrsResult<void>> {
    const answer = await request(this.fetcher, this.stateUrl(stateId), {
      method: 'PUT',
      headers: this.headers(true),
      body: JSON.stringify(document),
      keepalive,
    });
    return answer.ok ? { ok: true, value: undefined } : answer;
  }

  /**
   * Stores statements, in order, in one request. A 409 means the LRS already holds statements with
   * these ids: an earlier request got there though its answer did not come back, so they are stored.
   */
  async postStatements(statements: readonly XapiStatement[], keepalive = false): Promise<LrsResult<void>> {
    const answer = await request(this.fetcher, `${this.launch.endpoint}statements`, {
      method: 'POST',
      headers: this.headers(true),
      body: JSON.stringify(statements),
      keepalive,
    });
    if (answer.ok || (!answer.ok && answer.reason.startsWith('409'))) return { ok: true, value: undefined };
    return answer;
  }
}
