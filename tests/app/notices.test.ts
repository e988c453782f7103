import { describe, expect, it } from 'vitest';
import { addNotice, dismissNotice, type Notice, Notices } from '../../src/app/notices';

const link: Notice = { id: 'deepLink', key: 'error.deepLink', vars: { reason: 'unknown scenario' } };
const history: Notice = {
  id: 'history.legacy',
  key: 'history.noCopy',
  vars: { reason: 'not valid JSON' },
  download: { name: 'cortafuegos.history.json', raw: '{', label: 'history.download' },
};

describe('notices', () => {
  it('keeps every notice with its own download; one does not hide another', () => {
    const list = addNotice(addNotice([], history), link);
    expect(list).toEqual([history, link]);
    expect(list[0]?.download?.raw).toBe('{');
  });

  it('replaces a notice of the same id where it stood, and dismisses one without the others', () => {
    const again: Notice = { ...link, vars: { reason: 'bad seed' } };
    const list = addNotice(addNotice(addNotice([], link), history), again);
    expect(list).toEqual([again, history]);
    expect(dismissNotice(list, 'deepLink')).toEqual([history]);
    expect(dismissNotice(list, 'nothing')).toBe(list);
  });

  it('tells its readers of each change, and only of changes', () => {
    const notices = new Notices();
    let changes = 0;
    const stop = notices.subscribe(() => changes++);
    notices.add(link);
    notices.add(history);
    notices.dismiss('nothing');
    expect(changes).toBe(2);
    expect(notices.has('history.legacy')).toBe(true);
    notices.dismiss('history.legacy');
    expect(notices.all).toEqual([link]);
    stop();
    notices.add(history);
    expect(changes).toBe(3);
  });
});
