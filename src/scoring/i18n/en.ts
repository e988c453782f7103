import type { ScoringText } from './text';

/** The scoring's words, in English. */
export const en: ScoringText = {
  principle: {
    empathy: {
      name: 'Empathy and active listening',
      asks: 'An upset person first needs understanding and active listening: put yourself in their place and understand their discomfort as they live it, with patience.',
    },
    transparency: {
      name: 'Transparency, honesty, apology',
      asks: 'Never deceive. Admit the error quickly and sincerely, apologise without fear and tell everyone it will not happen again. Ask: is the critic right? what can we do?',
    },
    no_deletion: {
      name: 'Do not delete criticism',
      asks: 'Deleting a comment breeds more discontent. The one exception is a comment that directly disrespects a customer or a group.',
    },
    follow_up: {
      name: 'Follow-up',
      asks: 'Never treat a crisis as closed: what was published stays there and it can flare up again. Fix it, and let people know you are fixing it.',
    },
    timeliness: {
      name: 'Immediate response',
      asks: 'Handling must be immediate, urgent and effective: an answer three days later is worthless, and bad service spreads like wildfire.',
    },
    composure: {
      name: 'Analyse before acting, do not rush',
      asks: 'Fast but careful: first analyse (how did it start? the whole brand or one part? are others joining? can it jump networks? how can it hurt the brand?), then decide what to say and do. Stay calm.',
    },
    escalation: {
      name: 'Involve the person in charge',
      asks: 'Ask someone with more experience for advice, and have an internal network that answers and solves problems fast.',
    },
    troll_discernment: {
      name: 'Tell trolls from unhappy customers',
      asks: 'Do not feed trolls who only want to sink the brand. But a troll is not an unhappy customer: better to err on the side of attention to any sign of discomfort.',
    },
    private_channel: {
      name: 'Take individual cases private',
      asks: 'When a problem hits specific customers, acknowledge it in public and resolve it by private message, politely.',
    },
    acknowledge_positive: {
      name: 'Thank and reward positive comments',
      asks: 'Positive comments are acknowledged, answered, thanked and, where possible, rewarded. Contact every person who comments, positive or negative.',
    },
    redress: {
      name: 'Make amends',
      asks: 'Responsibility, acceptance, learning and redress: compensate where the case deserves it, from a budget kept for it.',
    },
    humility: {
      name: 'Humble, friendly, not defensive',
      asks: 'Do not get defensive or only justify yourself; corporate statements do not work; do not belittle a small customer; keep a friendly, human tone.',
    },
    no_competitor_bashing: {
      name: 'Do not attack competitors',
      asks: 'Do not join in criticism of competitors; be authentic.',
    },
    consistency: {
      name: 'Words match deeds',
      asks: 'Message and actions go together: what a reply promises is done.',
    },
    learning: {
      name: 'Learn and redesign the plan',
      asks: 'Learn from mistakes and redesign the crisis plan: contingency plans and continuous control, not excuses, so it does not happen again.',
    },
  },
  rule: {
    'empathy.listened':
      'You answered a complaint by listening: you put yourself in their place, acknowledged the problem or apologised.',
    'empathy.cold':
      'You answered a complaint without listening: defensive, a template, blaming them or playing it down.',
    'empathy.unanswered': 'An upset person got no answer: nobody listened.',
    'empathy.silenced': 'You deleted, hid or blocked a complaint instead of listening to it.',
    'empathy.crowd_heard': 'Your statement made the people joining the complaints feel heard.',
    'empathy.crowd_unheard':
      'The people joining the complaints got no statement that listened to them: there was none, or it was cold.',
    'transparency.honest': 'An honest, clear answer: you admitted, explained or apologised.',
    'transparency.evasive':
      'An evasive answer: a template, the small print, a defence or blaming the customer instead of answering the question.',
    'transparency.deceived': 'You said something false. Deceiving customers is the one thing never to do.',
    'transparency.private_only':
      'You answered public criticism only in private: other users cannot see that the brand answers.',
    'transparency.unconfirmed':
      'You announced something the brand could not know yet (a time, a cause, "it\'s all fixed"): say what you know and when you will know more.',
    'transparency.press_unanswered':
      'The press asked and got no answer: they will publish what they have, without the brand’s side.',
    'transparency.admitted': 'You admitted the error in public early, once the problem affected many.',
    'transparency.admitted_late':
      'You did admit the error in public, but late: admitting it quickly is worth more.',
    'transparency.never_admitted':
      'The fault affected many customers and the brand never admitted it in public.',
    'no_deletion.kept': 'You left legitimate criticism in view.',
    'no_deletion.deleted':
      'You deleted legitimate criticism: deleting breeds more discontent (and screenshots).',
    'no_deletion.hidden': 'You hid legitimate criticism: hiding is silencing too.',
    'no_deletion.blocked_genuine': 'You blocked a customer with a real complaint.',
    'no_deletion.praise_removed': 'You deleted or hid a comment in the brand’s favour.',
    'no_deletion.abuse_exception':
      'You removed a comment that directly insulted customers or a group: the one accepted exception.',
    'follow_up.promise_kept': 'You promised news and later published a real update.',
    'follow_up.promise_hollow':
      'You promised news and the update that came was empty or false: it does not count as kept.',
    'follow_up.promise_broken': 'You promised news and no update ever came.',
    'follow_up.flare_up_answered': 'Late in the session you were still watching: you answered the flare-up.',
    'follow_up.flare_up_dismissed':
      'You answered the flare-up, but as if the crisis were over (“all sorted”, “already answered”): that is not following it up.',
    'follow_up.flare_up_missed':
      'Late in the session the crisis flared up again and you did not answer in time: it had not been closed.',
    'follow_up.kept_informed': 'You published an update on how the fix was going.',
    'follow_up.never_updated': 'The problem affected many and you never published an update.',
    'timeliness.prompt': 'You answered right away.',
    'timeliness.slow': 'You answered, but late: an answer is worth less the longer the person waits.',
    'timeliness.too_late': 'You answered so late that the answer was worth nothing.',
    'timeliness.unanswered': 'You never answered.',
    'timeliness.crowd_covered': 'A statement published in time answered this person along with the rest.',
    'timeliness.crowd_waited': 'This person joined the complaints and no statement answered them in time.',
    'composure.analysed_first': 'You analysed the situation before acting.',
    'composure.analysed_late': 'You analysed the situation, but after you had started acting.',
    'composure.analysed_idle':
      'You analysed the situation, then did nothing: analysis is for deciding what to say and do.',
    'composure.never_analysed':
      'You never stopped to analyse: how it started, whom it affects, whether others join, whether it can jump networks.',
    'composure.considered_statement': 'You published the statement after analysing the situation.',
    'composure.rushed_statement': 'You published a statement without analysing the situation first.',
    'composure.calm_message': 'A calm message.',
    'composure.lost_temper': 'You lost your calm: sarcasm, belittling, or rising to a troll’s bait.',
    'escalation.in_time': 'You involved the person in charge in time.',
    'escalation.late': 'You involved the person in charge, but well after the crisis had turned serious.',
    'escalation.never': 'The crisis turned serious and you never involved the person in charge.',
    'escalation.precaution': 'You involved the person in charge as a precaution.',
    'troll_discernment.genuine_attended': 'You treated a real customer as a real customer.',
    'troll_discernment.genuine_ignored': 'A real customer got no attention.',
    'troll_discernment.genuine_dismissed':
      'You treated a real customer as a troll: deleted, hid, blocked, ignored them on purpose, or answered them as one answers a troll.',
    'troll_discernment.troll_starved': 'You did not feed a troll.',
    'troll_discernment.troll_fed':
      'You fed a troll: you rose to the bait in public, liked its post or compensated it.',
    'private_channel.public_then_private': 'You acknowledged the case in public and took it private.',
    'private_channel.private_only':
      'You took the case private without a word in public: others cannot see that the brand answers.',
    'private_channel.public_only':
      'You handled in public an individual case that called for a private message.',
    'private_channel.case_missed': 'An individual case was left unattended.',
    'private_channel.dm_answered': 'You answered the private message politely.',
    'private_channel.dm_rude':
      'You answered the private message, but with a template, the small print or no care.',
    'private_channel.dm_unanswered': 'A private message got no answer.',
    'private_channel.exposed':
      'You published details of one case in the open (an amount, an account, a contact): that belongs in a private message.',
    'acknowledge_positive.thanked_rewarded':
      'You thanked a positive comment and gave that person something special.',
    'acknowledge_positive.thanked': 'You thanked a positive comment.',
    'acknowledge_positive.thanked_badly':
      'You thanked a positive comment but belittled or attacked others along the way: that spoils the thanks.',
    'acknowledge_positive.liked': 'You acknowledged a positive comment.',
    'acknowledge_positive.answered_no_thanks': 'You answered a positive comment without thanking it.',
    'acknowledge_positive.ignored': 'A positive comment went unacknowledged.',
    'redress.given': 'You compensated an affected customer from the budget.',
    'redress.offered': 'You offered an affected customer redress but never gave it.',
    'redress.none': 'An affected customer got no redress at all.',
    'redress.crowd_offer': 'You offered redress to every buyer, in public.',
    'redress.crowd_partial': 'You compensated some, but offered no public solution for every buyer.',
    'redress.crowd_none': 'The other affected buyers got no offer of redress.',
    'redress.wasted': 'You spent redress budget on a troll.',
    'humility.humble': 'A humble message, not defensive.',
    'humility.defensive':
      'A defensive message: justifying, blaming, citing policy, corporate template, sarcasm or belittling.',
    'no_competitor_bashing.resisted': 'You had the chance to attack a competitor and did not.',
    'no_competitor_bashing.attacked': 'You attacked a competitor.',
    'consistency.update_kept': 'You promised news and delivered.',
    'consistency.update_broken': 'You promised news and did not deliver (or what came was not real).',
    'consistency.private_kept': 'You said you would write privately, and you answered the private message.',
    'consistency.private_broken':
      'You said you would write privately, and the private message went unanswered.',
    'consistency.redress_kept': 'You offered redress and gave it.',
    'consistency.redress_broken': 'You offered redress and never gave it.',
    'consistency.coherent': 'After admitting the error, this message stayed in line with it.',
    'consistency.contradiction':
      'After admitting the error, this message denied it, got defensive or blamed the customer.',
    'consistency.apology_then_silencing': 'After apologising in public, you silenced a critic.',
    'consistency.over_promised':
      "You promised an outcome or called the crisis over without being able to know it: if it does not happen, the brand's word loses its worth.",
    'consistency.blanket_compensation':
      'You offered compensation to everyone in public without checking the cases: it invites false claims and is a promise hard to keep.',
    'learning.corrected':
      'After seeing the consequences of a kind of mistake, your next decisions of that kind got better.',
    'learning.repeated': 'After seeing the consequences of a kind of mistake, you kept repeating it.',
    'learning.owned_mistake': 'You owned, in the same thread, a reply of yours that had gone wrong.',
    'learning.prevention_plan':
      'You published what changes so it does not happen again: admitting the fault and giving concrete steps, not excuses.',
    'learning.no_plan': 'You never said in public what changes so the fault does not recur.',
  },
  band: {
    firewall: { name: 'Firewall', summary: 'Exemplary handling: the crisis went out and left no embers.' },
    solid: { name: 'Solid handling', summary: 'Well handled, with a few things to polish.' },
    developing: {
      name: 'Getting there',
      summary: 'As many hits as misses: the crisis plan shows what to improve.',
    },
    at_risk: { name: 'Brand at risk', summary: 'More misses than hits: this is how a crisis grows.' },
    fuel: { name: 'Fuel on the fire', summary: 'The handling fed the crisis.' },
    unrated: { name: 'Unrated', summary: 'The session gave no chance to judge any principle.' },
  },
  ledger: {
    kept: 'Kept: a real update came.',
    hollow: 'Hollow: the update that came told nothing real.',
    broken: 'Broken: no update ever came.',
    pending: 'Pending: promised near the end of the session, it can still be kept.',
  },
  troll: {
    sensitivity: 'Real customers attended as such',
    dismissive: 'Real customers treated as trolls',
    feeding: 'Trolls fed',
  },
  notExercised: 'No occasion in this session',
  source: {
    '000_98ab70f08e23c2d8.txt':
      '“4 paradigmas, 5 claves y 16 acciones para prevenir las crisis en el Social Media” (article, in Spanish)',
    '001_c8eba183338f1bc9.txt':
      'How to prevent a social-media crisis: situations and seven steps (our title), Econsultoria (in Spanish)',
    '002_3821d1739f36911f.txt':
      'Loyalty models in social media during a crisis (our title; article in Spanish)',
    '003_aeb9f18473395e0a.txt': '“¿Cómo apagar fuegos en internet?” (article, in Spanish)',
    '004_ae073eabfdd3334d.txt':
      'Protecting the brand online in a conflict with a customer (our title; article in Spanish)',
  },
};
