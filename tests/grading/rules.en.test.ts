import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('grader, English', () => {
  it('reads an apology, empathy, the name and a next step with its time', () => {
    const r = read(
      "Sam, we're so sorry. I can imagine how frustrating that is. We'll call you today at 3pm.",
      'en',
      'genuine_complaint',
      {
        authorName: '@Sam',
      },
    );
    expect(r.apologises).toEqual(["we're so sorry"]);
    expect(r.empathises).toBeDefined();
    expect(r.human_tone).toBeUndefined();
    expect(r.names_person).toBeUndefined();
    expect(r.next_step).toEqual(["We'll call you today at 3pm"]);
  });

  it('negation drops what it negates ("we won\'t ignore this")', () => {
    expect(read("We won't ignore this.", 'en').dismisses).toBeUndefined();
    expect(read('We are ignoring this.', 'en').dismisses).toBeDefined();
  });

  it('"it\'s not that we don\'t understand, but…" is defensive, not empathy', () => {
    const r = read("It's not that we don't understand, but rules are rules.", 'en');
    expect(r.defensive).toBeDefined();
    expect(r.empathises).toBeUndefined();
  });

  it('non-apologies', () => {
    for (const text of ["We're sorry you feel that way.", 'Sorry if anyone was offended.']) {
      const r = read(text, 'en', 'rude_agent');
      expect(r.non_apology, text).toBeDefined();
      expect(r.apologises, text).toBeUndefined();
    }
  });

  it('an apology taken back by blame', () => {
    const r = read('Sorry, but you should have read the instructions.', 'en');
    expect(r.apology_then_blame).toEqual(['Sorry, but you should have read']);
    expect(r.apologises).toEqual(['Sorry']);
  });

  it('thanks beside 🙄 or 😂 is sarcasm', () => {
    expect(read('Thanks for your patience 🙄', 'en').sarcastic).toBeDefined();
    expect(read('😂 thanks', 'en').sarcastic).toBeDefined();
    expect(read('Thanks for your patience!', 'en').sarcastic).toBeUndefined();
  });

  it('minimising, blame on the courier, policy', () => {
    expect(read("It's just a minor delay, no big deal.", 'en').minimises).toHaveLength(2);
    expect(read("The courier's fault, not ours.", 'en').blames_third_party).toBeDefined();
    expect(read('As per our policy, refunds take 30 days.', 'en').cites_policy).toBeDefined();
  });

  it('an outcome the brand cannot know yet is an over-promise unless confirmed', () => {
    expect(read('It will be fixed by 3pm.', 'en', 'outage', { confirmed: false }).over_promises).toEqual([
      'It will be fixed',
    ]);
    expect(read('It will be fixed by 3pm.', 'en', 'outage').next_step).toEqual(['It will be fixed by 3pm']);
  });

  it('an all-clear and blanket compensation before the facts are confirmed', () => {
    const r = read("It's fixed now! Everyone gets a free month.", 'en', 'outage', { confirmed: false });
    expect(r.premature_all_clear).toBeDefined();
    expect(r.unverified_compensation).toBeDefined();
  });

  it('private data in public', () => {
    const r = read('Your refund of $45.90 is on its way to sam@example.com, call +44 7700 900123', 'en');
    expect(r.exposes_private_data).toEqual(['$45.90', 'sam@example.com', '+44 7700 900123']);
  });

  it('canned corporate phrasing, fuzzily', () => {
    expect(read('We apologize for any inconvenience this may have caused.', 'en').canned).toBeDefined();
    expect(read('Your feedback is important to us.', 'en').canned).toBeDefined();
    expect(read('Honestly, that should never have happened to you.', 'en').canned).toBeUndefined();
  });

  it('competitors, insults, troll-feeding', () => {
    expect(read('Unlike other brands, we actually care.', 'en').attacks_competitor).toBeDefined();
    const r = read("lol you're a troll, get a life", 'en', 'troll');
    expect(r.feeds_troll?.length).toBeGreaterThanOrEqual(2);
    expect(read('You are an idiot.', 'en').belittles).toEqual(['idiot']);
  });

  it('calm boundary, private channel, details, updates, thanks and rewards', () => {
    expect(read("We're here to help anyone with a real issue.", 'en', 'troll').calm_boundary).toBeDefined();
    const r = read("Could you DM us your order number? We'll keep you posted.", 'en');
    expect(r.asks_details).toBeDefined();
    expect(r.promises_update).toBeDefined();
    const fan = read("Thank you so much! We'd love to send you a little gift ❤️", 'en', 'positive');
    expect(fan.thanks).toBeDefined();
    expect(fan.rewards).toBeDefined();
  });

  it('admitting the error; denying it is defensive', () => {
    expect(read('We got this wrong, it was our mistake.', 'en').admits_error).toBeDefined();
    expect(read("It wasn't our fault.", 'en').defensive).toBeDefined();
  });
});
