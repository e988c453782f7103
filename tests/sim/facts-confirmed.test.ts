import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/content/scenario-library';
import { replayLog } from '../../src/sim/replay';
import { CrisisSession } from '../../src/sim/session';
import { FIXTURES } from '../helpers';

/** Ana's thread offers a holding reply until the player asks, and facts once they have. */
const ANA = (lang: 'es' | 'en') => `=== ana ===
# author: ana
# id: ana-1
# kind: complaint
# patience: 60
It does not work 😡
- (point)
* {not (analysed or escalated)} [Sorry, Ana. We're checking and will tell you by noon. # quality: apologises # quality: promises_update # model: true]
  -> DONE
* {analysed or escalated} [Sorry, Ana: it is the ${lang} firmware, update 2.1 fixes it. # quality: apologises # quality: explains # model: true]
  -> DONE
* [Read the manual. # quality: blames_customer]
  -> DONE
* {not (analysed or escalated)} [# on: confirmed] -> point
* [# on: ignored]
  # author: ana
  # kind: complaint
  Nobody answers?
  -> DONE

=== tro ===`;

function miniWithAsking() {
  const dir = resolve(FIXTURES, 'mini');
  const files: Record<string, string> = {
    'scenario.json': readFileSync(resolve(dir, 'scenario.json'), 'utf8'),
  };
  for (const lang of ['es', 'en'] as const) {
    const ink = readFileSync(resolve(dir, `mini.${lang}.ink`), 'utf8');
    const start = ink.indexOf('=== ana ===');
    const end = ink.indexOf('=== tro ===');
    files[`mini.${lang}.ink`] =
      `VAR analysed = false\nVAR escalated = false\n${ink.slice(0, start)}${ANA(lang)}${ink.slice(end + 11)}`;
  }
  const library = buildLibrary([{ id: 'mini', dir: 'scenarios/mini', files }]);
  const scenario = library.scenarios[0];
  if (!scenario) throw new Error(JSON.stringify(library.diagnostics));
  return scenario;
}

const texts = (s: CrisisSession) => (s.replyOptions('ana-1') ?? []).map((o) => o.text).sort();

describe('facts come from asking: an open reply point offers its replies again once the player asks', () => {
  const scenario = miniWithAsking();

  it.each(['analyse', 'escalate'] as const)('after %s, Ana is offered the reply with the facts', (ask) => {
    const s = new CrisisSession(scenario, 'en', 4);
    s.advanceTo(15);
    expect(texts(s)).toEqual(['Read the manual.', "Sorry, Ana. We're checking and will tell you by noon."]);
    expect(s.act({ type: ask }).ok).toBe(true);
    expect(texts(s)).toEqual(['Read the manual.', 'Sorry, Ana: it is the en firmware, update 2.1 fixes it.']);
    const events = s.log.filter(
      (e) => (e.type === 'trigger' || e.type === 'reply_opened') && e.post === 'ana-1',
    );
    expect(events.map((e) => (e.type === 'trigger' ? `trigger ${e.on}` : e.type))).toEqual([
      'reply_opened',
      'trigger confirmed',
      'reply_opened',
    ]);
    // Asking again (the other way) re-offers nothing: the script has no `confirmed` choice left.
    const other = ask === 'analyse' ? 'escalate' : 'analyse';
    const before = s.log.length;
    expect(s.act({ type: other }).ok).toBe(true);
    expect(s.log.slice(before).filter((e) => e.type === 'trigger' || e.type === 'reply_opened')).toEqual([]);
  });

  it('the post keeps its patience: ignored fires when it would have, not later', () => {
    const s = new CrisisSession(scenario, 'en', 4);
    s.advanceTo(15);
    s.act({ type: 'analyse' });
    s.advanceTo(200);
    const ignored = s.log.find((e) => e.type === 'trigger' && e.on === 'ignored' && e.post === 'ana-1');
    const posted = s.log.find((e) => e.type === 'post' && e.post.id === 'ana-1');
    expect(posted?.type === 'post' && ignored?.t).toBe(posted?.type === 'post' ? posted.t + 60 : NaN);
  });

  it('a reply picked after asking is the one with the facts, and the session replays exactly', () => {
    const s = new CrisisSession(scenario, 'es', 9);
    s.advanceTo(12);
    s.act({ type: 'escalate' });
    const facts = s.replyOptions('ana-1')?.find((o) => o.model);
    expect(facts?.text).toContain('firmware');
    expect(s.act({ type: 'reply', post: 'ana-1', option: facts?.index ?? -1 }).ok).toBe(true);
    s.runToEnd();
    expect(replayLog(scenario, s.log).log).toEqual(s.log);
  });

  it('a point opened after the player asked shows the facts at once, with no trigger', () => {
    const s = new CrisisSession(scenario, 'en', 4);
    s.advanceTo(2);
    s.act({ type: 'analyse' });
    s.advanceTo(15);
    expect(texts(s)).toContain('Sorry, Ana: it is the en firmware, update 2.1 fixes it.');
    expect(s.log.some((e) => e.type === 'trigger' && e.on === 'confirmed')).toBe(false);
  });
});
