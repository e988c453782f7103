import type { DebriefText } from './text';

/** The debrief's words, in English. */
export const en: DebriefText = {
  plan: {
    fix: {
      empathy:
        'Before explaining anything, listen: use the person’s name, acknowledge their discomfort, put yourself in their place. No templates.',
      transparency:
        'If the fault is the brand’s, admit it in public as soon as possible, explain what happened and apologise. Never say anything untrue.',
      no_deletion:
        'Do not delete or hide criticism. Only remove what directly insults a customer or a group.',
      follow_up:
        'Keep a list of every “we’ll keep you posted” and publish the promised update. Keep watching to the end: it will flare up again.',
      timeliness:
        'Answer every complaint within {minutes} min: a late answer is worth nothing and discontent is contagious.',
      composure:
        'Before publishing, analyse: how did it start? does it hit the whole brand or a few? are others joining? can it jump networks?',
      escalation:
        'As soon as the crisis turns serious (many affected, the press, a jump of network), bring in the person in charge.',
      troll_discernment:
        'When in doubt, treat each person as a customer. Trolls get no likes and no comebacks: at most, a calm boundary.',
      private_channel:
        'Individual cases: acknowledge them in public and resolve them privately, politely, answering every message.',
      acknowledge_positive:
        'Thank every positive comment and, where you can, give that person something special.',
      redress:
        'Keep a budget for redress and use it on affected customers; offer a public solution for everyone.',
      humility: 'No justifications, small print or corporate statements: a humble, close, human tone.',
      no_competitor_bashing:
        'Never bring up competitors to defend yourself: talk only about what your brand does.',
      consistency:
        'Keep every promise: if you say you will write, write; if you offer redress, give it; if you promise news, publish it.',
      learning:
        'When a reply goes wrong, change course and own it; say in public what changes so it does not happen again.',
    },
    keep: {
      empathy: 'Keep listening first: it worked.',
      transparency: 'Keep admitting mistakes early and clearly.',
      no_deletion: 'Keep legitimate criticism in view.',
      follow_up: 'Keep delivering the promised updates and watching to the end.',
      timeliness: 'Keep answering fast.',
      composure: 'Keep the habit of analysing before acting.',
      escalation: 'Keep bringing in the person in charge early.',
      troll_discernment: 'Keep telling trolls from unhappy customers.',
      private_channel: 'Keep taking individual cases private after acknowledging them in public.',
      acknowledge_positive: 'Keep thanking and rewarding positive comments.',
      redress: 'Keep making amends where they are deserved.',
      humility: 'Keep the humble, close tone.',
      no_competitor_bashing: 'Keep staying out of attacks on competitors.',
      consistency: 'Keep doing what you say.',
      learning: 'Keep correcting course and saying what changes.',
    },
    extra: {
      owed_updates: 'You owe {count} promised update(s): publish the update today.',
      network_jump:
        'The crisis jumped to {network}: make watching all of the brand’s networks from the first warning part of the plan.',
      troll_protocol: 'Troll protocol: no comebacks, no likes, no compensation; block only if they insult.',
      err_on_attention:
        'You treated real customers as trolls: at any sign of discomfort, attend to it. Better to err on the side of attention.',
      press_protocol: 'Press: a quick, honest answer with a contact person. Never “no comment”.',
      abuse_protocol:
        'Insults against customers or groups: remove them or set a calm public boundary, and stand by whoever was insulted.',
    },
  },
  treatment: {
    attended: 'attended',
    dismissed: 'treated as a troll',
    ignored: 'no attention',
    fed: 'fed',
    starved: 'not fed',
  },
  action: {
    reply: 'You replied in public.',
    reply_private: 'You replied privately.',
    like: 'You liked it.',
    hide: 'You hid the comment.',
    delete: 'You deleted the comment.',
    block: 'You blocked its author.',
    escalate: 'You brought in the person in charge.',
    statement: 'You published a statement.',
    redress: 'You gave redress.',
    analyse: 'You analysed the situation.',
    update: 'You published an update.',
    leave: 'You left it alone.',
  },
  csv: {
    date: 'Date',
    scenario: 'Scenario',
    title: 'Title',
    mode: 'Mode',
    team: 'Team',
    overall: 'Overall',
    modes: {
      training: 'Onboarding path',
      workshop: 'Workshop',
      assessment: 'Self-assessment',
      headless: 'Automatic play',
    },
  },
  noAnswer: 'You did not answer.',
  noModel: 'No model reply was recorded for this moment.',
  quality: {
    apologises: 'an apology',
    acknowledges: 'acknowledging the problem',
    empathises: 'empathy',
    explains: 'an explanation',
    admits_error: 'owning the mistake',
    next_step: 'a next step, with when',
    promises_update: 'a promised update',
    offers_private: 'an offer to talk privately',
    offers_redress: 'an offer to make amends',
    asks_details: 'asking for details',
    thanks: 'thanks',
    rewards: 'a small reward',
    human_tone: 'a human tone',
    calm_boundary: 'a calm boundary',
    names_person: 'a colleague named in public',
    defensive: 'defensiveness',
    blames_customer: 'blaming the customer',
    cites_policy: 'citing the small print',
    sarcastic: 'sarcasm',
    canned: 'a canned phrase',
    attacks_competitor: 'an attack on a competitor',
    feeds_troll: 'feeding the troll',
    dismisses: 'brushing it off',
    deceives: 'something untrue',
    belittles: 'belittling',
    non_apology: 'a non-apology',
    apology_then_blame: 'an apology, then blame',
    minimises: 'playing it down',
    blames_third_party: 'blame on a third party',
    over_promises: 'a promise nobody can know yet',
    premature_all_clear: 'an all-clear too soon',
    exposes_private_data: 'private data in public',
    unverified_compensation: 'compensation for all, unverified',
  },
};
