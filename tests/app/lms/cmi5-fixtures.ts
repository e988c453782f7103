import validateStatement from 'xapi-validation';
import type { Cmi5Launch, LaunchData } from '../../../src/app/lms/cmi5-launch';
import type { XapiStatement } from '../../../src/app/lms/cmi5-statements';
import { SESSION_ID_EXTENSION } from '../../../src/app/lms/xapi-vocabulary';
import type { CompiledScenario } from '../../../src/content/compiled-scenario';
import { CrisisSession } from '../../../src/sim/session';
import { realLibrary } from '../../helpers';

/** A cmi5 launch as an LMS makes one, and the LaunchData it writes before it. */
export const LAUNCH: Cmi5Launch = {
  endpoint: 'http://lms.test/lrs/',
  fetch: 'http://lms.test/fetch?session=1',
  actor: { objectType: 'Agent', name: 'Ana', account: { homePage: 'http://lms.test', name: 'ana' } },
  registration: 'a4f2c1d6-3b7e-4c2a-9f1d-8e6b5a4c3d21',
  activityId: 'http://lms.test/activities/au-first-shift-7',
};

export const SESSION_ID = '0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

export const launchData = (over: Partial<LaunchData> = {}): LaunchData => ({
  contextTemplate: {
    contextActivities: { grouping: [{ id: 'urn:cortafuegos:au:first-shift', objectType: 'Activity' }] },
    extensions: { [SESSION_ID_EXTENSION]: SESSION_ID },
  },
  launchMode: 'Normal',
  moveOn: 'CompletedAndPassed',
  masteryScore: 0.7,
  returnURL: 'http://lms.test/course',
  ...over,
});

/** The launch as query parameters, URL-encoded as cmi5 §8.1 has them. */
export const launchQuery = (launch: Cmi5Launch = LAUNCH, extra = 'scenario=first-shift&lms=cmi5'): string => {
  const query = new URLSearchParams(extra);
  query.set('endpoint', launch.endpoint);
  query.set('fetch', launch.fetch);
  query.set('actor', JSON.stringify(launch.actor));
  query.set('registration', launch.registration);
  query.set('activityId', launch.activityId);
  return `?${query}`;
};

export const firstShift = (): CompiledScenario => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === 'first-shift');
  if (!s) throw new Error('first-shift did not load');
  return s;
};

export const WRITTEN =
  'Thank you for telling us, and sorry for the wait. We are looking into it now and will write back here within the hour.';

/** Answers each reply point as it opens: the first in writing, the rest with the model reply. */
export function answerAll(session: CrisisSession): void {
  for (const p of session.posts) {
    const options = p.status === 'visible' ? session.replyOptions(p.id) : null;
    const model = options?.find((o) => o.model) ?? options?.[0];
    if (!model) continue;
    const type = model.channel === 'private' ? 'reply_private' : 'reply';
    const wrote = session.log.some((e) => e.type === 'action' && 'text' in e.action);
    session.act(wrote ? { type, post: p.id, option: model.index } : { type, post: p.id, text: WRITTEN });
  }
}

/** first-shift played to its end, every reply point answered, the first in the player's own words. */
export function playedToTheEnd(): CrisisSession {
  const session = new CrisisSession(firstShift(), 'en', 3);
  while (!session.ended) {
    session.advanceTo(session.now + 2);
    answerAll(session);
  }
  return session;
}

/** What a real LRS's validator (xapi-validation, the one xapi-statements runs) finds wrong; [] when valid. */
export const problemsOf = (statement: XapiStatement): string[] =>
  validateStatement(JSON.parse(JSON.stringify(statement))).map((w) => JSON.stringify(w));

export const ids = (): (() => string) => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};
