// Cortafuegos · scenario "rude-agent" (English)
// Kinetia is a chain of gyms. Last night, on the previous shift, a colleague answered a member
// who had been charged after cancelling with contempt, from the brand's own account.
// The screenshot is spreading. Source: 001 situation 1 and steps 3-6; 004; 000.

VAR heat = 0
VAR sentiment = 0
VAR deleted_criticism = 0
VAR blocked_genuine = 0
VAR trolls_fed = 0
// Ink does not allow a VAR and a knot with the same name: the statement counter
// is `statements` (like `updates`), and the statement knot is `statement`.
VAR statements = 0
VAR redress_given = 0
VAR escalated = false
VAR analysed = false
VAR updates = 0
VAR networks = 1
VAR unanswered = 0
VAR minute = 0

VAR marta_ok = false
VAR marta_refunded = false
VAR blamed_colleague = false
VAR lied = false
VAR promised_change = false
VAR flareup_ok = false
VAR manager_spoke = false
VAR fan_thanked = false
VAR competitor_attacked = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Thread: Marta, the insulted member] -> marta
+ [Thread: Luis shares the screenshot] -> sharer
+ [Thread: Inés, an embarrassed member] -> member
+ [Thread: the troll] -> troll
+ [Thread: a trainer attacks Marta] -> defender
+ [Thread: Pili, the loyal fan] -> fan
+ [Thread: Álex wants to cancel too] -> question
+ [Thread: Sergio, the former employee] -> former
+ [Thread: the influencer] -> influencer
+ [Thread: the screenshot comes back] -> flareup
+ [Statement] -> statement
+ [Update] -> update
+ [Ending] -> ending

=== briefing ===
You are the morning-shift community manager of Kinetia, a chain of 40 gyms.
Last night, on the previous shift, a colleague answered Marta, a member who had been charged for two months after cancelling, from the brand account: "Maybe if you put as much effort into the treadmill as into complaining, you wouldn't need to cancel 🙄 Read the contract, champ."
The reply is still up and the screenshot is spreading on Chirp. The charges are real: cancellation emails have been getting lost for weeks.
Your director, Elena Soto, is reachable, and there is a budget to make amends.
-> DONE

// ─────────────────────────────────────────────
// Marta: the member who was insulted. Apologise in public first, then solve in private.
=== marta ===
# author: marta
# id: marta-open
# kind: complaint
# patience: 120
This is how @kinetia_gym answered me last night when I asked why they're STILL charging me after I cancelled in January 👇📸 Two months charged and now they mock me too. I'm speechless. \#Kinetia
* [Marta, we're so sorry. That reply was contemptuous and unacceptable, it came from our account and there's no excuse for it. You were right to complain. We're writing to you privately now to go through your charges with you. # quality: apologises # quality: admits_error # quality: empathises # quality: acknowledges # quality: offers_private # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Ok. An apology doesn't get my 80 euros back, but at least someone is answering. Checking my DMs.
    # author: tomas
    # after: 20
    At least they didn't take long. Let's see if she gets her money back or it stays at words.
    -> dm
* [Marta, we apologise from the bottom of our hearts. That reply was written by Dani, a night-shift colleague, and it doesn't represent what Kinetia is or how we treat our members; we've already spoken to him. We're writing to you privately to go through your charges. # quality: apologises # quality: empathises # quality: offers_private # quality: names_person]
    ~ blamed_colleague = true
    # author: luis
    # after: 20
    # kind: complaint
    Did they just name their own employee in public? 😬
    # author: marta
    # after: 20
    # kind: complaint
    I don't care what his name is. It was written from YOUR account. And what about my charges?
    -> second_chance
* [Marta, please forgive us: that reply should never have left our account, and you were completely right to complain. We're refunding both months today, you'll have the money in your account tomorrow, and we guarantee that no member will ever go through anything like this again. # quality: apologises # quality: admits_error # quality: empathises # quality: offers_redress # quality: over_promises]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Ok, thanks for the apology. Noting down "you'll have the money tomorrow". I'll check tomorrow.
    # author: ines
    # after: 25
    # kind: question
    "No member will ever go through this again"? So you already know why cancellations get lost? Nobody's told me anything.
    -> dm
* [Hi Marta. The screenshot doesn't show the whole conversation, and out of context messages can be misread. We'll look at your case by DM. # quality: defensive # quality: deceives # quality: offers_private]
    ~ lied = true
    # author: ines
    # after: 20
    # kind: complaint
    "Out of context"? There is no context where that's acceptable. Come on.
    # author: marta
    # after: 20
    # kind: complaint
    Exactly. What context makes "put more effort into the treadmill" ok? Here's the WHOLE thread 📸
    -> second_chance
* [Hi Marta, could you send us your membership number? We'll check the charges. # channel: private # quality: asks_details # quality: offers_private]
    # author: marta
    # after: 30
    # kind: complaint
    They DM me asking for my membership number as if nothing happened. Not a word out here about what they said to me 🙄
    -> dm
* [# on: ignored]
    # author: marta
    # after: 5
    # kind: complaint
    Morning, @kinetia_gym. Still no apology? The screenshot has 3,000 shares and you're silent.
    # author: luis
    # after: 25
    # kind: complaint
    Silence is also an answer.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    They DELETED my post. Ask for an apology, get censored. Here it is again, with one more screenshot 📸 \#KinetiaCensorship
    # author: luis
    # after: 20
    # kind: complaint
    Deleting the post of the person they insulted. Bold.
    -> DONE

= second_chance
* [You're right, Marta, and we're sorry: for last night and for how we just answered you. It was our account and it's our responsibility. We're writing to you privately now about the charges. # quality: apologises # quality: admits_error # quality: acknowledges # quality: offers_private # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Better. Late, but better. Checking my DMs, and this time I expect real answers.
    -> dm
* [We're truly sorry, Marta, for last night's reply and for how we've answered you now. That said, the contract states that cancellations are processed at the club, which is why your email was never processed. We're writing to you privately to look into it. # quality: apologises # quality: offers_private # quality: apology_then_blame # quality: cites_policy]
    # author: marta
    # after: 25
    # kind: complaint
    "We're sorry, but it's your fault for sending an email". Your website says you can cancel by email. I have the screenshot.
    # author: tomas
    # after: 25
    # kind: complaint
    Sorry + "that said". We all know how that sentence ends.
    -> DONE
* [We have already apologised, Marta. There is nothing more we can add. # quality: defensive # quality: dismisses]
    # author: marta
    # after: 20
    # kind: complaint
    "Nothing more we can add". Ok. See you at the consumer office.
    -> DONE
* [For any query about charges, please use the form on our website. # quality: canned # quality: dismisses]
    # author: marta
    # after: 20
    # kind: complaint
    A form. After all this. A FORM 🙃
    -> DONE
* [# on: ignored]
    # author: marta
    # after: 5
    # kind: complaint
    No answer. Last night an insult, this morning excuses, and now silence.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    And now they delete my reply. I have screenshots of everything, obviously 📸
    -> DONE

= dm
# author: marta
# id: marta-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Membership 20931. I cancelled on 8 January by email, I have the email. You charged me €39.90 in February and again in March. And honestly, what hurt most was the reply.
- (asked_1)
* {not (analysed || escalated)} [# on: confirmed] -> asked_1
* {analysed || escalated} [Thank you, Marta, and sorry again. It's confirmed: your cancellation arrived on 8 January and we should never have charged you. We're refunding the €79.80 today and confirming your cancellation in writing. Our director knows; if you'd like, she'll call you herself. # channel: private # quality: apologises # quality: offers_redress # quality: next_step # quality: empathises # quality: human_tone # model: true]
    ~ marta_ok = true
    ~ marta_refunded = true
    # author: marta
    # channel: private
    # after: 25
    Thank you. I'll relax once I see it in my account, but thank you.
    -> friend
* {not (analysed || escalated)} [Thank you, Marta, and sorry again: what you were told hurts, and rightly so. Your email of 8 January is exactly what we needed. I'm going through it with billing right now and I'll write back here within the hour with a clear answer. # channel: private # quality: apologises # quality: empathises # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # channel: private
    # after: 25
    Ok. An hour. I'll be here.
    -> friend
* [Thank you, Marta, and sorry. We're refunding the €79.80 today, although we'd remind you that under the contract cancellations are processed at the club: that's why your email wasn't processed. This time we're making an exception and confirming your cancellation in writing. # channel: private # quality: apologises # quality: offers_redress # quality: apology_then_blame # quality: cites_policy]
    ~ marta_ok = false
    ~ marta_refunded = true
    # author: marta
    # channel: private
    # after: 25
    An "exception"? Your website says you can cancel by email. Give me my money back, but don't do me a favour.
    # author: marta
    # after: 40
    # kind: complaint
    They're refunding me "as an exception", because it's my fault for cancelling by email. Like their website says 🙃 \#Kinetia
    -> DONE
* [We'd like to offer you a free month so you can give us another chance 💪 # channel: private # quality: offers_redress # quality: dismisses]
    ~ marta_ok = false
    # author: marta
    # channel: private
    # after: 20
    A free month at a gym I cancelled? I want MY money back.
    # author: marta
    # after: 40
    # kind: complaint
    Their solution: a free month at the gym whose account mocked me. No thanks. \#Kinetia
    -> DONE
* [According to clause 7 of the contract, cancellations require 30 days' notice, in person at the club. The February charge is therefore correct. # channel: private # quality: cites_policy # quality: defensive]
    ~ marta_ok = false
    # author: marta
    # after: 25
    # kind: complaint
    After the insult, the small print: "cancellations in person". Nobody ever told me that. Unbelievable, @kinetia_gym
    -> DONE
* [# on: ignored]
    ~ marta_ok = false
    # author: marta
    # after: 5
    # kind: complaint
    They said they'd write to me. I sent my membership number and... nothing. Same as in January.
    -> DONE

= friend
# author: marta
# id: marta-friend
# channel: private
# kind: question
# patience: 120
# after: 30
One more thing: my friend Lorena cancelled in February and they're charging her too. Is it just us?
- (asked_2)
* {not (analysed || escalated)} [# on: confirmed] -> asked_2
* {analysed || escalated} [No, and thank you for telling us: it isn't just you. Cancellation emails were going to an inbox nobody checked. We're going to refund everyone in that situation, and Lorena will get an email from us today. # channel: private # quality: thanks # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ promised_change = true
    # author: marta
    # channel: private
    # after: 20
    Ok. I'll tell her. Thanks for being straight with me.
    # author: marta
    # after: 60
    # kind: praise
    {escalated: Update: Kinetia's director called me to apologise, {marta_refunded: they're refunding me|they say they'll refund me} and they admit I'm not the only one. Last night doesn't go away, but they answered.|Update: @kinetia_gym apologised to me, {marta_refunded: is refunding me|says they'll refund me} and admits I'm not the only one. Last night doesn't go away, but they answered.}
    -> DONE
* {not (analysed || escalated)} [We don't know yet, and thank you for telling us: that's exactly what we need to find out. We're going through every cancellation from these months. If Lorena writes to us, we'll look at her case today, and we'll tell you what we find. # channel: private # quality: thanks # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    # author: marta
    # channel: private
    # after: 20
    Ok. I'll tell her to write to you. But I want to know what happened, ok?
    -> DONE
* [Don't worry, you're not the only ones, and we're going to fix it: everyone who tells us they were charged after cancelling gets their money back this week plus a free month. Tell Lorena not to do anything, it'll come to her automatically. # channel: private # quality: acknowledges # quality: offers_redress # quality: over_promises # quality: unverified_compensation]
    ~ promised_change = true
    # author: marta
    # channel: private
    # after: 25
    Everyone who says so? Ok... I'll tell her.
    # author: marta
    # after: 60
    # kind: comment
    They say everyone charged after cancelling gets their money back this week plus a free month. If it happened to you, write to them. I'll let you know if it's true 🤷‍♀️
    -> DONE
* [We can only discuss the account holder's membership. Your friend must contact us herself. # channel: private # quality: cites_policy]
    # author: marta
    # after: 30
    # kind: complaint
    They're refunding me, fine. But when I asked if it's happening to more people, they hid behind "the account holder". Smells off. \#Kinetia
    -> DONE
* [It's an isolated case, don't worry. # channel: private # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: marta
    # after: 30
    # kind: complaint
    They tell me by DM it's an "isolated case". Look at the replies to my post 👇 Isolated, sure.
    -> DONE
* [# on: ignored]
    # author: marta
    # after: 5
    They say they're refunding me, fine. But I asked a question and they went quiet again.
    -> DONE

// ─────────────────────────────────────────────
// Luis: collects brand fails, shares the screenshot to a big audience.
=== sharer ===
# author: luis
# id: sharer-open
# kind: complaint
# patience: 150
Brand fail of the week 🏆 @kinetia_gym telling a member who was charged AFTER cancelling to "put more effort into the treadmill". Who runs this account?? 📸 \#Kinetia
* [Luis, it's indefensible and we won't try. That reply came from our account and it was wrong. We've apologised to Marta and we're going through her charges. It won't happen again. # quality: admits_error # quality: apologises # quality: acknowledges # quality: next_step # model: true]
    # author: luis
    # after: 30
    Ok, credit where it's due: no excuses. Let's see if they deliver.
    -> who
* [Luis, we understand the upset. We're sorry if the tone of that reply may have bothered anyone: it doesn't reflect the values of Kinetia, which has always looked after its members. We're reviewing what happened internally so we can keep improving. # quality: acknowledges # quality: non_apology # quality: canned]
    # author: luis
    # after: 20
    # kind: complaint
    "If the tone may have bothered anyone". It wasn't the tone: they called an overcharged customer lazy 🙃
    # author: marta
    # after: 25
    # kind: complaint
    It bothered me, in case anyone was wondering.
    -> DONE
* [Luis, you're right and we're very sorry: that reply was awful. The good news is that it's all sorted now: we've spoken to Marta, her charges have been fixed and the matter is closed. Thanks for keeping an eye on it! # quality: apologises # quality: admits_error # quality: thanks # quality: premature_all_clear]
    # author: marta
    # after: 25
    # kind: complaint
    "Fixed"? I haven't received anything. Who exactly did you speak to?
    # author: luis
    # after: 20
    # kind: question
    Which is it, @kinetia_gym? Closed or not?
    -> who
* [Someone needed more coffee 😅☕ We've all had a bad night, right? # quality: sarcastic # quality: dismisses]
    # author: tomas
    # after: 15
    # kind: complaint
    Did the brand just crack a joke about it? 😳
    # author: luis
    # after: 20
    # kind: complaint
    They're JOKING about it?? Second screenshot of the day, added to the thread 📸 Seriously, @kinetia_gym?
    -> joke
* [# on: ignored]
    # author: luis
    # after: 5
    # kind: complaint
    No reply from @kinetia_gym. I'll keep the thread updated 🍿
    -> DONE
* [# on: deleted]
    # author: luis
    # after: 10
    # kind: complaint
    Kinetia deleted my quote of the screenshot. Luckily I saved it 📸 \#KinetiaCensorship
    # author: tomas
    # after: 20
    Streisand effect in 3, 2, 1...
    -> DONE

= joke
* [You're right, Luis. That joke was out of place, today of all days, and we apologise. The reply to Marta was wrong and we're putting her case right. # quality: apologises # quality: admits_error # quality: next_step # model: true]
    # author: luis
    # after: 30
    Ok. I'm adding this to the thread too, the good along with the bad.
    -> who
* [Luis, we're sorry if anyone was offended by the comment; we never meant to make light of what happened to Marta, and we're working on her case. # quality: acknowledges # quality: non_apology # quality: next_step]
    # author: luis
    # after: 20
    # kind: complaint
    "If anyone was offended". So the problem is that we get offended 🏆
    -> DONE
* [Come on, it was just a bit of humour to lighten the mood 😅 # quality: defensive # quality: dismisses]
    # author: luis
    # after: 20
    # kind: complaint
    Lighten the mood for whom? The woman you insulted? 🙃
    -> DONE
* [# on: ignored]
    # author: luis
    # after: 5
    # kind: complaint
    No answer, and the joke is still up. Noted.
    -> DONE
* [# on: deleted]
    # author: luis
    # after: 10
    # kind: complaint
    They deleted my post instead of apologising for the joke. Screenshot number three 📸
    -> DONE

= who
# author: luis
# id: sharer-who
# kind: question
# patience: 150
# after: 50
Genuine question: who wrote it? Is that person still running your account?
- (asked_3)
* {not (analysed || escalated)} [# on: confirmed] -> asked_3
* {analysed || escalated} [The responsibility is Kinetia's, not one person's: it was our account and our way of working, so we won't point at anyone. What changes: no night-shift reply goes out without a second review, and the whole team is being trained on how we speak to people. # quality: admits_error # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ promised_change = true
    # author: luis
    # after: 30
    Ok, noted. In a month I'll ask you whether that second review still exists 👀
    -> DONE
* {not (analysed || escalated)} [The responsibility is Kinetia's, not one person's: it was our account, so we won't point at anyone in public. We're working out with management what we change so it won't happen again, and we'll tell you here. # quality: admits_error # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    # author: luis
    # after: 30
    # kind: question
    "We'll tell you here". Ok, noting it down. By when?
    -> DONE
* [Fair question, Luis, and we understand it. Dani, from the night shift, wrote the message; he no longer runs the account and we've had a long talk with him. Even so, the responsibility is everyone's, and we're reviewing how we work so it doesn't happen again. Thanks for asking. # quality: acknowledges # quality: names_person # quality: next_step]
    ~ blamed_colleague = true
    # author: luis
    # after: 20
    # kind: complaint
    Wow, they gave his name. Does that fix the member's charges?
    # author: tomas
    # after: 20
    # kind: complaint
    Now everyone knows the guy's name. The customer, still not refunded.
    -> DONE
* [That is an internal matter and we will not comment on it. # quality: dismisses # quality: canned]
    # author: luis
    # after: 20
    # kind: complaint
    Internal matter... it was public, on your account, for 3,000 people.
    -> DONE
* [# on: ignored]
    # author: luis
    # after: 5
    # kind: complaint
    No answer. I'll assume nothing has changed.
    -> DONE

// ─────────────────────────────────────────────
// Inés: a member for years, ashamed of what she read. Listen to her.
=== member ===
# author: ines
# id: member-open
# kind: question
# patience: 150
Sharing this 👇📸 I've been a member at Kinetia Delicias for 4 years and reading it makes me ashamed. Is this how you talk about us when we're not looking? 😔
* [Inés, no, and you have every right to ask. That reply was wrong and it's not how we want to treat anyone, in front of people or when nobody's looking. We're sorry you had to read it, especially after four years with us. # quality: apologises # quality: empathises # quality: acknowledges # quality: human_tone # model: true]
    # author: ines
    # after: 30
    Thanks for answering like a person. I'm staying, but I'll be watching 👀
    -> DONE
* [Inés, thank you for these four years with us! 💚 We understand it hurt to read. It was an unfortunate reply on a one-off night, and at Kinetia we look after every single member as we always have. # quality: thanks # quality: empathises # quality: minimises]
    # author: ines
    # after: 25
    # kind: complaint
    "Unfortunate"? They mocked a member you were overcharging. That wasn't bad luck.
    -> DONE
* [Inés, please be informed that the case is being handled through the appropriate internal channels, and that your membership conditions and your club's services remain unchanged. # quality: canned # quality: dismisses]
    # author: ines
    # after: 20
    # kind: complaint
    I didn't ask about my membership. I asked how you see us.
    -> DONE
* [# on: ignored]
    # author: ines
    # after: 5
    # kind: complaint
    Not even an answer for your own members. Thinking about leaving.
    -> DONE
* [# on: deleted]
    # author: ines
    # after: 10
    # kind: complaint
    Wow, they deleted my comment. Four years a member. Cancelling today (if they let me 🙃)
    -> DONE

// ─────────────────────────────────────────────
// The troll: uses the screenshot to mock the brand. Don't feed him.
=== troll ===
# author: memesdegym
# id: troll-open
# kind: troll
NEW at @kinetia_gym: insults included in your membership 🤡💪 Premium plan: they insult you AND keep charging you after you cancel \#Kinetia
* [That reply was wrong and we've said so. If you're a member and have a problem with a charge, write to us privately and we'll look at it. # quality: calm_boundary # quality: admits_error # quality: offers_private # model: true]
    # author: memesdegym
    # after: 20
    # kind: troll
    Boring answer 🥱 next
    -> DONE
* [You're right that the reply was wrong, and we're sorry. If we charged you anything after you cancelled, we'll refund it and give you a free month, no questions asked: leave your membership number here and we'll process it today. # quality: apologises # quality: admits_error # quality: offers_redress # quality: unverified_compensation]
    # author: memesdegym
    # after: 15
    # kind: troll
    Membership no. 00001 😇 And my 300 cousins all cancelled too, ok? Free month for everyone 🤡🍿
    -> again
* [At least our memes are better than yours 😏 # quality: sarcastic # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    THE BRAND ANSWERED 🍿🍿 last night's CM is back!!
    -> again
* [Kinetia has offered quality service for 15 years. We will not tolerate mockery. # quality: defensive # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    "We will not tolerate", says the account that insults its customers 🤣
    -> again
* [# on: ignored]
    # author: memesdegym
    # after: 10
    # kind: troll
    No reaction? The CM must be on the treadmill 🤣
    -> DONE
* [# on: deleted]
    # author: memesdegym
    # after: 10
    # kind: troll
    They deleted my meme 😂 but not their insult, huh? \#KinetiaCensorship
    -> DONE

= again
# author: memesdegym
# id: troll-again
# kind: troll
# after: 30
Hey @kinetia_gym, rate my squat or are you gonna tell me to complain less? 🤡🏋️
* [We shouldn't have answered like that. We're here for anyone with a real problem with their membership, and we'll leave it here. # quality: admits_error # quality: calm_boundary # model: true]
    # author: memesdegym
    # after: 20
    # kind: troll
    Meh.
    -> DONE
* [Relax, it's all sorted now: Marta has her money and we've changed how we answer. It won't happen again 😊 # quality: premature_all_clear # quality: over_promises]
    # author: memesdegym
    # after: 15
    # kind: troll
    "All sorted" 🤣 @martavidal_, can you confirm they paid you? 🍿
    # author: marta
    # after: 30
    # kind: complaint
    {marta_refunded: They say they're refunding me, but "all sorted" it is not.|My money? No sign of it. "All sorted", they say.}
    -> DONE
* [Your squat is as deep as your jokes 🤭 # quality: sarcastic # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    LMAO they're roasting people again, screenshot saved 📸
    -> DONE
* [Please stop spreading misinformation about our company. # quality: defensive # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    Misinformation?? It's YOUR screenshot 💀
    -> DONE
* [# on: ignored]
    # author: memesdegym
    # after: 10
    # kind: troll
    Ghosted 👻
    -> DONE

// ─────────────────────────────────────────────
// Rober: a Kinetia trainer who insults the customer to defend the brand.
// The one post that should be removed: it directly disrespects a customer.
=== defender ===
# author: rober
# id: defender-open
# kind: abuse
I train at Kinetia and honestly? @martavidal_ is the typical lazy member who signs up in January, never shows up and then cries on Chirp. The contract is there to be read, champ 🙄💪
* [Rober, we don't share that. Nobody gets insulted here, least of all Marta: she complained about a real charge and she was right. The mistake was ours, not hers. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    # author: marta
    # after: 25
    Thanks for saying it. He's your trainer though, isn't he? Let me know what you do about that.
    # author: rober
    # after: 30
    Ok, ok... I went too far. Sorry, Marta.
    -> DONE
* [Rober, thanks for caring about the club 💪 but let's bring the tone down. Marta has every right to complain, though the contract is worth reading carefully. # quality: thanks # quality: minimises # quality: blames_customer]
    # author: marta
    # after: 20
    # kind: complaint
    "Bring the tone down". He calls me lazy and the brand thanks him for caring. And the contract thing again, on top.
    # author: luis
    # after: 20
    # kind: complaint
    Round two 📸
    -> DONE
* [We ask everyone to keep the conversation respectful. Thank you. # quality: canned]
    # author: marta
    # after: 25
    # kind: complaint
    That's it? He calls me lazy and you ask for a "respectful conversation"?
    -> DONE
* [# on: ignored]
    # author: tomas
    # after: 10
    # kind: complaint
    A Kinetia trainer is calling the customer lazy and the brand says nothing? Take that down, please.
    -> DONE
* [# on: deleted]
    # author: tomas
    # after: 20
    # kind: praise
    They've taken the trainer's comment down. Thank goodness.
    # author: marta
    # after: 25
    Thank you for that.
    -> DONE

// ─────────────────────────────────────────────
// Pili: a loyal member. Thank her and reward her; never use her against anyone.
=== fan ===
# author: pili
# id: fan-open
# kind: praise
# patience: 180
Six years at Kinetia Sur 💚 My trainers were amazing with me after my knee surgery. That reply was really ugly, but it's not the Kinetia I know. I hope you make it right with her.
* [Thank you, Pili, it means a lot, especially today. You're right: that reply was really ugly and we're making it right with Marta. Your trainers will love reading this 💚 We're sending you a little something by DM. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    # author: pili
    # after: 25
    # kind: praise
    Oh, thank you! 🥹
    # author: pili
    # channel: private
    # after: 40
    I got the free session with my physio trainer, thank you so much, you didn't have to!
    -> DONE
* [Thanks, Pili! We're so glad your knee rehab went so well 💚 We've already added a free session to your file (member 18342 at Kinetia Sur, €34.90 plan): just book it at reception whenever suits you. See you very soon! # quality: thanks # quality: rewards # quality: human_tone # quality: exposes_private_data]
    # author: pili
    # after: 25
    Uh... thanks, but did you need to post my membership number and what I pay here? 😳
    # author: tomas
    # after: 25
    # kind: complaint
    Are they posting a member's details in public? They can't get anything right this week 😬
    -> DONE
* [Thanks, Pili! This is what our REAL members think 💚 Not like some people who just want attention. # quality: thanks # quality: belittles # quality: blames_customer]
    # author: pili
    # after: 20
    Hey, I didn't say that... she's right to complain about the charges 😕
    # author: marta
    # after: 25
    # kind: complaint
    "People who just want attention". That's me, I guess. Round three.
    -> DONE
* [Thanks, Pili! At least at Kinetia nobody waits three weeks for a machine, like at MaxiGym 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: pili
    # after: 20
    Uh... no need to drag anyone else into this 😬
    # author: tomas
    # after: 25
    # kind: complaint
    They insult a customer AND attack the competition in the same week. Great strategy 🍿
    -> DONE
* [# on: ignored]
    # author: pili
    # after: 5
    Not even a heart for those of us defending you? 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: pili
    # after: 10
    You deleted my comment... the one SUPPORTING you?? 😳
    -> DONE

// ─────────────────────────────────────────────
// Álex: a real question. The honest answer about cancelling.
=== question ===
# author: alex
# id: question-open
# kind: question
# patience: 150
Genuine question @kinetia_gym: I want to cancel too. How do I do it without getting charged for two more months... or getting insulted? 😅
- (asked_4)
* {not (analysed || escalated)} [# on: confirmed] -> asked_4
* {analysed || escalated} [Álex, fair question after what you've seen. You can cancel by email or at reception, and from today we confirm it in writing within 24 hours. If anything goes wrong, write to us and we'll fix it. And if you want to tell us why you're leaving, we're listening. # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    # author: alex
    # after: 30
    Ok, clear. I'll send it today. If I have nothing in 24 hours, I'll be back here 😅
    -> DONE
* {not (analysed || escalated)} [Álex, fair question after what you've seen. You can cancel by email or at reception. If you send us your membership number by DM, we'll follow your cancellation ourselves until the written confirmation reaches you. # quality: acknowledges # quality: explains # quality: offers_private # quality: next_step # quality: human_tone # model: true]
    # author: alex
    # after: 30
    Ok, sending it. For the record, I did send it by email, just in case 😅
    -> DONE
* [Álex, no worries! From today every cancellation is confirmed in writing within 24 hours and the charges stop immediately, no exceptions, no small print. Send it to cancel@kinetia.com or do it in the app, and forget about it. And if you end up staying, we'll celebrate with you 💪 # quality: explains # quality: next_step # quality: human_tone # quality: over_promises]
    # author: alex
    # after: 30
    # kind: question
    "Immediately, no exceptions". Did you change that today? Because you charged Marta for two months. I'll send it and let you know.
    -> DONE
* [As stated in clause 7 of the contract, cancellations must be requested in person at your club with 30 days' notice. # quality: cites_policy]
    # author: alex
    # after: 20
    # kind: complaint
    In person and with 30 days' notice. So that's how Marta got charged twice 🤔
    # author: ines
    # after: 25
    # kind: complaint
    Wait, what? I didn't know that either.
    -> DONE
* [Álex, we get the humour 😅 but today is not a day for jokes. If you really want to cancel, you'll find all the information on our website. # quality: dismisses # quality: belittles]
    # author: alex
    # after: 20
    # kind: complaint
    It wasn't a joke. I really want to cancel, and your website doesn't say how anywhere.
    # author: luis
    # after: 20
    # kind: complaint
    A member asks how to cancel and they treat him like a troll 📸
    -> DONE
* [# on: ignored]
    # author: alex
    # after: 5
    # kind: complaint
    No answer. I'll cancel through my bank, then.
    -> DONE

// ─────────────────────────────────────────────
// Sergio: a former employee with an old grievance. He points at the real cause.
=== former ===
# author: sergio
# id: former-open
# kind: complaint
# patience: 150
I worked at Kinetia reception for three years. Cancellation emails went to an inbox nobody read, and we were told "not to rush" them. What happened to Marta doesn't surprise me at all. \#Kinetia
- (asked_5)
* {not (analysed || escalated)} [# on: confirmed] -> asked_5
* {analysed || escalated} [Sergio, thank you for telling us, and we're sorry it was like that. You're right: Marta's charges came from that inbox, and we're going through it today. Our director would like to hear from you; we've written to you privately. # quality: thanks # quality: admits_error # quality: acknowledges # quality: next_step # quality: offers_private # model: true]
    ~ promised_change = true
    # author: sergio
    # after: 35
    I didn't expect that. Fine, I'll talk. It's not about revenge, it's about the people still being charged.
    # author: luis
    # after: 25
    # kind: question
    Hang on: so it's not just Marta? How many people are sitting in that inbox? 👀
    -> DONE
* {not (analysed || escalated)} [Sergio, thank you for telling us, and we're sorry it was like that. What you describe is exactly what we need to check, and we take it seriously. We'd like to hear you out properly: we've written to you privately. # quality: thanks # quality: acknowledges # quality: empathises # quality: next_step # quality: offers_private # model: true]
    # author: sergio
    # after: 35
    Ok, I'll write to you. But don't take long, there are people still being charged.
    -> DONE
* [Sergio, thank you for your message. We understand you have bad memories of your time with us, but we'd rather not debate internal procedures on social media, especially on the basis of experiences from years ago. If you like, send us a DM. # quality: thanks # quality: offers_private # quality: dismisses # quality: minimises]
    # author: sergio
    # after: 20
    # kind: complaint
    "Experiences from years ago". I left in December. And I have the emails, in case you're interested 📧
    # author: tomas
    # after: 20
    # kind: complaint
    A former employee explains why cancellations get lost and they answer "we'd rather not debate". Right.
    -> DONE
* [We'd remind you that your contract included a confidentiality clause. # quality: cites_policy # quality: defensive]
    # author: sergio
    # after: 20
    # kind: complaint
    Threatening me in public. Thanks, that says it all.
    # author: luis
    # after: 25
    # kind: complaint
    Kinetia threatening a former employee with a confidentiality clause 📸 This keeps getting worse
    -> DONE
* [# on: ignored]
    # author: sergio
    # after: 5
    # kind: complaint
    They don't answer because they know it's true.
    -> DONE
* [# on: deleted]
    # author: sergio
    # after: 10
    # kind: complaint
    # network: chirp
    They deleted my post on Snapgram. So I'm posting it here, and this time with the emails 📧 \#Kinetia
    -> DONE

// ─────────────────────────────────────────────
// Carla: a fitness influencer. Only shows up if the crisis is hot (minHeat).
=== influencer ===
# author: carla
# id: influencer-open
# kind: question
# patience: 120
I've recommended @kinetia_gym to my community for two years 💪 After that screenshot and the charges after cancelling, I don't know if I can keep doing it. What are you going to do about it?
- (asked_6)
* {not (analysed || escalated)} [# on: confirmed] -> asked_6
* {analysed || escalated} [Carla, you're right to ask. The reply was ours and it was wrong, and we've apologised to Marta. We're reviewing every cancellation charged since January to refund anyone in her situation, and changing how we answer. We'll report every step here. # quality: admits_error # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # model: true]
    ~ promised_change = true
    # author: carla
    # after: 40
    Ok. I'll tell my community exactly that, and I'll check back in a week.
    -> DONE
* {not (analysed || escalated)} [Carla, you're right to ask. The reply was ours and it was wrong, and we've apologised to Marta. We're still working out with management what went wrong with cancellations; as soon as we know how many people it affects and how we put it right, we'll say so here. # quality: admits_error # quality: apologises # quality: next_step # quality: promises_update # model: true]
    ~ promised_change = true
    # author: carla
    # after: 40
    # kind: question
    Ok, thanks for not making things up. But my community is asking me today, not next week. When will you know?
    -> DONE
* [Carla, thanks for asking, and sorry to your community for the bad moment. We want to make up for it: any member who tells us we charged them after cancelling gets a refund today plus two free months, no paperwork and no checks at all. Have them all send us a DM! # quality: thanks # quality: apologises # quality: offers_redress # quality: unverified_compensation]
    # author: carla
    # after: 30
    # kind: question
    Without checking anything? I'm already getting screenshots from people who aren't even members asking how to claim it 😅
    # author: luis
    # after: 25
    # kind: complaint
    Two free months to anyone who says so. Let's see how long this offer lasts 🍿
    -> DONE
* [Carla, we'd love to invite you to our new club for a free VIP session, so you can see the real Kinetia 💪✨ # quality: dismisses # quality: canned]
    # author: carla
    # after: 20
    # kind: complaint
    Are you trying to buy me with a VIP session? I asked what you're doing for your customers.
    # author: luis
    # after: 20
    # kind: complaint
    Trying to bribe the influencer 🤡 A masterclass in what not to do
    -> DONE
* [It was a one-off incident that has been blown out of proportion. The vast majority of our members are happy. # quality: defensive # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: carla
    # after: 20
    # kind: complaint
    Blown out of proportion? I've had 200 DMs from members with the same charge.
    # author: carla
    # after: 60
    # kind: complaint
    Unfollowed. I'm not recommending them anymore. \#Kinetia
    -> DONE
* [# on: ignored]
    # author: carla
    # after: 5
    # kind: complaint
    No answer from @kinetia_gym. I've taken them off my recommendations. Sorry, gang.
    -> DONE

// ─────────────────────────────────────────────
// The flare-up: late in the session someone digs up the screenshot again.
=== flareup ===
# author: nerea
# id: flareup-open
# kind: question
# patience: 100
Just found this screenshot from @kinetia_gym 😳 "put more effort into the treadmill"?? Is it real? Did you ever do anything about it?
- (asked_7)
* {not (analysed || escalated)} [# on: confirmed] -> asked_7
* {analysed || escalated} [Nerea, yes, it's real, and it was wrong. We apologised to Marta, we're refunding everyone charged after cancelling, cancellations are confirmed in writing within 24 hours and nobody answers alone on the night shift. The reply is still up, with our apology underneath. # quality: admits_error # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ flareup_ok = true
    {marta_refunded && redress_given > 0:
        # author: marta
        # after: 30
        # kind: praise
        I can confirm: they apologised and refunded me. It doesn't erase the reply, but they did answer.
    - else:
        # author: marta
        # after: 30
        # kind: complaint
        They apologised in public, yes. My money still hasn't arrived, @kinetia_gym.
    }
    # author: nerea
    # after: 25
    Ok, thanks for answering. I'll bear it in mind if I ever sign up 👍
    -> DONE
* {not (analysed || escalated)} [Nerea, yes, it's real, and it was wrong. We apologised to Marta in public and the reply is still there, with our apology underneath, because we don't want to hide it. We're still looking into what went wrong with cancellations, and we'll post it here as soon as we know. # quality: admits_error # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ flareup_ok = true
    ~ promised_change = true
    # author: nerea
    # after: 25
    # kind: question
    Ok, at least you're not hiding it. And did the woman get her money back?
    -> DONE
* [Nerea, yes, it was real, and we're very sorry. Luckily it's all been resolved now: Marta has her money, every single case is closed and the team has changed the way it works. You can rest easy, it won't happen again 💚 # quality: apologises # quality: admits_error # quality: human_tone # quality: premature_all_clear]
    # author: marta
    # after: 30
    # kind: complaint
    {marta_refunded: They did refund me, yes. But "every case is closed"? My friend Lorena is still waiting.|"Marta has her money"? I'm Marta, and I haven't received a thing.}
    # author: nerea
    # after: 25
    # kind: question
    Oh. So is it resolved or not?
    -> DONE
* [That image has been edited and does not reflect any real conversation. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: marta
    # after: 20
    # kind: complaint
    EDITED? I have the original notification. Want me to post the video? 🤯
    # author: luis
    # after: 20
    # kind: complaint
    Now they say it's fake. Thread reopened 🍿
    -> DONE
* [# on: ignored]
    # author: nerea
    # after: 5
    # kind: complaint
    No answer. So nothing changed.
    # author: marta
    # after: 20
    # kind: complaint
    Nothing did.
    -> DONE
* [# on: deleted]
    # author: nerea
    # after: 10
    # kind: complaint
    They deleted my post instead of answering?? Ok, so nothing changed 📸 \#Kinetia
    -> DONE

// ─────────────────────────────────────────────
// Public statement
=== statement ===
* {analysed || escalated} [About the reply our account sent Marta last night: it was contemptuous and wrong, and there is no excuse for it. We have apologised to her and we're refunding her charges. We've also found that cancellation emails were being lost, so we're reviewing every case since January to refund anyone charged after cancelling. From today, no reply goes out without a second pair of eyes, and we'll report every step here. We're sorry. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    {escalated:
        ~ manager_spoke = true
        # author: elena
        # after: 40
        I'm Elena Soto, director of Kinetia. I've read everything. What happened is on the company, not on one person, and I'll answer for it. My DMs are open for anyone who was charged after cancelling.
    - else:
        # author: luis
        # after: 40
        # kind: complaint
        Good statement, but who signs it? Nobody from management has said a word.
    }
    # author: marta
    # after: 30
    {marta_ok: Thank you for saying it in public. That's what I was asking for.|Nice statement. Now answer my messages, please.}
    # author: ines
    # after: 25
    # kind: question
    Ok. And how do I know if I was overcharged? Do I have to write to you or will you tell me?
    -> DONE
* {not (analysed || escalated)} [About the reply our account sent Marta last night: it was contemptuous and wrong, and there is no excuse for it. We have apologised to her and we're going through her charges with her. We're also checking whether other members were charged after cancelling. As soon as we know what happened and how many people it affects, we'll say so here. We're sorry. # quality: apologises # quality: admits_error # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    # author: luis
    # after: 40
    # kind: question
    An apology with no buts, fair enough. But "we're checking"... when will you know anything?
    # author: marta
    # after: 30
    {marta_ok: Thank you for saying it in public. Now, the money.|Nice statement. Now answer my messages, please.}
    -> DONE
* [At Kinetia, respect for our members is one of our core values. We regret any inconvenience this situation may have caused and are taking the appropriate internal measures. # quality: canned # quality: non_apology]
    # author: marta
    # after: 25
    # kind: complaint
    "Any inconvenience". You called me lazy. Say it.
    # author: luis
    # after: 20
    # kind: complaint
    A statement written by the same bot that answers the cancellation emails, I guess.
    -> DONE
* [Regarding the image circulating: it shows a message taken out of context, written by an employee outside our guidelines who is no longer with the company. The charges were made in accordance with the 30-day notice clause of the contract. # quality: defensive # quality: deceives # quality: cites_policy]
    ~ lied = true
    ~ blamed_colleague = true
    # author: marta
    # after: 20
    # kind: complaint
    "Out of context" and "according to the contract". So you're apologising for nothing.
    # author: tomas
    # after: 25
    # kind: complaint
    Blaming the employee AND the customer in the same statement. Incredible 📸
    # author: luis
    # after: 25
    # kind: complaint
    Saved for the thread. This is getting worse by the hour.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up updates
=== update ===
* {not (analysed || escalated)} [Update: we're still looking into what happened with cancellations. We don't know yet how many people are affected, and we don't want to give figures we haven't checked. As soon as we know, we'll say so here, and we'll write to each affected person directly. # quality: acknowledges # quality: next_step # quality: promises_update # model: true]
    # author: luis
    # after: 30
    # kind: question
    An update with no data. Ok, you're not making it up, but we're still waiting.
    -> DONE
* (cause) {analysed || escalated} [Update: we've found why members were charged after cancelling: cancellation emails went to an inbox nobody checked. We're going through it now, case by case, and writing to everyone affected. We'll tell you here how many there are and when the refunds go out. # quality: explains # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    # author: ines
    # after: 30
    # kind: question
    So my emails could have ended up there too. Will you write to me or do I have to ask?
    # author: luis
    # after: 25
    Follow-up post included. Updating the thread.
    -> DONE
* {cause} [Update: we've gone through the whole cancellation inbox. 212 members were charged after cancelling, and all of them are getting their money back this week without having to ask. Cancellations are now confirmed in writing within 24 hours, and nobody answers alone on the night shift anymore. Thank you for holding us to it. # quality: explains # quality: offers_redress # quality: next_step # quality: acknowledges # quality: thanks # model: true]
    # author: ines
    # after: 30
    # kind: praise
    I've got the email with my refund. Ok, I'm staying 💚
    # author: luis
    # after: 25
    # kind: praise
    Updating the thread: they say it's 212 people and the money goes back this week. If the people affected confirm it, hats off.
    -> DONE
* [We keep working to give you the best experience 💪 Thank you for your trust! # quality: canned]
    # author: marta
    # after: 25
    # kind: complaint
    Working on what, exactly? Are people still being charged after cancelling or not?
    -> DONE
* [Update: the employee responsible is no longer with the company. We consider the matter closed. # quality: defensive # quality: dismisses # quality: premature_all_clear]
    ~ blamed_colleague = true
    # author: marta
    # after: 20
    # kind: complaint
    And my money? And everyone else charged after cancelling? "Matter closed".
    # author: luis
    # after: 25
    # kind: complaint
    Scapegoat found, problem not fixed.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Crowd voices (the engine invents the author)
=== crowd_complaint ===
{shuffle:
- Just saw the Kinetia screenshot. How do you answer a customer like that?? 😳
- They charged me after cancelling too. Three emails, zero answers. @kinetia_gym
- "Put more effort into the treadmill" 💀 I'm cancelling today
- Imagine paying €40 a month to get mocked by the gym's account
- My sister got charged in March after cancelling in January. Same story.
- Sharing the screenshot so nobody else signs up without knowing \#Kinetia
- The insult is bad, but charging people after they cancel is worse
- Anyone else still being charged by Kinetia? Asking for a friend (me)
- This is how they talk to members in PUBLIC. Imagine in private 😬
}
-> DONE

=== crowd_troll ===
{shuffle:
- Kinetia: where the only thing that works out is the insults 🤡
- Hire me as CM, I'll insult people for half the price 😂
- Leg day, arm day, insult-the-customer day 💪🤡
- Their treadmill runs faster than their apologies lol
- \#Kinetia \#Kinetia \#Kinetia trending, nice job 🍿
- Plot twist: the CM was the personal trainer all along 🤣
- Love watching a gym get roasted on a Tuesday 🍿
- Signing up just to cancel and get my free insult 😂
- Imagine needing a contract to be rude 🤡
}
-> DONE

=== crowd_support ===
{shuffle:
- I've been at Kinetia for years and the staff has always been lovely with me 💚
- That reply was awful, but at least they're answering everyone today
- Good on them for apologising without excuses. That's rare.
- My trainer at Kinetia got me through a bad year. One bad reply isn't the whole gym.
- They refunded a double charge for me once with no fuss 👍
- Fair play, they owned it. Let's see if it lasts.
- One awful reply, yes. But I'd rather judge them by how they fix it.
- Give them a chance to fix it, they're on it
}
-> DONE

=== crowd_grievance ===
{shuffle:
- Same thing happened to me in 2023. They charged me three months after I cancelled.
- I worked at a Kinetia for a summer. Nothing about this surprises me.
- They took months to freeze my membership when I broke my leg. Never forgot it.
- Their reception told me cancellations "don't work by email". Funny, that.
- I complained about the dirty showers last year. Copy-paste answer.
- Kinetia once charged me the registration fee twice and never answered
- Not new. Their customer service has been a wall for years.
- Ask them about the "annual maintenance fee" nobody mentions when you sign up
}
-> DONE

// ─────────────────────────────────────────────
// Ending: the engine writes the variables and comes here.
=== ending ===
{
- deleted_criticism >= 2 || blocked_genuine > 0:
    -> viral_scandal
- blamed_colleague:
    -> scapegoat
- (heat >= 70 && sentiment <= -30) || (lied && heat >= 55 && sentiment < 0):
    -> viral_scandal
- sentiment >= 20 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && flareup_ok && (updates > 0 || not promised_change):
    -> trust_restored
- else:
    -> scar_remains
}

= trust_restored
# ending: trust_restored
Trust restored
Two days later, the most-shared Kinetia post is no longer the screenshot: it's Marta's thread saying they apologised and refunded her.
{escalated: {manager_spoke: Elena Soto, who put her own name to the apology, takes|Elena Soto takes} the case to the next management meeting: a second reviewer on the night shift, training for the whole team and a crisis plan that starts with "apologise first".|Your director hears about it at the end of the day and asks to be called from the first minute next time.}
{fan_thanked: Pili posts a photo with her trainer: "this is the Kinetia I know". It gets more likes than the screenshot did.|Luis updates his thread: "Kinetia refunded the people affected. I admit I didn't see that coming".}
-> END

= scapegoat
# ending: scapegoat
A scapegoat
{heat >= 70: The story goes viral with a new headline: "Kinetia throws its own employee under the bus".|The headline changes: "Kinetia throws its own employee under the bus".} Your words about the colleague now circulate next to the original screenshot.
Former employees pile in with their own stories, and inside the company nobody wants to be the next name on Chirp.
{escalated: Elena has to apologise twice: to Marta, and to her own staff.|Management finds out from the press, and the first question is who authorised naming a colleague in public.}
-> END

= scar_remains
# ending: scar_remains
A scar that remains
The crisis cools down, but the screenshot comes back every time someone searches for Kinetia.
{redress_given == 0: {marta_refunded: Marta was promised a refund that never arrived, and she tells everyone who asks.|Marta never got her money back, and she tells everyone who asks.}|{not flareup_ok: When the screenshot resurfaced, nobody was there to say what had changed.|{promised_change && updates == 0: You promised changes and never reported them: people still ask whether anything was done.|{competitor_attacked: MaxiGym answers your jab with a campaign: "Here, nobody insults you." It works.|The apology arrived, but something was missing: a clear statement, a real follow-up, a calmer tone.}}}}
{escalated: Elena asks you for a summary of the case to rework the crisis plan.|Management finds out about the crisis from a WhatsApp forwarded by a friend.}
-> END

= viral_scandal
# ending: viral_scandal
Viral scandal
\#KinetiaInsults is trending {networks > 1: on Chirp and Snapgram|on Chirp}. A consumer website publishes the screenshot next to the brand's later replies.
{deleted_criticism >= 2: The deleted posts circulate as screenshots under the headline "Kinetia insults its customers, then censors them".|{lied: What the brand said contradicts the screenshots everyone has seen, and that is what gets shared the most.|The silence of the first hours turned a bad reply into a story about how Kinetia treats people.}}
Hundreds of members ask how to cancel. {escalated: Elena calls an emergency meeting to rebuild the crisis plan from scratch.|Management finds out from the media and calls an emergency meeting.}
-> END
