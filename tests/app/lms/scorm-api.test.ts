import { describe, expect, it } from 'vitest';
import { type ApiWindow, findScormApi, MAX_SEARCH_LEVELS } from '../../../src/app/lms/scorm-api';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A chain of frames: the last one given is the top window, holding `top` as its API. */
function chain(depth: number, top: unknown): ApiWindow {
  const root: { API?: unknown; parent?: ApiWindow } = { API: top };
  root.parent = root as ApiWindow; // a top window is its own parent
  let win: ApiWindow = root;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('finding the SCORM 1.2 API', () => {
  it('finds it on the page itself and up the parents, at most seven levels', () => {
    const found = api();
    expect(findScormApi({ API: found })).toBe(found);
    expect(findScormApi(chain(1, found))).toBe(found);
    expect(findScormApi(chain(MAX_SEARCH_LEVELS, found))).toBe(found);
    expect(findScormApi(chain(MAX_SEARCH_LEVELS + 1, found))).toBeNull();
  });

  it("looks along the opener's chain when the parents have none", () => {
    const found = api();
    expect(findScormApi({ parent: null, opener: chain(2, found) })).toBe(found);
    expect(findScormApi({ parent: null, opener: null })).toBeNull();
  });

  it('takes only an object with the API functions', () => {
    expect(findScormApi(chain(1, {}))).toBeNull();
    expect(findScormApi(chain(1, { ...api(), LMSCommit: 'yes' }))).toBeNull();
    expect(findScormApi(chain(1, 'API'))).toBeNull();
    expect(findScormApi(chain(1, null))).toBeNull();
  });

  it('never throws on a frame of another origin (reading it throws)', () => {
    const foreign = Object.defineProperties(
      {},
      {
        API: {
          get: () => {
            throw new DOMException('Blocked a frame', 'SecurityError');
          },
        },
        parent: {
          get: () => {
            throw new DOMException('Blocked a frame', 'SecurityError');
          },
        },
      },
    ) as ApiWindow;
    expect(findScormApi({ parent: foreign })).toBeNull();
    const found = api();
    const opener = Object.defineProperty({}, 'opener', {
      get: () => {
        throw new Error('no');
      },
    }) as ApiWindow;
    expect(findScormApi(opener)).toBeNull();
    expect(findScormApi({ parent: foreign, opener: { API: found } })).toBe(found);
  });
});
