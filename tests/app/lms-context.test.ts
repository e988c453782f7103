import { describe, expect, it } from 'vitest';
import { type FrameLike, hasCmi5Launch, lmsContext, type WindowLike } from '../../src/app/lms/lms-context';

/** A window at the top of its tab: its own parent and top, as browsers make it. */
function topWindow(extra: { API?: unknown; API_1484_11?: unknown } = {}): FrameLike {
  const win: { -readonly [K in keyof FrameLike]: FrameLike[K] } = { ...extra };
  win.parent = win;
  win.top = win;
  return win;
}

/** A frame inside `parent`, whose top is the parent's top. */
function frameIn(parent: FrameLike, search = '', top: FrameLike = parent.top ?? parent): WindowLike {
  return { parent, top, location: { search } };
}

const alone = (search = ''): WindowLike => {
  const win = { location: { search } } as { location: { search: string }; parent?: unknown; top?: unknown };
  win.parent = win;
  win.top = win;
  return win as WindowLike;
};

const CMI5 =
  '?endpoint=https%3A%2F%2Flrs.example%2Fxapi&fetch=https%3A%2F%2Flms.example%2Ftoken&actor=%7B%7D&registration=760e3480-ba55-4991-94b0-01820dbd23a2&activityId=https%3A%2F%2Fexample.org%2Fau';

describe('lmsContext', () => {
  it('finds nothing for the game on its own page, framed by a page with no SCORM API, or with a deep link', () => {
    expect(lmsContext(alone())).toBeNull();
    expect(lmsContext(alone('?scenario=faulty-product&lang=en&seed=4'))).toBeNull();
    expect(lmsContext(frameIn(topWindow()))).toBeNull();
  });

  it("finds SCORM 1.2 when a window above this frame holds the runtime's API", () => {
    const lms = topWindow({ API: { LMSInitialize: () => 'true' } });
    expect(lmsContext(frameIn(lms))).toEqual({ kind: 'scorm12' });
    // Two frames down (the LMS's player frame, then the course): still found.
    const player = frameIn(lms);
    expect(lmsContext(frameIn(player))).toEqual({ kind: 'scorm12' });
    expect(lmsContext(frameIn(topWindow({ API_1484_11: {} })))).toEqual({ kind: 'scorm2004' });
  });

  it('does not take an API on its own window for an LMS when it is not framed', () => {
    const win = alone() as WindowLike & { API?: unknown };
    (win as { API?: unknown }).API = {};
    expect(lmsContext(win)).toBeNull();
  });

  it('finds SCORM on the window that opened the course, as SCORM discovery does', () => {
    const lms = topWindow({ API: {} });
    const popup = { ...alone(), opener: lms } as WindowLike;
    const self = popup as { parent?: unknown; top?: unknown };
    self.parent = popup;
    self.top = popup;
    expect(lmsContext(popup)).toEqual({ kind: 'scorm12' });
  });

  it('skips an ancestor of another origin (reading it throws) and never throws itself', () => {
    const foreign = new Proxy(
      {},
      {
        get() {
          throw new DOMException('Blocked a frame with origin', 'SecurityError');
        },
      },
    ) as FrameLike;
    const underForeign = frameIn(foreign, '', topWindow());
    expect(() => lmsContext(underForeign)).not.toThrow();
    expect(lmsContext(underForeign)).toBeNull();
    const throwingTop = {
      location: { search: '' },
      get top(): FrameLike {
        throw new DOMException('denied', 'SecurityError');
      },
    } as WindowLike;
    expect(lmsContext(throwingTop)).toBeNull();
  });

  it('stops climbing after SCORM discovery gives up (seven parents)', () => {
    let win: FrameLike = topWindow({ API: {} });
    for (let i = 0; i < 8; i++) win = frameIn(win);
    expect(lmsContext(frameIn(win))).toBeNull();
  });

  it('finds cmi5 from its five launch parameters, framed or not, and not from a part of them', () => {
    expect(hasCmi5Launch(CMI5)).toBe(true);
    expect(lmsContext(alone(CMI5))).toEqual({ kind: 'cmi5' });
    expect(lmsContext(frameIn(topWindow(), CMI5))).toEqual({ kind: 'cmi5' });
    const without = (name: string) => {
      const q = new URLSearchParams(CMI5);
      q.delete(name);
      return `?${q}`;
    };
    for (const name of ['endpoint', 'fetch', 'actor', 'registration', 'activityId'])
      expect(hasCmi5Launch(without(name))).toBe(false);
    expect(hasCmi5Launch(CMI5.replace(/fetch=[^&]*/, 'fetch='))).toBe(false);
  });
});
