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
* [Marta, we're so sorry. That reply was contemptuous and unacceptable, and it came from our account: there's no excuse. You were right to complain about the charges. We're writing to you privately right now to fix them today. # quality: apologises # quality: admits_error # quality: empathises # quality: acknowledges # quality: offers_private # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Ok. I didn't expect such a quick apology. Checking my DMs.
    # author: tomas
    # after: 20
    # kind: praise
    Fast and without excuses. That's how you start fixing it.
    -> dm
* [Marta, we apologise. That message was written by Dani, a night-shift colleague, and it does not represent the brand. It has already been dealt with internally. # quality: apologises # quality: defensive]
    ~ blamed_colleague = true
    # author: luis
    # after: 20
    # kind: complaint
    Throwing your own employee under the bus, by name, in public 😬 What a way to fix it
    # author: marta
    # after: 20
    # kind: complaint
    I don't care who wrote it. It was written from YOUR account. And what about my charges?
    -> second_chance
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
* [You're right, Marta, and we're sorry: for the reply last night and for how we just answered you. It was our account and it's our responsibility, with no excuses. We're writing to you privately now to fix the charges today. # quality: apologises # quality: admits_error # quality: acknowledges # quality: offers_private # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Better. Late, but better. Checking my DMs.
    -> dm
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
* [Thank you, Marta, and again, we're sorry. We're refunding both charges (€79.80) today and confirming your cancellation in writing. What you were told has gone to our director, and it won't happen again. If you'd like, she'll call you herself. # channel: private # quality: apologises # quality: offers_redress # quality: next_step # quality: empathises # quality: human_tone # model: true]
    ~ marta_ok = true
    ~ marta_refunded = true
    # author: marta
    # channel: private
    # after: 25
    Thank you. That's what I needed to hear.
    -> friend
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
* [No, and thank you for telling us: it isn't just you. Cancellation emails were going to an inbox nobody checked. Lorena will get an email from us today: we're refunding everyone in that situation. # channel: private # quality: thanks # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ promised_change = true
    # author: marta
    # channel: private
    # after: 20
    Ok. I'll tell her. Thanks for being straight with me.
    # author: marta
    # after: 60
    # kind: praise
    {escalated: Update: Kinetia's director called me to apologise, they refunded me and they admitted I'm not the only one. The reply was awful, but this is how you fix it.|Update: @kinetia_gym apologised, refunded me and admitted I'm not the only one. The reply was awful, but this is how you fix it.}
    -> DONE
* [We can only discuss the account holder's membership. Your friend must contact us herself. # channel: private # quality: cites_policy]
    # author: marta
    # after: 30
    # kind: complaint
    They refunded me, fine. But when I asked if it's happening to more people, they hid behind "the account holder". Smells off. \#Kinetia
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
    They did refund me, that's true. But I asked a question and they went quiet again.
    -> DONE

// ─────────────────────────────────────────────
// Luis: collects brand fails, shares the screenshot to a big audience.
=== sharer ===
# author: luis
# id: sharer-open
# kind: complaint
# patience: 150
Brand fail of the week 🏆 @kinetia_gym telling a member who was charged AFTER cancelling to "put more effort into the treadmill". Who runs this account?? 📸 \#Kinetia
* [Luis, it's indefensible and we won't try to defend it. That reply came from our account and it was wrong. We've apologised to Marta and we're fixing her charges. It won't happen again. # quality: admits_error # quality: apologises # quality: acknowledges # quality: next_step # model: true]
    # author: luis
    # after: 30
    Ok, credit where it's due: no excuses. Let's see if they deliver.
    -> who
* [Thanks for your feedback, Luis. At Kinetia we take every comment into account to keep improving our service. # quality: canned]
    # author: luis
    # after: 20
    # kind: complaint
    "We take every comment into account" 😂 The bot is working. The CM, not so much.
    -> DONE
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
* [You're right, Luis. That joke was out of place, today of all days, and we apologise. The reply to Marta was wrong, we're fixing her case, and it won't happen again. # quality: apologises # quality: admits_error # quality: next_step # model: true]
    # author: luis
    # after: 30
    Better. I'm adding this to the thread too, the good along with the bad.
    -> who
* [Come on, it was just a bit of humour to lighten the mood 😅 # quality: defensive # quality: dismisses]
    # author: luis
    # after: 20
    # kind: complaint
    Lighten the mood for whom? The woman you insulted? 🙃
    -> DONE
* [We're sorry if anyone was offended by our comment. # quality: canned # quality: dismisses]
    # author: luis
    # after: 20
    # kind: complaint
    "If anyone was offended". The classic non-apology 🏆
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
* [The responsibility is Kinetia's, not one person's: it was our account and our way of working. We won't point at anyone in public. What we are doing: no reply goes out on the night shift without a second person reviewing it, and the whole team is being trained on how we speak to people. # quality: admits_error # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ promised_change = true
    # author: luis
    # after: 30
    # kind: praise
    Fair. Not throwing someone to the lions and changing the process. Noted 👏
    -> DONE
* [It was Dani R., from the night shift. He no longer runs our account. # quality: defensive]
    ~ blamed_colleague = true
    # author: luis
    # after: 20
    # kind: complaint
    Wow, they gave his name. Does that fix the member's charges?
    # author: tomas
    # after: 20
    # kind: complaint
    Scapegoat found. Customer still not refunded.
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
* [Inés, no, and you have every right to ask. That reply was wrong and it's not how we want to treat anyone. We're sorry you had to read it. We're fixing Marta's case and changing how we answer so it won't happen again. # quality: apologises # quality: empathises # quality: acknowledges # quality: next_step # quality: human_tone # model: true]
    # author: ines
    # after: 30
    # kind: praise
    Thanks for answering like a person. I'm staying, but I'll be watching 👀
    -> DONE
* [Inés, thank you for your loyalty! That message was an isolated incident that has been taken out of context. # quality: thanks # quality: deceives # quality: defensive]
    ~ lied = true
    # author: ines
    # after: 20
    # kind: complaint
    Out of context? I read it three times. There's no context that makes it ok.
    -> DONE
* [Inés, your membership conditions remain unchanged and all our services are available as usual. # quality: canned # quality: dismisses]
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
* [That reply was wrong and we've said so. If you're a member and have a problem with a charge, write to us privately and we'll look at it today. # quality: calm_boundary # quality: admits_error # quality: offers_private # model: true]
    # author: memesdegym
    # after: 20
    # kind: troll
    Boring answer 🥱 next
    -> DONE
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
    # author: tomas
    # after: 25
    # kind: praise
    Good. Defend the customer, not the ego.
    # author: rober
    # after: 30
    Ok, ok... I went too far. Sorry, Marta.
    -> DONE
* [Thanks for the support, Rober 💪 It's true that it's always best to read the contract. # quality: thanks # quality: blames_customer # quality: belittles]
    # author: marta
    # after: 20
    # kind: complaint
    Now their own trainer insults me and the brand THANKS him. Incredible.
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
    Thanks for taking down the insult against Marta. That was the one comment that had to go.
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
* [Thank you, Pili, it means a lot, especially today. You're right: that reply was really ugly and we're making it right with Marta. Your trainers will love reading this 💚 We're sending you a little thank-you by DM. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
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
* [Álex, fair question after what you've seen. You can cancel by email or at reception, and we'll confirm it in writing within 24 hours; the charges stop from the next month. If anything goes wrong, write to us and we'll fix it. And if you want to tell us why you're leaving, we're listening. # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    # author: alex
    # after: 30
    # kind: praise
    Clear and without drama. Thanks. I might even stay 😅
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
* [No insults guaranteed 😇 The charges, we'll see 😂 # quality: sarcastic]
    # author: alex
    # after: 20
    # kind: complaint
    ...was that a joke? Today?
    # author: luis
    # after: 20
    # kind: complaint
    They haven't learned a thing, have they 📸
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
* [Sergio, thank you for telling us, and we're sorry it was like that. We're reviewing that very inbox today, because Marta's charges came from there. If you want to tell us more, our director would like to listen: we've written to you privately. # quality: thanks # quality: admits_error # quality: acknowledges # quality: next_step # quality: offers_private # model: true]
    ~ promised_change = true
    # author: sergio
    # after: 35
    I didn't expect that. Fine, I'll talk. It's not about revenge, it's about the people still being charged.
    # author: luis
    # after: 25
    So it's not a one-off. And they admit it. Adding it to the thread 👀
    -> DONE
* [Former employees are not a reliable source about our internal procedures. # quality: defensive # quality: belittles]
    # author: sergio
    # after: 20
    # kind: complaint
    Not reliable. I have the emails. Want me to post them? 📧
    # author: tomas
    # after: 20
    # kind: complaint
    Attacking a former employee in public. What could go wrong.
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
* [Carla, you're right to ask, and your community deserves a straight answer. The reply was ours and it was wrong; we've apologised to Marta and we're refunding her. We're reviewing every cancellation charged since January to refund anyone in the same situation, and changing how we answer. We'll report every step here. # quality: admits_error # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # model: true]
    ~ promised_change = true
    # author: carla
    # after: 40
    That's an answer. I'll tell my community, and I'll check back in a week.
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
Just found this screenshot from @kinetia_gym 😳 "put more effort into the treadmill"?? Is it real? Did they ever do anything about it?
* [Nerea, yes, it's real: that reply came from our account and it was wrong. Since then we've apologised to Marta and refunded her, we're refunding everyone charged after cancelling, cancellations are confirmed in writing within 24 hours, and nobody answers alone on the night shift anymore. We're leaving the reply up, with our apology underneath, so nobody thinks we're hiding it. # quality: admits_error # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
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
    Ok, that's more than most brands do 👍
    -> DONE
* [That's an old screenshot. The matter is closed. 👍 # quality: dismisses]
    # author: nerea
    # after: 20
    # kind: complaint
    Old? It's from yesterday 😅
    # author: marta
    # after: 25
    # kind: complaint
    Closed for you. For me it's still open.
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
* [About the reply our account sent Marta last night: it was contemptuous and wrong, and there is no excuse for it. We have apologised to her and we're refunding her charges. We've also found that cancellation emails were being lost, so we're reviewing every case since January to refund anyone charged after cancelling. From today, no reply goes out without a second pair of eyes, and we'll report every step here. We're sorry. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # quality: human_tone # model: true]
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
    # kind: praise
    Good. Now let's see the refunds.
    -> DONE
* [At Kinetia, respect for our members is one of our core values. We regret any inconvenience this situation may have caused and are taking the appropriate internal measures. # quality: canned]
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
* [Update: we've found why members were charged after cancelling: cancellation emails went to an inbox nobody checked. We're going through it now, case by case, and writing to everyone affected. We'll tell you here how many there are and when the refunds go out. # quality: explains # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    # author: ines
    # after: 30
    # kind: praise
    They're actually reporting back. That's new 👀
    # author: luis
    # after: 25
    Follow-up post included. Updating the thread.
    -> DONE
* {updates > 0} [Update: we've gone through the whole cancellation inbox. 212 members were charged after cancelling, and all of them are getting their money back this week without having to ask. Cancellations are now confirmed in writing within 24 hours, and nobody answers alone on the night shift anymore. Thank you for holding us to it. # quality: explains # quality: offers_redress # quality: next_step # quality: acknowledges # quality: thanks # model: true]
    # author: ines
    # after: 30
    # kind: praise
    They did what they said. I'm staying 💚
    # author: luis
    # after: 25
    # kind: praise
    Closing my thread: Kinetia, from fail of the week to a lesson in how to apologise 📈
    -> DONE
* [We keep working to give you the best experience 💪 Thank you for your trust! # quality: canned]
    # author: marta
    # after: 25
    # kind: complaint
    Working on what, exactly? Are people still being charged after cancelling or not?
    -> DONE
* [Update: the employee responsible is no longer with the company. We consider the matter closed. # quality: defensive # quality: dismisses]
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
{fan_thanked: Pili posts a photo with her trainer: "this is the Kinetia I know". It gets more likes than the screenshot did.|Luis closes his thread: "from fail of the week to a lesson in how to apologise".}
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
