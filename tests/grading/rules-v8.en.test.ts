import { describe, expect, it } from 'vitest';
import { cases, principles } from './cases';

// Phrasings written for these tests, not taken from the gold set: the rules of grader version 8, English rules.

// From the English rounds 6 and 7: flaws the rules had no words for.
describe('grader v8 (en): closing the door, calling it over, promising too much', () => {
  cases('en', [
    { text: 'The inspector has checked it and their decision is final.', reads: ['dismisses'] },
    { text: 'Your claim has been closed and no further action is possible.', reads: ['dismisses'] },
    { text: "We've taken your comment down.", context: 'troll', reads: ['dismisses'] },
    { text: 'Orders do sometimes go missing in the post.', reads: ['minimises'] },
    { text: "With the new app you'll never have to worry again.", reads: ['over_promises'] },
    {
      text: 'The matter has been dealt with.',
      context: 'rude_agent',
      reads: ['premature_all_clear'],
    },
    {
      text: 'That post was written by Dan, a junior member of staff.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
  ]);
});

describe('grader v8 (en): belittling, defending, blaming the signature', () => {
  cases('en', [
    { text: 'A few guests are chancing their arm here.', context: 'press', reads: ['belittles'] },
    { text: 'These are ex-staff with an axe to grind.', context: 'press', reads: ['belittles'] },
    { text: 'Might be worth looking up the rules before posting.', context: 'troll', reads: ['belittles'] },
    { text: 'Our safety record is one of the best in the county.', reads: ['defensive'] },
    { text: 'The fee is in the contract, which you both signed.', reads: ['blames_customer'] },
    { text: 'Customer care is at the heart of everything we do.', context: 'rude_agent', reads: ['canned'] },
    {
      text: 'Unlike a certain rival, our vans never break down.',
      context: 'troll',
      reads: ['attacks_competitor'],
    },
    // A signature the brand asks for, or its own record of an error, blames no one.
    { text: 'We signed off the refund this morning.', not: ['blames_customer'] },
  ]);
});

describe('grader v8 (en): contractions read as the full words', () => {
  // A written space matches blanks only, so "we (have|'ve)" never read "we've".
  cases('en', [
    { text: "Everything's running normally on our side.", context: 'outage', reads: ['deceives'] },
    { text: "That mistake's on us.", reads: ['admits_error'] },
    { text: "If you'd read the email you would know.", reads: ['blames_customer'] },
    { text: "Ugh, that's the worst, Sam.", reads: ['empathises'] },
  ]);
  it('reads "we\'ve changed how" as learning', () => {
    expect(principles("We've changed how our replies get checked.", 'en', 'rude_agent').learning).toBe(1);
  });
});

describe('grader v8 (en): a blanket gift, and what changes from now on', () => {
  cases('en', [
    {
      text: 'Every Bluewave customer will get a free month, whether their line went down or not.',
      context: 'press',
      reads: ['unverified_compensation'],
    },
    { text: '500 gems for every player!', context: 'outage', reads: ['unverified_compensation'] },
  ]);
  it('reads a change announced for every case from now on as learning', () => {
    for (const text of [
      'From tonight, any post about safety goes to a specialist.',
      "We'll publish a review of how we handle reports next week.",
      "By Friday we'll post here how reports like hers will be handled.",
    ])
      expect(principles(text, 'en', 'rude_agent').learning, text).toBe(1);
  });
});

describe('grader v8 (en): more contractions, and patterns that could never match', () => {
  cases('en', [
    { text: "The coffee's on us next time.", context: 'positive', reads: ['rewards'] },
    { text: "Our engineer'll call you before noon.", reads: ['next_step'] },
    { text: "We'll post the results here.", reads: ['promises_update'] },
    { text: 'You agreed to the terms at checkout.', reads: ['blames_customer'] },
    { text: "We've had so many calls this week.", reads: ['defensive'] },
  ]);
});

describe('grader v8 (en): good moves said indirectly', () => {
  cases('en', [
    { text: 'Both payments are being refunded today.', reads: ['next_step'] },
    { text: 'Full details go up on our site this afternoon.', context: 'press', reads: ['next_step'] },
    {
      text: 'Two of the old tracks come back in Thursday’s update.',
      context: 'positive',
      reads: ['next_step'],
    },
    { text: 'The name-calling we’ll leave to one side.', context: 'troll', reads: ['calm_boundary'] },
    { text: 'Happy to answer any real questions.', context: 'troll', reads: ['calm_boundary'] },
    { text: 'We take this very seriously.', context: 'press', reads: ['acknowledges'] },
    { text: 'Being charged after cancelling shouldn’t happen.', reads: ['acknowledges'] },
    { text: 'Guilty as charged on the oat milk!', context: 'troll', reads: ['human_tone'] },
    // A time alone, with no action of the brand's, is no next step.
    { text: 'The update came out on Thursday.', not: ['next_step'] },
  ]);
});

// Careful replies that share words with a flaw's pattern: each was read as that flaw once.
describe('grader v8 (en): no flaw read into a careful reply', () => {
  cases('en', [
    { text: "We'll honour the price you agreed to.", not: ['blames_customer'] },
    {
      text: 'You chose our café for your wedding and we loved it.',
      context: 'positive',
      not: ['blames_customer'],
    },
    {
      text: "It's the plan which you signed up for, and we'll refund the difference.",
      not: ['blames_customer'],
    },
    { text: "We'd encourage customers to come in for a free check.", not: ['blames_customer'] },
    {
      text: "It was one of our old vans, and it's been retired.",
      context: 'troll',
      not: ['attacks_competitor'],
    },
    { text: "Maybe it's a sign we need more staff on Saturdays.", not: ['belittles'] },
    { text: 'It might be worth looking up your booking reference in the email.', not: ['belittles'] },
    { text: "The delay was entirely outside your control, so there's no fee.", not: ['dismisses'] },
    { text: 'Your claim has been closed in your favour.', not: ['dismisses'] },
    { text: "We've taken the post down: it was our mistake.", context: 'rude_agent', not: ['dismisses'] },
    { text: "Please report any other missing items via the app and we'll refund them.", not: ['dismisses'] },
    {
      text: "We'll share what we learn once the matter has been dealt with.",
      context: 'rude_agent',
      not: ['premature_all_clear'],
    },
    {
      text: "Each affected customer will get a refund once we've checked the logs.",
      context: 'outage',
      not: ['unverified_compensation'],
    },
    { text: 'Let us know whether you want the replacement or not.', not: ['unverified_compensation'] },
  ]);
  it('reads no learning or escalation into a past fact or a referral', () => {
    expect(
      principles('Since Monday, all deliveries have been late.', 'en', 'genuine_complaint').learning,
    ).toBeUndefined();
    expect(
      principles('Please email the complaints team.', 'en', 'genuine_complaint').escalation,
    ).toBeUndefined();
  });
});

describe('grader v8 (en): round 8 flaws', () => {
  cases('en', [
    {
      text: 'It was listed in our FAQs and in the confirmation email you received.',
      reads: ['blames_customer'],
    },
    { text: 'You probably just never noticed it.', reads: ['blames_customer'] },
    { text: 'Do double-check your order summary next time.', reads: ['blames_customer'] },
    { text: 'Our lads have been doing this 15 years.', reads: ['defensive'] },
    { text: 'Our night team followed our falls protocol in full.', reads: ['defensive'] },
    { text: 'Small nicks can unfortunately happen.', reads: ['minimises'] },
    { text: 'We are therefore unable to refund the supplement.', reads: ['dismisses'] },
    { text: 'Customer satisfaction is our top priority.', reads: ['canned'] },
    { text: 'Sorry for any frustration this may have caused.', reads: ['non_apology'] },
    { text: 'Our delivery partner took it to the wrong address.', reads: ['blames_third_party'] },
    { text: 'Maybe learn to play it before blaming it.', context: 'troll', reads: ['belittles'] },
    // The same words doing a careful brand's work.
    { text: 'Beats going to work on a Monday, eh?', context: 'positive', not: ['attacks_competitor'] },
    { text: 'Our team followed up with you this morning.', not: ['defensive'] },
  ]);
  it('reads a senior role who would like to call as escalation, and a change from this week as learning', () => {
    expect(
      principles('Our centre manager would like to call you.', 'en', 'genuine_complaint').escalation,
    ).toBe(1);
    expect(
      principles('From this week, replies on our page go through the office.', 'en', 'rude_agent').learning,
    ).toBe(1);
  });
});
