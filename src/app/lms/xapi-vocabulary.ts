/**
 * The xAPI identifiers the game uses under cmi5: the verbs (cmi5's own, and ADL's "answered"),
 * cmi5's category activities and context extensions, and the game's own IRIs for the course, its
 * AUs and the result extensions. The game's are URNs (`urn:cortafuegos:…`): an IRI the project owns
 * without claiming a web domain; an LRS stores them as it stores any IRI.
 */
export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

const GAME = 'urn:cortafuegos';
export const COURSE_IRI = `${GAME}:course`;
/** The AU of one scenario, as the course structure names it (its publisher id). */
export const auIri = (scenario: string): string => `${GAME}:au:${scenario}`;
/** One principle's score, 0–100 (null when the session did not exercise it), in a result's extensions. */
export const principleExtension = (principle: string): string => `${GAME}:xapi:principle:${principle}`;
/** The qualities a reply was read to have (the tags of a suggested reply, the grader's reading of a written one). */
export const QUALITIES_EXTENSION = `${GAME}:xapi:qualities`;
/** Where in a written reply each quality was read: `{ quality, start, end, cue }`, as the debrief shows it. */
export const EVIDENCE_EXTENSION = `${GAME}:xapi:evidence`;
/** How the reply was made: `written` (the player's own text) or `suggested` (an option). */
export const REPLY_KIND_EXTENSION = `${GAME}:xapi:reply-kind`;
/** The crisis clock (simulated seconds) when the player replied. */
export const CLOCK_EXTENSION = `${GAME}:xapi:clock`;
/** The State API document that holds an attempt in progress for a registration. */
export const ATTEMPT_STATE_ID = `${GAME}:attempt`;
export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
