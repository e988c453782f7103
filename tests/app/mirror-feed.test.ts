import { describe, expect, it, vi } from 'vitest';
import { tw } from '../../src/app/i18n/workshop-i18n';
import { CrisisSession } from '../../src/sim/session';
import { realLibrary } from '../helpers';

const rudeAgent = () => {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'rude-agent');
  if (!compiled) throw new Error('rude-agent did not load');
  return compiled;
};

/** A team's log as the server holds it: rude-agent played until the team wrote a reply to a post. */
function teamLog() {
  const s = new CrisisSession(rudeAgent(), 'es', 11);
  for (let t = 5; t < 120 && !s.posts.some((p) => s.replyOptions(p.id)); t += 5) s.advanceTo(t);
  const post = s.posts.find((p) => s.replyOptions(p.id)?.some((o) => o.channel === 'public'));
  if (!post) throw new Error('no reply point');
  expect(s.act({ type: 'reply', post: post.id, text: 'Lo sentimos, fue culpa de Dani.' }).ok).toBe(true);
  s.advanceTo(s.now + 30);
  return structuredClone(s.log);
}

describe("the console's mirror of a team's feed", () => {
  // The console loads no grader: fresh modules, without the lexicons the test setup loads.
  const consoleModules = async () => {
    vi.resetModules();
    return import('../../src/app/workshop/mirror-feed');
  };

  it("rebuilds a team's feed with its written replies, without the grader", async () => {
    const { mirrorFeed } = await consoleModules();
    const log = teamLog();
    const feed = mirrorFeed(rudeAgent(), log);
    expect(feed.kind).toBe('feed');
    expect(
      feed.kind === 'feed' && feed.view.posts.some((p) => p.text === 'Lo sentimos, fue culpa de Dani.'),
    ).toBe(true);
  });

  it('says in the facilitator’s words that a written reply came without its reading, never a developer message', async () => {
    const { mirrorFeed } = await consoleModules();
    const log = teamLog();
    const reply = log.find((e) => e.type === 'action' && e.reply?.written);
    if (reply?.type !== 'action' || !reply.reply) throw new Error('no written reply in the log');
    delete reply.reply.written;
    const feed = mirrorFeed(rudeAgent(), log);
    expect(feed).toEqual({ kind: 'unread', t: reply.t });
    for (const lang of ['en', 'es'] as const) {
      const said = tw(lang, 'mirror.unread', { time: '0:35' });
      expect(said).toContain('0:35');
      expect(said).not.toMatch(/lexicon|loadLexicon|await/);
    }
  });
});
