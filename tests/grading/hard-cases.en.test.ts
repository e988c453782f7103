import { describe } from 'vitest';
import { cases } from './cases';

// Phrasings written for these tests, not taken from the gold set: the hard cases of issue 11.
describe('hard cases, English', () => {
  describe('negation and its scope', () => {
    cases('en', [
      { text: "We won't ignore this.", reads: ['acknowledges'], not: ['dismisses'] },
      { text: 'We are not going to brush this aside.', reads: ['acknowledges'] },
      { text: "It's not our fault, check your wifi.", reads: ['defensive'], not: ['admits_error'] },
      { text: "This isn't our fault.", reads: ['defensive'], not: ['admits_error'] },
      { text: 'Honestly that is on us.', reads: ['admits_error'], not: ['defensive'] },
      { text: "That wasn't on us, the courier lost it.", reads: ['defensive'], not: ['admits_error'] },
      {
        text: "It's not your fault at all, the mistake was ours.",
        reads: ['admits_error'],
        not: ['blames_customer'],
      },
      {
        text: "It's not that we don't understand, but rules are rules.",
        reads: ['defensive'],
        not: ['empathises'],
      },
      {
        text: "It's not that we don't care, but we're very busy.",
        reads: ['defensive'],
        not: ['empathises'],
      },
      { text: "We won't be deleting your comment.", not: ['dismisses'] },
      { text: "Don't hesitate to DM us.", reads: ['offers_private'] },
      { text: "Don't worry, we'll refund you in full.", reads: ['offers_redress'] },
    ]);
  });

  describe('non-apologies and apology then blame', () => {
    cases('en', [
      { text: "We're sorry you feel that way.", reads: ['non_apology'], not: ['apologises'] },
      {
        text: 'Sorry if anyone was offended.',
        context: 'rude_agent',
        reads: ['non_apology'],
        not: ['apologises'],
      },
      { text: 'We regret any upset this may have caused.', reads: ['non_apology'], not: ['apologises'] },
      { text: 'Sorry you see it that way.', reads: ['non_apology'], not: ['apologises'] },
      {
        text: 'Sorry, but you should have read the instructions.',
        reads: ['apologises', 'apology_then_blame', 'blames_customer'],
      },
      {
        text: "We apologise, however if you had checked your order this wouldn't have happened.",
        reads: ['apology_then_blame', 'blames_customer'],
      },
      {
        text: 'Sorry, but as per our policy refunds take 30 days.',
        reads: ['apology_then_blame', 'cites_policy'],
      },
      {
        text: "We're sorry, the delay was caused by our courier partner.",
        reads: ['apologises', 'blames_third_party'],
        not: ['apology_then_blame'],
      },
      // A justification after an apology is defensive; the apology is not taken back by blame.
      {
        text: "We're sorry, Ana. For context, our team followed the protocol at every step.",
        reads: ['apologises', 'defensive'],
        not: ['apology_then_blame'],
      },
    ]);
  });

  describe('sarcasm, minimising, policy, blame elsewhere', () => {
    cases('en', [
      { text: 'Thanks for your patience 🙄', reads: ['sarcastic'], not: ['thanks'] },
      { text: 'Thank you SO much for the feedback 🙃', reads: ['sarcastic'], not: ['thanks'] },
      { text: 'Appreciate your patience 😂', reads: ['sarcastic'] },
      {
        text: "Ha, we'll take that! 😂 Thank you!",
        context: 'positive',
        reads: ['thanks'],
        not: ['sarcastic'],
      },
      { text: "It's just a small delay, no big deal.", reads: ['minimises'] },
      { text: "Come on, it's not the end of the world.", reads: ['minimises'] },
      { text: 'As per our terms and conditions, this is not refundable.', reads: ['cites_policy'] },
      { text: 'Our policy states that opened items cannot be returned.', reads: ['cites_policy'] },
      { text: "That's the courier's fault, not ours.", reads: ['blames_third_party'] },
      {
        text: "That's not on us, the courier lost it.",
        reads: ['defensive', 'blames_third_party'],
        not: ['acknowledges', 'admits_error'],
      },
      { text: 'Keeping you on hold for two hours is not on, Sam.', reads: ['acknowledges'] },
      { text: 'The problem was caused by our payment provider.', reads: ['blames_third_party'] },
    ]);
  });

  describe('canned phrasing, by fuzzy match', () => {
    cases('en', [
      { text: 'We apologize for any inconvenience this may have caused.', reads: ['canned'] },
      { text: 'We apologise for any inconvenience caused.', reads: ['canned'] },
      { text: 'Your feedback is extremely important to us.', reads: ['canned'] },
      { text: 'Your comments have been passed on to the relevant department.', reads: ['canned'] },
      { text: 'Please do not hesitate to contact us.', reads: ['canned'] },
      { text: 'Honestly, that should never have happened to you.', not: ['canned'] },
    ]);
  });

  describe('what a good reply does', () => {
    cases('en', [
      { text: "We'll call you today at 3pm.", reads: ['next_step'] },
      { text: 'Someone from our team will ring you tomorrow morning.', reads: ['next_step'] },
      { text: "We'll look into it.", not: ['next_step'] },
      { text: "We'll keep you posted.", reads: ['promises_update'] },
      { text: "As soon as we know more we'll post an update here.", reads: ['promises_update'] },
      { text: 'Please send us a DM and we can sort it.', reads: ['offers_private'] },
      { text: 'Could you DM us your order number?', reads: ['offers_private', 'asks_details'] },
      { text: "We'll refund you in full.", reads: ['offers_redress'] },
      { text: "We'll send you a replacement free of charge.", reads: ['offers_redress'] },
      { text: 'Thank you so much for the kind words!', context: 'positive', reads: ['thanks'] },
      { text: "Here's a discount code for your next order, on us!", context: 'positive', reads: ['rewards'] },
      { text: "You're absolutely right, that's not acceptable.", reads: ['acknowledges'] },
      { text: 'I can imagine how frustrating that must be.', reads: ['empathises'] },
      { text: 'That was our mistake and we are sorry.', reads: ['admits_error', 'apologises'] },
      {
        text: "Criticism is welcome here, insults aren't.",
        context: 'troll',
        reads: ['calm_boundary'],
        not: ['feeds_troll'],
      },
    ]);
  });

  describe('naming people, rivals, insults', () => {
    cases('en', [
      { text: 'The agent responsible, Tom, has been fired.', context: 'rude_agent', reads: ['names_person'] },
      { text: 'Sarah has been let go over this.', context: 'rude_agent', reads: ['names_person'] },
      { text: 'Our agent will call you today.', not: ['names_person'] },
      { text: 'Unlike other airlines, we actually care.', reads: ['attacks_competitor'] },
      { text: 'You are a clown.', context: 'troll', reads: ['belittles', 'feeds_troll'] },
      { text: 'lol get a life', context: 'troll', reads: ['feeds_troll'] },
      { text: 'Calm down, seriously.', reads: ['belittles'] },
    ]);
  });

  describe('text as people write it', () => {
    cases('en', [
      { text: 'SO SORRY, THAT WAS OUR MISTAKE', reads: ['apologises', 'admits_error'] },
      { text: 'soooo sorry about this, dm us pls', reads: ['apologises', 'offers_private'] },
      { text: 'sorry abt that, well call u today', reads: ['apologises'] },
      { text: 'NOT OUR FAULT!!!', reads: ['defensive'] },
      { text: 'thank u!!! 😊', context: 'positive', reads: ['thanks', 'human_tone'] },
      { text: 'were sorry, its not ok', reads: ['apologises'] },
    ]);
  });

  describe('claims, scale, hedges and promises in other words', () => {
    cases('en', [
      { text: "We're so sorry if yesterday's post upset you.", reads: ['non_apology'], not: ['apologises'] },
      { text: 'If the notice confused anyone, we are sorry.', reads: ['non_apology'], not: ['apologises'] },
      { text: 'The kettle complies with all current safety regulations.', reads: ['defensive'] },
      {
        text: 'These are isolated cases; the vast majority of our customers are happy.',
        reads: ['minimises'],
      },
      { text: 'For any issues, please contact our support department.', reads: ['dismisses'] },
      { text: 'Sorry, we cannot share technical information about our systems.', reads: ['dismisses'] },
      { text: 'We are unable to provide any further details at this time.', reads: ['dismisses'] },
      {
        text: 'We cannot share details of your account here, so please DM us and we will look at it today.',
        reads: ['offers_private'],
        not: ['dismisses'],
      },
      {
        text: 'We cannot share details of your account in this thread, please DM us.',
        reads: ['offers_private'],
        not: ['dismisses'],
      },
      {
        text: "We can't share more details until the engineers confirm; we'll update you at 3pm.",
        reads: ['promises_update'],
        not: ['dismisses'],
      },
      {
        text: 'We are not able to share further details while the investigation is ongoing; we will publish the findings on Friday.',
        not: ['dismisses'],
      },
      { text: "We're unable to share further information right now.", reads: ['dismisses'] },
      {
        text: 'The delay was due to our delivery contractor losing the pallet.',
        reads: ['blames_third_party'],
        not: ['explains'],
      },
      { text: 'The outage is 100% resolved.', reads: ['premature_all_clear'] },
      {
        text: "Don't worry, you'll have your account back within the hour at the most.",
        reads: ['over_promises'],
      },
      {
        text: 'Haha, no comment 😅',
        context: 'genuine_complaint',
        reads: ['belittles'],
        not: ['human_tone'],
      },
      {
        text: 'Haha, thank you Sara! 😅 You made our day.',
        context: 'positive',
        reads: ['thanks', 'human_tone'],
        not: ['belittles'],
      },
    ]);
  });
});
