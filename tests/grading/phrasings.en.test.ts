import { describe } from 'vitest';
import { cases } from './cases';

// More ways people say the same thing, written for these tests: each rule must read the idea,
// not one sentence.
describe('varied phrasings, English', () => {
  describe('defensive, denying, blaming', () => {
    cases('en', [
      { text: 'Our staff are fully trained and followed the correct procedure.', reads: ['defensive'] },
      { text: 'We always treat our customers with the utmost respect.', reads: ['defensive'] },
      { text: 'We did everything by the book.', reads: ['defensive'] },
      { text: 'We reject these claims entirely.', reads: ['defensive'] },
      { text: "That's simply not true, our drivers are always on time.", reads: ['defensive'] },
      { text: 'Our app works perfectly.', reads: ['defensive'] },
      { text: "We have never sold anyone's data.", reads: ['deceives'] },
      { text: 'No customer data was leaked.', reads: ['deceives'] },
      { text: 'Those photos have been photoshopped.', reads: ['deceives'] },
      { text: 'You should have read the instructions before using it.', reads: ['blames_customer'] },
      { text: "If you'd stored it properly it wouldn't have gone off.", reads: ['blames_customer'] },
      { text: "It's clearly written on our website.", reads: ['blames_customer'] },
      { text: "That's what happens when you don't read the small print.", reads: ['blames_customer'] },
    ]);
  });

  describe('dismissing, belittling, attacking rivals', () => {
    cases('en', [
      { text: "There's nothing more we can do.", reads: ['dismisses'] },
      { text: 'Please call our customer service line.', reads: ['dismisses'] },
      { text: 'Please fill out the complaints form on our website.', reads: ['dismisses'] },
      { text: "We won't be engaging with this.", reads: ['dismisses'] },
      { text: "Don't be so dramatic.", reads: ['belittles'] },
      { text: 'All this fuss over nothing.', reads: ['belittles'] },
      { text: "If you can't use the app that's not our problem.", reads: ['dismisses'] },
      { text: 'Other banks are far worse than us.', reads: ['attacks_competitor'] },
      { text: 'Go to the competition then, see if they treat you better 😂', reads: ['sarcastic'] },
    ]);
  });

  describe('explaining, acknowledging, a calm boundary', () => {
    cases('en', [
      { text: 'The fault was caused by a system update.', reads: ['explains'] },
      { text: 'There was a server failure at 10am.', reads: ['explains'] },
      { text: "We don't know the cause yet and we're investigating.", reads: ['explains'] },
      { text: "Yes, there's an issue affecting card payments.", reads: ['explains'] },
      { text: "You're right to complain.", reads: ['acknowledges'] },
      { text: "It's unacceptable that you waited that long.", reads: ['acknowledges'] },
      { text: 'This should never have happened.', reads: ['acknowledges'] },
      {
        text: "Criticism is fine, insults aren't. If you have a problem, tell us.",
        context: 'troll',
        reads: ['calm_boundary'],
      },
      {
        text: 'Everyone is welcome to share their views respectfully.',
        context: 'troll',
        reads: ['calm_boundary'],
      },
    ]);
  });

  describe('next steps, updates, redress', () => {
    cases('en', [
      { text: 'An engineer will visit tomorrow morning.', reads: ['next_step'] },
      { text: "We'll call you within the hour.", reads: ['next_step'] },
      { text: "We'll send the new order this afternoon.", reads: ['next_step'] },
      { text: "We'll keep updating this thread as we go.", reads: ['promises_update'] },
      { text: "We'll post an update at noon.", reads: ['promises_update'] },
      { text: "We'll refund your ticket in full.", reads: ['offers_redress'] },
      { text: "We'll take 20% off your next bill.", reads: ['offers_redress'] },
    ]);
  });
});

describe('varied phrasings, English, more', () => {
  cases('en', [
    { text: 'We owe you an apology.', reads: ['apologises'] },
    { text: 'Really sorry about all this.', reads: ['apologises'] },
    { text: 'Ugh, I totally get why you are fed up.', reads: ['empathises'] },
    { text: 'That sounds really stressful.', reads: ['empathises'] },
    { text: 'You have every right to be annoyed.', reads: ['acknowledges'] },
    { text: 'This one is on us, no excuses.', reads: ['admits_error'] },
    { text: 'We messed up and we own it.', reads: ['admits_error'] },
    { text: "All sorted now, it won't happen again.", context: 'outage', reads: ['premature_all_clear'] },
    {
      text: 'Everything will be working again by 10am tomorrow.',
      context: 'outage',
      reads: ['over_promises'],
    },
    {
      text: 'All affected customers will receive a free month.',
      context: 'outage',
      reads: ['unverified_compensation'],
    },
    { text: 'We can see you live at 45 High Street, flat 2.', reads: ['exposes_private_data'] },
    { text: 'Your number 07700 900123 is now registered.', reads: ['exposes_private_data'] },
    { text: 'We appreciate your understanding.', reads: ['canned'] },
    { text: 'We are continuously working to improve our service.', reads: ['canned'] },
    { text: 'Aww this made our day! 🥰', context: 'positive', reads: ['human_tone'] },
    { text: 'haha you just made our whole week', context: 'positive', reads: ['human_tone'] },
    { text: 'What happened is that the lorry broke down on the motorway.', reads: ['explains'] },
  ]);
});

describe('competitors, English', () => {
  cases('en', [
    { text: 'The competition can only dream of our prices.', reads: ['attacks_competitor'] },
    { text: 'Our rivals are a joke, honestly.', reads: ['attacks_competitor'] },
    { text: "We're much better than other airlines.", reads: ['attacks_competitor'] },
  ]);
});

describe('varied phrasings, English, the hardest to read', () => {
  cases('en', [
    { text: 'No wonder you are upset, this is not the experience you expected.', reads: ['acknowledges'] },
    { text: "Yes, we've got your complaint and we're looking at it.", reads: ['acknowledges'] },
    { text: "This shouldn't have happened.", reads: ['acknowledges'] },
    { text: 'Your order left late because we ran out of stock.', reads: ['explains'] },
    { text: 'Right now we know the fault is in the payment gateway.', reads: ['explains'] },
    { text: 'The service went down after a power cut at the data centre.', reads: ['explains'] },
    { text: "We're sending the corrected invoice today.", reads: ['next_step'] },
    { text: "You'll have the refund in your account before Friday.", reads: ['next_step'] },
    { text: 'It is what it is.', reads: ['dismisses'] },
    { text: "We've already answered this and won't repeat ourselves.", reads: ['dismisses'] },
    { text: 'You needed to call before noon.', reads: ['blames_customer'] },
    { text: "The problem is you didn't follow the steps.", reads: ['blames_customer'] },
    { text: 'Anyone with half a brain would have seen it.', reads: ['belittles'] },
    { text: 'Well, no need to get so worked up, is there?', reads: ['belittles'] },
    { text: 'Criticise us all you like, just keep it civil.', context: 'troll', reads: ['calm_boundary'] },
    { text: 'As set out in your contract, there is no penalty.', reads: ['cites_policy'] },
    { text: 'Delivery is the responsibility of Royal Mail.', reads: ['blames_third_party'] },
    { text: 'Sorry, but next time read the description properly.', reads: ['apology_then_blame'] },
  ]);
});
