/**
 * Whether the game runs inside a learning platform (LMS), and which kind: framed under a SCORM
 * runtime (its `API` object, or SCORM 2004's `API_1484_11`, on a window above this one or on the
 * window that opened it, where SCORM's own discovery looks), or launched by cmi5 (the five launch
 * parameters in the query). Pure: it reads only the window-like object it is given, so Node tests
 * hand it plain objects. A cross-origin ancestor throws when read; that frame is skipped, never
 * thrown on.
 */
export type LmsContext = { readonly kind: 'scorm12' | 'scorm2004' } | { readonly kind: 'cmi5' };

/** The query parameters a cmi5 LMS adds to every launch URL (cmi5 §8.1); all five, always. */
export const CMI5_LAUNCH_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** The part of a window the detection reads. */
export interface FrameLike {
  readonly parent?: FrameLike | null;
  readonly top?: FrameLike | null;
  readonly opener?: FrameLike | null;
  readonly API?: unknown;
  readonly API_1484_11?: unknown;
}

export interface WindowLike extends FrameLike {
  readonly location: { readonly search: string };
}

/** SCORM's discovery gives up after this many parents: deeper nesting is not an LMS's. */
const MAX_DEPTH = 7;

export function hasCmi5Launch(search: string): boolean {
  const query = new URLSearchParams(search);
  return CMI5_LAUNCH_PARAMETERS.every((name) => (query.get(name) ?? '') !== '');
}

/** Reads a property of a window that may be another origin's (then it throws): null instead. */
function read<K extends keyof FrameLike>(win: FrameLike, key: K): FrameLike[K] | null {
  try {
    return win[key] ?? null;
  } catch {
    return null;
  }
}

const apiOf = (win: FrameLike): 'scorm12' | 'scorm2004' | null => {
  if (read(win, 'API')) return 'scorm12';
  if (read(win, 'API_1484_11')) return 'scorm2004';
  return null;
};

/** The SCORM version whose API is on a window above `start` (not `start` itself), if any. */
function scormAbove(start: FrameLike): 'scorm12' | 'scorm2004' | null {
  let win = start;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = read(win, 'parent');
    if (!parent || parent === win) return null;
    const found = apiOf(parent);
    if (found) return found;
    win = parent;
  }
  return null;
}

export function lmsContext(win: WindowLike): LmsContext | null {
  if (hasCmi5Launch(win.location.search)) return { kind: 'cmi5' };
  const top = read(win, 'top');
  if (top && top !== win) {
    const framed = scormAbove(win);
    if (framed) return { kind: framed };
  }
  // An LMS may open the course in a window of its own: SCORM looks there too, and above it.
  const opener = read(win, 'opener');
  if (opener) {
    const opened = apiOf(opener) ?? scormAbove(opener);
    if (opened) return { kind: opened };
  }
  return null;
}
