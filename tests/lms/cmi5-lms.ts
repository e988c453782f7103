import { randomUUID } from 'node:crypto';
import validateStatement from 'xapi-validation';
import type { Agent, LaunchData } from '../../src/app/lms/cmi5-launch';
import { LAUNCH_DATA_STATE_ID, SESSION_ID_EXTENSION } from '../../src/app/lms/xapi-vocabulary';

/**
 * A test cmi5 LMS, held in memory: it makes launch URLs (a one-time fetch URL and its token, a
 * session id, LaunchData in the State API), answers the fetch URL and the State API, and checks the
 * token on every request. Statements go to a real LRS in the browser test (xapi-statements); the
 * Node tests keep them here, checked with the same validator that LRS runs.
 */
export interface Answer {
  status: number;
  body: string;
  type?: string;
}

export interface Launched {
  readonly query: string;
  readonly sessionId: string;
  readonly token: string;
}

export interface LaunchOptions {
  readonly registration: string;
  readonly activityId: string;
  readonly actor: Agent;
  readonly launchData?: Partial<LaunchData>;
}

const json = (status: number, value: unknown): Answer => ({
  status,
  body: JSON.stringify(value),
  type: 'application/json',
});

export class TestLms {
  /** Each session's fetch: its token, and whether it was handed out already. */
  private readonly fetches = new Map<string, { token: string; used: boolean }>();
  private readonly tokens = new Set<string>();
  readonly states = new Map<string, string>();
  readonly statements: unknown[] = [];
  readonly invalid: string[] = [];
  fetchCalls = 0;
  /** While true the LRS does not answer (503): the game must keep what it sends. */
  down = false;

  constructor(readonly origin: string) {}

  get endpoint(): string {
    return `${this.origin}/lrs/`;
  }

  static stateKey(activityId: string, agent: string, registration: string, stateId: string): string {
    const account = (JSON.parse(agent) as Agent).account;
    return JSON.stringify([activityId, account.homePage, account.name, registration, stateId]);
  }

  /** The launch parameters of a new session (cmi5 §8.1), and LaunchData written before it (§10). */
  launch({ registration, activityId, actor, launchData = {} }: LaunchOptions): Launched {
    const sessionId = randomUUID();
    const token = Buffer.from(`${sessionId}:${randomUUID()}`).toString('base64');
    const fetchId = randomUUID();
    this.fetches.set(fetchId, { token, used: false });
    const data: LaunchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ id: 'urn:cortafuegos:au:first-shift', objectType: 'Activity' }] },
        extensions: { [SESSION_ID_EXTENSION]: sessionId },
      },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.7,
      returnURL: `${this.origin}/lms/course`,
      ...launchData,
    };
    this.states.set(
      TestLms.stateKey(activityId, JSON.stringify(actor), registration, LAUNCH_DATA_STATE_ID),
      JSON.stringify(data),
    );
    const query = new URLSearchParams({
      endpoint: this.endpoint,
      fetch: `${this.origin}/lms/fetch?id=${fetchId}`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    });
    return { query: query.toString(), sessionId, token };
  }

  /** The state document the game keeps (parsed), or undefined. */
  state(activityId: string, actor: Agent, registration: string, stateId: string): unknown {
    const text = this.states.get(TestLms.stateKey(activityId, JSON.stringify(actor), registration, stateId));
    return text === undefined ? undefined : JSON.parse(text);
  }

  /** Whether a request carries a token this LMS handed out. */
  authorized(header: string | undefined): boolean {
    const token = /^Basic (.+)$/.exec(header ?? '')?.[1];
    return token !== undefined && this.tokens.has(token);
  }

  /**
   * One request: the fetch URL, the State API, and (`statements: true`) the Statements API here.
   * Null when it is not this LMS's to answer (the browser test's proxy sends it on to the LRS).
   */
  handle(
    method: string,
    url: URL,
    auth: string | undefined,
    body: string,
    statements: boolean,
  ): Answer | null {
    if (url.pathname === '/lms/fetch') {
      this.fetchCalls++;
      const entry = this.fetches.get(url.searchParams.get('id') ?? '');
      if (method !== 'POST') return json(405, {});
      // cmi5 §8.2.3: a second request gets an error, with status 200.
      if (!entry || entry.used) return json(200, { 'error-code': '1', 'error-text': 'already used' });
      entry.used = true;
      this.tokens.add(entry.token);
      return json(200, { 'auth-token': entry.token });
    }
    if (!url.pathname.startsWith('/lrs/')) return null;
    if (this.down) return json(503, { message: 'the LRS is down' });
    if (!this.authorized(auth)) return json(401, { message: 'no valid token' });
    if (url.pathname === '/lrs/activities/state') {
      const q = url.searchParams;
      if (method === 'GET' && !q.has('stateId')) {
        // The list form: the ids of the documents for this activity, agent and registration.
        const prefix = TestLms.stateKey(
          q.get('activityId') ?? '',
          q.get('agent') ?? '{"account":{}}',
          q.get('registration') ?? '',
          '',
        ).slice(0, -3);
        const ids = [...this.states.keys()]
          .filter((k) => k.startsWith(prefix))
          .map((k) => (JSON.parse(k) as string[])[4]);
        return json(200, ids);
      }
      const key = TestLms.stateKey(
        q.get('activityId') ?? '',
        q.get('agent') ?? '{"account":{}}',
        q.get('registration') ?? '',
        q.get('stateId') ?? '',
      );
      if (method === 'GET') {
        const text = this.states.get(key);
        return text === undefined
          ? { status: 404, body: '' }
          : { status: 200, body: text, type: 'application/json' };
      }
      if (method === 'PUT' || method === 'POST') {
        this.states.set(key, body);
        return { status: 204, body: '' };
      }
      return json(405, {});
    }
    if (url.pathname === '/lrs/statements' && statements) {
      if (method !== 'POST') return json(405, {});
      const posted = JSON.parse(body) as unknown[];
      const list = Array.isArray(posted) ? posted : [posted];
      const problems = list.flatMap((s) => validateStatement(s).map((w) => JSON.stringify(w)));
      if (problems.length > 0) {
        this.invalid.push(...problems);
        return json(400, { warnings: problems });
      }
      this.statements.push(...list);
      return json(
        200,
        list.map((s) => (s as { id: string }).id),
      );
    }
    return null;
  }

  /** The LMS as `fetch`, for Node tests. */
  fetcher = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    const answer = this.handle(
      init.method ?? 'GET',
      new URL(url),
      headers.get('Authorization') ?? undefined,
      typeof init.body === 'string' ? init.body : '',
      true,
    );
    if (!answer) return new Response('', { status: 404 });
    return new Response(answer.status === 204 ? null : answer.body, {
      status: answer.status,
      headers: answer.type ? { 'Content-Type': answer.type } : {},
    });
  };
}
