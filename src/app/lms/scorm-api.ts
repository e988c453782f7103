/**
 * The SCORM 1.2 run-time API as an LMS offers it to a content frame (`window.API`), and the
 * standard search for it: up the parent chain, then the opener's chain, at most seven levels
 * each. A small typed module rather than a wrapper from npm: the wrappers there
 * (pipwerks-scorm-api-wrapper, @gamestdio/scorm) ship untyped or unmaintained code for a search
 * of a dozen lines. Nothing here throws: a cross-origin frame or an odd object is simply not the API.
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

/** The frames a search looks through: just what it reads of a window. */
export interface ApiWindow {
  readonly API?: unknown;
  readonly parent?: ApiWindow | null;
  readonly opener?: ApiWindow | null;
}

export const MAX_SEARCH_LEVELS = 7;

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] as const;

function apiOf(win: ApiWindow): Scorm12Api | null {
  try {
    const api = win.API as Record<string, unknown> | null | undefined;
    if (api && METHODS.every((m) => typeof api[m] === 'function')) return api as unknown as Scorm12Api;
  } catch {
    // A frame of another origin: reading it throws, and it is not ours to use.
  }
  return null;
}

function parentOf(win: ApiWindow): ApiWindow | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

/** Looks in `win` and up to seven of its parents. */
function searchChain(win: ApiWindow | null): Scorm12Api | null {
  let current = win;
  for (let level = 0; current && level <= MAX_SEARCH_LEVELS; level++) {
    const api = apiOf(current);
    if (api) return api;
    current = parentOf(current);
  }
  return null;
}

/** The SCORM 1.2 API for this page, or null when no LMS offers one. */
export function findScormApi(win: ApiWindow): Scorm12Api | null {
  const found = searchChain(win);
  if (found) return found;
  try {
    return searchChain(win.opener ?? null);
  } catch {
    return null;
  }
}
