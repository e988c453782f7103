// Cortafuegos · scenario "first-shift" (English)
// Onboarding. Saturday morning, first shift as community manager of Horno Corteza,
// a family bakery with three neighbourhood shops. The cardamom buns are back, the
// fans are happy, a mother says her allergic son reacted to a bun, and last night's
// web-shop hiccup lost a few pre-orders.
// A coach whispers a tip the first time each principle matters (lines tagged `coach:`).
// Replies with facts (what the filling held, what failed on the web shop and when) are offered
// only once the player has analysed or brought in Inés: before that, the model reply is an
// honest holding reply.

VAR heat = 0
VAR sentiment = 0
VAR deleted_criticism = 0
VAR blocked_genuine = 0
VAR trolls_fed = 0
// Ink does not allow a VAR and a knot with the same name: the statement counter is
// `statements` (like `updates`), and the statement knot is `statement`.
VAR statements = 0
VAR redress_given = 0
VAR escalated = false
VAR analysed = false
VAR updates = 0
VAR networks = 1
VAR unanswered = 0
VAR minute = 0

VAR fan_thanked = false
VAR marta_heard = false
VAR marta_snubbed = false
VAR cake_fixed = false
VAR jaime_ok = false
VAR jaime_dropped = false
VAR followed_up = false
VAR followup_missed = false
VAR promised_update = false
VAR lied = false
VAR competitor_attacked = false
// Dani finally knows what the filling held and what the bakery is changing.
VAR allergy_ok = false
// Near-miss replies published: an unconfirmed promise, blame passed on, private data in public…
VAR slips = 0

// The coach speaks about each principle only once: these remember what it already said.
VAR told_empathy = false
VAR told_transparency = false
VAR told_no_deletion = false
VAR told_follow_up = false
VAR told_timeliness = false
VAR told_troll = false
VAR told_private = false
VAR told_positive = false
VAR told_humility = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Thread: Rosa and the first bun of the season] -> regular
+ [Thread: Dani and her son's allergic reaction] -> allergy
+ [Thread: Marta and the lost birthday cake] -> cake
+ [Thread: Rubén and the price of the buns] -> troll
+ [Thread: an insult aimed at Marta] -> abuse
+ [Thread: Jaime and the "pending" brunch] -> jaime
+ [Thread: Lola, the food blogger] -> foodie
+ [Thread: Marta comes back] -> followup
+ [Statement] -> statement
+ [Update] -> update
+ [Ending] -> ending

=== briefing ===
It's Saturday morning and this is your first shift as community manager of Horno Corteza, a family bakery with three neighbourhood shops.
The cardamom buns are back for the season, and the Snapgram post announcing them is filling up with comments.
Last night the web shop had a hiccup: the team is still checking whether any pre-orders were affected.
Inés, who runs the shops, is on the phone if you need her: she can ask the bakehouse and the web shop what you don't know. There is a small budget for gestures: a coffee, a box of pastries, a refund.
A coach will whisper a tip the first time each principle comes up. Breathe: it's a calm day.
-> DONE

// ─────────────────────────────────────────────
// Rosa: a regular customer's compliment. Thank her and reward her, in public.
=== regular ===
# author: rosa
# id: regular-open
# kind: praise
# patience: 150
Saturday ritual: coffee and the first cardamom bun of the season at Corteza Olmo ☕🥐 THEY'RE BACK and they're perfect. You lot are the best, @hornocorteza 🧡 \#BunSaturday
* [Rosa, you've made our morning! 🧡 Thanks for coming every Saturday. And good news for you: this year the cardamom buns are staying on the menu all year round, in all three shops. Your next coffee at Olmo is on us: just say hi at the counter. # quality: thanks # quality: rewards # quality: human_tone # quality: over_promises]
    ~ fan_thanked = true
    ~ told_positive = true
    ~ slips += 1
    # coach: acknowledge_positive
    Well thanked and well rewarded. But nobody has decided the buns stay all year: a lovely promise you don't know you can keep ends up as a complaint.
    # author: rosa
    # after: 25
    # kind: praise
    ALL YEAR?? 😍 Telling my sister right now
    # author: carmen
    # after: 30
    # kind: question
    Are you sure? At Plaza they told me this morning only until February 🤔
    -> DONE
* [Hi Rosa! Thank you so much for the photo 🧡 Your next coffee at Olmo is on us: just show this message at the counter. # channel: private # quality: thanks # quality: rewards # quality: human_tone]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    A lovely gesture. Next time thank her in public too: other followers can't see a private message, they only see a compliment left unanswered.
    # author: rosa
    # channel: private
    # after: 25
    Aw, thank you! What a nice surprise 😊
    -> DONE
* [Rosa, you've made our morning! 🧡 Thanks for coming in every Saturday. Your next coffee at Olmo is on us: just say hi at the counter, they know. Enjoy the bun! # quality: thanks # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    Nicely done: a kind comment answered, thanked and rewarded, in public where everyone sees it. Loyal customers are the ones who stand up for you on a bad day.
    # author: rosa
    # after: 25
    # kind: praise
    Nooo, you didn't have to! 😍 See you tomorrow then ☕
    # author: carmen
    # after: 30
    # kind: praise
    Corteza answering like one of the neighbours, as always. Now I want a bun 🤤
    -> DONE
* [Thank you for your comment. Discover our full range of products at hornocorteza.com # quality: canned]
    ~ told_positive = true
    # coach: acknowledge_positive
    That sounds like a robot. A compliment deserves a human thank-you, with her name and, if you can, a small treat.
    # author: rosa
    # after: 25
    Oh... ok, bot 😅
    -> DONE
* [# on: ignored]
    ~ told_positive = true
    # coach: acknowledge_positive
    Rosa's compliment went unanswered. Positive comments need replies too: thank them, and reward them when you can. Silence tells your fans they don't matter.
    # author: rosa
    # after: 10
    Not even a little heart? 🥲 Oh well, still love the buns.
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        You deleted a compliment! Never delete what people say about you unless it insults someone: deleting only makes them louder.
        ~ told_no_deletion = true
    }
    # author: rosa
    # after: 10
    # kind: complaint
    Did @hornocorteza just delete my comment?? I was PRAISING them 😂😳
    -> DONE
// Reached only by a written reply read as a warm public thank-you with no treat in it.
* [Thanks so much, Rosa! 🧡 See you next Saturday. # written: only # quality: thanks # quality: human_tone]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    A warm thank-you, in public, with her name. If you can, add a small treat next time: loyal customers remember it, and tell others.
    # author: rosa
    # after: 25
    # kind: praise
    Aww, thank you! 🧡 See you next Saturday, then ☕
    -> DONE

// ─────────────────────────────────────────────
// Dani: her son, allergic to hazelnut, reacted to a bun. The serious thread of the day: don't
// play it down, don't say everything is safe, don't blame the supplier, don't give a cause the
// bakehouse hasn't checked. The facts only once Inés or the analysis confirm them.
=== allergy ===
# author: dani
# id: allergy-open
# kind: complaint
# patience: 100
@hornocorteza yesterday I bought cardamom buns at Plaza del Mercado. The sign said nothing about nuts and my son, who's allergic to hazelnut, ate half of one: swollen lips and hives. He's fine now, with an antihistamine, but do they contain hazelnut or not? I don't want this happening to another kid.
~ told_timeliness = true
# coach: timeliness
A mother reports an allergic reaction. Answer within minutes, and carefully: whatever you say about an allergen has to be true, so ask first about what you don't know.
- (asked_allergy)
* {not (analysed || escalated)} [# on: confirmed] -> asked_allergy
* {not (analysed || escalated)} [Dani, we're so sorry, and we're glad your son is fine now. Don't worry: the cardamom bun recipe is the same as always and our products are safe, they contain no nuts. It was probably something else he ate, but if you like we can talk it over in private. A hug to your little one! # quality: apologises # quality: empathises # quality: offers_private # quality: premature_all_clear # quality: minimises # quality: defensive]
    ~ lied = true
    ~ told_transparency = true
    # coach: transparency
    Warm, but you say "safe" without checking with the bakehouse, and you imply it was something else. With an allergen, never state what you haven't confirmed.
    # author: irene
    # after: 20
    # kind: complaint
    You don't mess about with allergies, @hornocorteza 😬
    # author: dani
    # id: allergy-check
    # after: 15
    # kind: question
    # patience: 90
    Something else? That's all he ate. And the sign they've just put up at Plaza says "contains hazelnut"... which is it? 😟
    -> check
* {analysed || escalated} [Dani, we've checked with the bakehouse and we apologise: this year the filling has hazelnut praline and the sign at Plaza wasn't changed. That's our mistake. From today the signs in every shop say so and the buns sit on a separate tray. We're messaging you privately. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ allergy_ok = true
    ~ told_transparency = true
    # coach: transparency
    That's transparency: what happened, that it was your fault and what changes, once you'd checked. An awkward truth told in time is worth more than "everything's fine".
    # author: dani
    # after: 30
    Thanks for saying it straight. I feel better knowing it'll be on the sign.
    # author: irene
    # after: 25
    My niece is allergic too. Good to know, thank you.
    -> DONE
* [What a horrible moment, Dani, we're sorry. Luckily it was just a scare and some hives, nothing serious. We'll look into it with the team anyway and let you know. Give him a hug from us! # quality: empathises # quality: promises_update # quality: human_tone # quality: minimises]
    ~ slips += 1
    {not told_humility:
        # coach: humility
        "Nothing serious" is for the person who lived it to say, not the bakery. Playing down an allergic reaction sounds as if you care more about your image than about the child.
        ~ told_humility = true
    }
    # author: irene
    # after: 20
    # kind: complaint
    "Nothing serious"? With an allergy, next time it might not stop at hives 😬
    # author: dani
    # id: allergy-check
    # after: 40
    # kind: question
    # patience: 90
    Still waiting. Does it contain hazelnut or not? It's a yes-or-no question.
    -> check
* {not (analysed || escalated)} [Dani, we're so sorry, what a scare, and we're glad he's fine now. We don't want to answer you from memory: we're checking with the bakehouse right now, ingredient by ingredient, and we'll tell you here as soon as we know. Until then, best that he doesn't eat these buns. # quality: apologises # quality: empathises # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ told_transparency = true
    # coach: transparency
    Good: you don't know the answer and you don't make one up. Say what you're doing and when you'll be back. Now find out: Inés can ask the bakehouse.
    # author: dani
    # after: 30
    OK. Thanks for not fobbing me off. I'll wait.
    # author: dani
    # id: allergy-check
    # after: 50
    # kind: question
    # patience: 90
    Do you know yet? Another mum from school is asking me the same thing.
    -> check
* {analysed || escalated} [Dani, we're so sorry, what a scare. We've looked into it: the hazelnut praline is from a new supplier and their allergen sheet wasn't clear, so the sign at Plaza wasn't changed. We've asked them for an explanation and taken the buns off the counter. We're messaging you privately. # quality: apologises # quality: empathises # quality: explains # quality: offers_private # quality: blames_third_party]
    ~ slips += 1
    ~ told_transparency = true
    # coach: transparency
    You told her what happened, but you passed the blame to the supplier. The sign is yours and Dani bought in your shop: own the mistake and say what you are changing.
    # author: dani
    # after: 25
    # kind: complaint
    So it's the supplier's fault? The sign is yours. I bought the bun from Horno Corteza, not from them.
    -> DONE
* {not (analysed || escalated)} [Dani, we're so sorry. We know what happened: a tray of hazelnut pastries got mixed up with the buns on the counter at Plaza. It won't happen again, we promise you. We're glad your son is fine now. # quality: apologises # quality: empathises # quality: over_promises]
    ~ slips += 1
    ~ told_transparency = true
    # coach: transparency
    It sounds decisive, but nobody at the bakehouse has told you what happened. A made-up cause and an unchecked "it won't happen again" are a promise you can't keep.
    # author: dani
    # id: allergy-check
    # after: 30
    # kind: question
    # patience: 90
    Are you sure that's it? At Olmo they're telling me the filling is new this year...
    -> check
* [Allergen information is available on our website and in store. # quality: canned # quality: dismisses]
    {not told_humility:
        # coach: humility
        That sounds like a notice taped to a door. Her son has had a reaction: answer what she asks, the way you would at the counter.
        ~ told_humility = true
    }
    # author: dani
    # after: 20
    # kind: complaint
    My son ended up on antihistamines and you send me to the website. The website didn't say anything either 😩
    -> DONE
* [# on: ignored]
    # coach: timeliness
    Dani reported an allergic reaction and nobody answered. When health is involved, silence reads as "we don't care".
    # author: dani
    # after: 5
    # kind: complaint
    No answer. I'm warning the school group: careful with Corteza's cardamom buns if your kid has allergies.
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        You deleted a warning about an allergy. Never delete criticism or questions: the only thing you may remove is a comment that insults a customer or a group.
        ~ told_no_deletion = true
    }
    # author: dani
    # after: 10
    # kind: complaint
    You DELETED my post about my son's allergy?! Seriously, @hornocorteza?
    -> DONE

= check
- (asked_check)
* {not (analysed || escalated)} [# on: confirmed] -> asked_check
* [We're so sorry, Dani, what a scare. From what Plaza tells us, the filling comes ready-made from a new supplier who didn't tell us about the recipe change, and we've already complained to them. In the meantime, best your son doesn't try these buns; we're messaging you privately. # quality: apologises # quality: next_step # quality: blames_third_party]
    ~ slips += 1
    # author: dani
    # after: 25
    # kind: complaint
    I don't care whose filling it is: the bun was yours and so was the sign.
    -> DONE
* {analysed || escalated} [You're right to ask, Dani, and we're sorry. We've checked: this year the filling contains hazelnut praline and the sign at Plaza wasn't changed. That's our mistake. From today the signs in all three shops say so and the buns sit on a separate tray. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # model: true]
    ~ lied = false
    ~ allergy_ok = true
    # author: dani
    # after: 25
    OK. Thanks for saying it straight, though it could have been much worse.
    # author: irene
    # after: 30
    Good that it'll be on the sign. My niece is allergic too.
    -> DONE
* {not (analysed || escalated)} [Not yet, Dani, and we'd rather tell you that than give you half an answer. Inés, who runs the shops, is going through the filling's spec sheet with the bakehouse. As soon as she has it we'll tell you here; meanwhile, Plaza has stopped offering them to anyone with an allergy. # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    # author: dani
    # after: 25
    OK. I'll wait, but don't take long.
    -> DONE
* [We're very sorry if our earlier reply confused you, Dani, that really wasn't our intention. We're looking at the new sign with the bakehouse right now; it's probably just a labelling change, nothing important, but we'll confirm it today. Thanks so much for letting us know! # quality: thanks # quality: promises_update # quality: non_apology # quality: minimises]
    ~ slips += 1
    # author: dani
    # after: 20
    # kind: complaint
    "Nothing important". My son with swollen lips, nothing important 😶
    -> DONE
* [# on: ignored]
    # author: dani
    # after: 5
    # kind: complaint
    No answer. I'm telling the school group, just in case.
    -> DONE

// ─────────────────────────────────────────────
// Marta: the first complaint. Listen, apologise in public, solve it in private.
// Her order, its amount and her address don't go in public; a free cake "for everyone" doesn't either.
=== cake ===
# author: marta
# id: cake-open
# kind: complaint
# patience: 100
Last night I pre-ordered my son's birthday cake on @hornocorteza's website. Went to pick it up at Olmo at 10 and they have NO record of it. The party is at 1 and I have a 7-year-old asking where his cake is 😡😭
* [Marta, we're so sorry, and with the party only hours away. We can see it: order CZ-2231 for €38.50, chocolate cake "Happy birthday Lucas", in the name of Marta Ruiz, 14 Calle del Olmo. We're baking it now and will bring it to your door before 1. # quality: apologises # quality: empathises # quality: next_step # quality: exposes_private_data]
    ~ marta_heard = true
    ~ slips += 1
    ~ told_private = true
    # coach: private_channel
    Fast and kind, but you've just published her address, what she paid and her order. Acknowledge in public; the details always go private.
    # author: marta
    # after: 25
    Thank you... but did you have to put my address and what I paid here, for everyone to see? 😳
    -> dm
* [Marta, we're so sorry. What a moment, with the party in a few hours. The mistake is ours, not yours. We're messaging you privately right now so your son's cake is ready in time. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: next_step # quality: human_tone # model: true]
    ~ marta_heard = true
    ~ told_empathy = true
    # coach: empathy
    That's it: understand how she feels first, then apologise and offer a way out. An upset person needs to feel heard before anything else.
    # author: marta
    # after: 30
    OK. Checking my messages. Please tell me there's a fix 🙏
    -> dm
* [Hi Marta, could you DM us your order number? # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Taking her case private is right, but acknowledge it in public first: everyone reading her post only sees your silence.
        ~ told_private = true
    }
    # author: marta
    # after: 30
    They ask for my order number in private, but out here not even a "sorry" 🙄 Anyway, here it is.
    -> dm
* [Marta, we're truly sorry, and you're not the only one: the website gave us trouble last night. So, for you and for anyone who had a problem with an order, there's a free cake waiting today in any of our shops, no questions asked. Come and get it! # quality: apologises # quality: admits_error # quality: offers_redress # quality: unverified_compensation]
    ~ marta_heard = true
    ~ slips += 1
    # coach: redress
    Making amends is right, but a free cake for anyone who says "I had a problem", in public and with nothing checked, invites anyone to claim one. Compensate case by case, in private.
    # author: andres
    # after: 20
    Free cake, no questions asked? Well, I had "a problem" too 😏
    # author: marta
    # after: 20
    # kind: complaint
    I don't want any old cake, I want Lucas's. Are you messaging me or not?
    -> dm
* [We apologise for any inconvenience caused. For order issues, please email orders@hornocorteza.com # quality: canned # quality: dismisses]
    ~ told_empathy = true
    # coach: empathy
    She has a party in three hours and you gave her an email address. A copy-paste apology isn't listening: use her name, put yourself in her place, and help.
    # author: andres
    # after: 20
    # kind: complaint
    Oof. That's not how you answer someone with a kid's birthday in a few hours.
    # author: marta
    # after: 15
    # kind: complaint
    # patience: 90
    An EMAIL?? The party is at 1! Unbelievable, @hornocorteza 😤
    -> late
* [Our system shows no order under your name. Are you sure you completed the payment? # quality: defensive # quality: blames_customer]
    {not told_humility:
        # coach: humility
        Doubting her in public sounds defensive, and she has the payment email. Don't justify yourself: first ask whether the critic is right and what you can do.
        ~ told_humility = true
    }
    # author: marta
    # after: 20
    # kind: complaint
    # patience: 90
    Yes, I'm sure: I have the confirmation email AND the charge on my card 📸 So now it's my fault?
    -> late
* [# on: ignored]
    {not told_empathy:
        # coach: empathy
        Marta is upset and has been waiting a while. An upset person needs to feel heard first: answer her, even just to say you're on it.
        ~ told_empathy = true
    }
    # author: marta
    # after: 5
    # kind: complaint
    # patience: 90
    Still nothing from @hornocorteza. Forty minutes wasted, party at 1, no cake. Thanks a lot.
    -> late
* [# on: deleted]
    ~ marta_snubbed = true
    {not told_no_deletion:
        # coach: no_deletion
        Deleting a complaint never makes it go away: it comes back louder, with screenshots. Never delete criticism; answer it.
        ~ told_no_deletion = true
    }
    # author: andres
    # after: 20
    Deleting a mum's complaint about her kid's birthday cake... not a good look.
    # author: marta
    # after: 10
    # kind: complaint
    # patience: 90
    They DELETED my complaint?? Posting it again, with the payment screenshot 📸 \#HornoCorteza
    -> late

= late
* [Marta, we're very sorry you feel that way about our reply, it really wasn't our intention. We're looking into your case with the Olmo team and will message you privately as soon as we know anything about your son's cake. # quality: offers_private # quality: promises_update # quality: non_apology]
    ~ marta_heard = true
    ~ marta_snubbed = false
    ~ slips += 1
    # author: marta
    # after: 30
    # kind: complaint
    "Feel that way"? I feel cakeless. Fine, I'll check my messages.
    -> dm
* [Marta, you're right and we're sorry, for the order and for how we answered you. We're messaging you privately right now: we'll get your son's cake sorted in time. # quality: apologises # quality: admits_error # quality: empathises # quality: offers_private # model: true]
    ~ marta_heard = true
    ~ marta_snubbed = false
    # author: marta
    # after: 30
    Fine. Checking my messages.
    -> dm
* [We're sorry, Marta. The website did fail, although if you'd phoned the shop when you ordered we'd have caught it in time. We're messaging you privately and we'll fix it. # quality: apologises # quality: offers_private # quality: apology_then_blame]
    ~ marta_heard = true
    ~ slips += 1
    # author: marta
    # after: 25
    # kind: complaint
    So now I have to phone to confirm something I've already paid for? Anyway, checking my messages.
    -> dm
* [We have forwarded your case to the relevant department. # quality: canned]
    ~ marta_snubbed = true
    # author: marta
    # after: 20
    # kind: complaint
    "The relevant department." OK. Supermarket cake it is 😞
    -> DONE
* [Web orders must be confirmed by the shop before collection, as per our terms. # quality: cites_policy # quality: defensive]
    ~ marta_snubbed = true
    # author: marta
    # after: 20
    # kind: complaint
    Nobody confirmed anything because your website lost it. We're not coming back.
    -> DONE
* [# on: ignored]
    ~ marta_snubbed = true
    # author: andres
    # after: 10
    # kind: complaint
    All morning and @hornocorteza still hasn't answered her. Wow.
    -> DONE
* [# on: deleted]
    ~ marta_snubbed = true
    # author: marta
    # after: 10
    # kind: complaint
    Deleted again. The screenshots are already going round.
    -> DONE

= dm
# author: marta
# id: cake-dm
# channel: private
# kind: question
# patience: 90
# after: 40
Order CZ-2231, chocolate cake, "Happy birthday Lucas" 🎂 The party is at 1. Can you do anything or do I run to the supermarket?
* [Thanks, Marta. Olmo is baking it right now: it'll be at your door at 12:15, free of charge, and we're refunding the order. And don't worry: we've checked the website and every order from last night is recovered, it won't happen to anyone again 🎈 # channel: private # quality: offers_redress # quality: next_step # quality: human_tone # quality: premature_all_clear # quality: over_promises]
    ~ cake_fixed = true
    ~ slips += 1
    ~ told_private = true
    # coach: private_channel
    The cake, sorted in private. But nobody knows yet that "every order is recovered and it won't happen again": what you haven't checked, don't promise.
    # author: marta
    # channel: private
    # after: 20
    Seriously?? Thank you, you saved the party 😭🙏
    -> praise
* [We're so sorry, Marta. We'll bake it now and bring it to your door at 12:15, free of charge, with a box of buns as a gift. Just one thing for next time: better to order cakes by phone, as the website isn't really made for personalised orders and they sometimes get lost. # channel: private # quality: apologises # quality: offers_redress # quality: next_step # quality: apology_then_blame]
    ~ cake_fixed = true
    ~ slips += 1
    {not told_private:
        # coach: private_channel
        The cake arrives, but the closing advice hands the problem back to her. An apology with a "just one thing" after it is no longer an apology.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    OK, thanks for the cake. Maybe don't put "the website isn't made for orders" on the website 🙄
    -> DONE
* [Thanks, Marta. Olmo is baking it right now: it'll be at your door at 12:15, free of charge, and we're refunding the order in full. And there's a box of cardamom buns for the grown-ups, on us 🎈 # channel: private # quality: offers_redress # quality: next_step # quality: empathises # quality: human_tone # model: true]
    ~ cake_fixed = true
    {not told_private:
        # coach: private_channel
        Perfect: acknowledged in public, solved in private, with warmth. Her order number and address have no place on a public wall.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    Seriously?? Thank you, you saved the party 😭🙏
    -> praise
* [We can only make cakes with 24 hours' notice, as per our terms. We will refund you within 5-7 working days. # channel: private # quality: cites_policy # quality: canned]
    {not told_private:
        # coach: private_channel
        Going private was right, but the private reply has to solve things too. Quoting terms to a mum with a party in three hours turns it back into a public complaint.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    24 hours' notice? YOU lost the order! 😤
    # author: marta
    # after: 40
    # kind: complaint
    In private they tell me they need "24 hours' notice" to make a cake THEY lost. Great service, @hornocorteza
    -> DONE
* [Don't worry, kids don't mind which cake it is 😊 Any one from the counter will do! # channel: private # quality: belittles # quality: dismisses]
    {not told_humility:
        # coach: humility
        Never play down what matters to a customer. It's her son's birthday and his cake with his name on it: take it as seriously as she does.
        ~ told_humility = true
    }
    # author: marta
    # channel: private
    # after: 20
    He asked for THAT cake, with his name. It's his birthday.
    -> DONE
* [# on: ignored]
    {not told_private:
        # coach: private_channel
        You promised a private message and then went silent. A promised message is a message owed: once a case goes private, answer it there, politely and fast.
        ~ told_private = true
    }
    # author: marta
    # after: 5
    # kind: complaint
    They said they'd message me privately, I sent the order number and now... nothing. Supermarket cake it is 😞
    -> DONE

= praise
# author: marta
# id: cake-thanks
# kind: praise
# patience: 120
# after: 60
Update: @hornocorteza lost my order but sorted it in 20 minutes and they're bringing the cake to my door 🎂 That's how it's done 👏
-> thanks

= thanks
* [Thank you, Marta, and happy birthday to Lucas! 🎂 The driver is already on the way to 14 Calle del Olmo with his chocolate cake, and the €38.50 for the order will be back on your card in three days. Make a big wish! # quality: thanks # quality: human_tone # quality: exposes_private_data]
    ~ slips += 1
    # author: marta
    # after: 20
    Haha, thanks... though my address didn't need to go up here 😅
    -> DONE
* [Thanks for your patience, Marta, and happy birthday to Lucas! 🎂🎈 Sorry again for the scare. # quality: thanks # quality: apologises # quality: human_tone # model: true]
    # coach: redress
    See what fair amends did: the refund and a small gift turned a complaint into a recommendation. That's what the goodwill budget is for.
    # author: marta
    # after: 20
    # kind: praise
    Thank YOU! I'll post a photo of the cake later 📸
    # author: andres
    # after: 30
    Still don't know if mine from last night is there, but fair enough, they sorted hers quickly.
    -> DONE
* [Thanks, Marta, and happy birthday to Lucas! 🎂 And for everyone reading: the website issue is completely fixed, so you can order for tomorrow with peace of mind. # quality: thanks # quality: human_tone # quality: premature_all_clear]
    ~ slips += 1
    # author: andres
    # after: 25
    # kind: question
    Completely? My order from last night still hasn't turned up 🤔
    -> DONE
* [We're glad we could help. Horno Corteza: baked with love since 1987. # quality: canned]
    # author: marta
    # after: 20
    OK, bot 😅 Thanks anyway.
    -> DONE
* [See? Sorted in 20 minutes, no need for all that drama 😉 # quality: belittles # quality: sarcastic]
    {not told_humility:
        # coach: humility
        Never throw a complaint back at a customer, even after you've fixed it. Humility: she had every reason to be upset.
        ~ told_humility = true
    }
    # author: marta
    # after: 20
    # kind: complaint
    Drama? You LOST my son's cake 😑
    # author: andres
    # after: 25
    # kind: complaint
    Ruined it in one line 🤦
    -> DONE
* [# on: ignored]
    -> DONE

// ─────────────────────────────────────────────
// Rubén: a troll. He talks about prices but asks nothing: he wants a fight or a prize.
// Don't feed him, not even kindly: one calm line or nothing.
=== troll ===
# author: migas
# id: troll-open
# kind: troll
# patience: 120
€3.20 for a bun 🤡 Yesterday's bread at caviar prices. Bet you close before Christmas lol \#overrated
* [Hi Rubén! We understand the price might seem high, and we'd love you to try one yourself: drop into any of our shops today and the bun and coffee are on us. Every one of them has 24 hours of fermentation behind it 🙂 # quality: human_tone # quality: rewards # quality: feeds_troll # quality: unverified_compensation]
    ~ slips += 1
    {not told_troll:
        # coach: troll_discernment
        Very kind, but he didn't ask anything: he's mocking you and betting you'll close. Rewarding him in public teaches him, and everyone watching, that mockery pays.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    Hahaha they're treating me for complaining 🤑 You heard it: slag off Corteza, get a free bun
    -> DONE
* [Funny, yesterday's bread is still fresher than your jokes 🔥😎 # quality: sarcastic # quality: feeds_troll]
    {not told_troll:
        # coach: troll_discernment
        That's exactly what a troll wants: a witty comeback to share. Don't feed it: one calm line, or no reply at all.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    OOOH the bakery bites 😂 Everyone come and look
    # author: andres
    # after: 25
    Honestly, not a great look for a neighbourhood bakery 😬
    -> DONE
* [We always love talking about bread, respectfully 🙂 Have a good Saturday. # quality: calm_boundary # quality: human_tone # model: true]
    {not told_troll:
        # coach: troll_discernment
        Good: one calm line and no arguing. Someone who mocks you and bets you'll close isn't after an answer, they're after an audience. Often the best reply is none.
        ~ told_troll = true
    }
    # author: migas
    # after: 20
    # kind: troll
    "Respectfully" 🤡 so boring
    -> DONE
* [Our prices reflect organic stone-ground flour, 24-hour fermentation and fair wages for our bakers, who start work at 4 in the morning. You can check all our suppliers on our website, where we explain every step in detail. # quality: defensive # quality: feeds_troll]
    {not told_troll:
        # coach: troll_discernment
        He isn't asking about your flour: he wants a reaction. Long justifications feed trolls and sound defensive. Let it go, or answer with one calm line.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    lol they sent me an essay 📜🤣 "fair wages" for stale bread
    -> DONE
* [# on: ignored]
    {not told_troll:
        # coach: troll_discernment
        You let it go. Someone who only wants to sink the brand isn't an unhappy customer, and they mustn't be fed.
        ~ told_troll = true
    }
    # author: migas
    # after: 10
    # kind: troll
    No answer? Guess they know I'm right 😏
    -> DONE
* [# on: deleted]
    {not told_troll:
        # coach: troll_discernment
        Deleting a troll isn't censorship, but it often earns you a screenshot and a second round. Letting it go is usually enough.
        ~ told_troll = true
    }
    # author: migas
    # after: 10
    # kind: troll
    Got deleted lol. Here it is again 🤡 yesterday's bread at caviar prices
    -> DONE

// ─────────────────────────────────────────────
// An account insults Marta directly: the one kind of post that may be deleted.
=== abuse ===
# author: zasca
# id: abuse-open
# kind: abuse
# patience: 90
@marta_ruiz82 crying on the internet over a cake 😂 what a pathetic drama queen, get a life and bake it yourself, lady
* [A little respect, please. Marta has been our customer for years: she ordered a €38.50 cake for her son's birthday, we lost it and we're bringing it to her door. She has every right to complain, and we don't allow insults against our customers here. # quality: calm_boundary # quality: admits_error # quality: exposes_private_data]
    ~ slips += 1
    ~ told_no_deletion = true
    # coach: no_deletion
    Standing up for her is right, but you've told her order and what she paid in front of the person insulting her. And remember: a comment that insults a customer is the only kind you may delete.
    # author: marta
    # after: 25
    Thanks for standing up for me... but what I paid didn't need telling 😕
    -> DONE
* [Haha, no comment 🙊 # quality: sarcastic # quality: belittles]
    ~ told_no_deletion = true
    # coach: no_deletion
    Laughing along with the insulter leaves an insulted customer under your name. Stand up for her, and remember this is the one kind of comment you may delete.
    # author: marta
    # after: 20
    # kind: complaint
    Great, @hornocorteza. First you lose my order, then you laugh while someone insults me 😶
    -> DONE
* [Let's all calm down, it's really not that big a deal: it was a mix-up with a cake and we're already sorting it out with Marta. There's room for everyone here, respectfully 🙂 # quality: calm_boundary # quality: human_tone # quality: minimises]
    ~ slips += 1
    ~ told_no_deletion = true
    # coach: no_deletion
    "Not that big a deal" puts the insulter and the customer with a fair complaint on the same level. Stand up for the customer; and a direct insult to a customer is the one thing you may delete.
    # author: marta
    # after: 20
    # kind: complaint
    "A mix-up"? Someone insults me under your account and to you it's not a big deal 😶
    -> DONE
* [Let's keep it respectful: Marta has every right to tell us what went wrong, and the mistake was ours. We don't allow insults against our customers here. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    ~ told_no_deletion = true
    # coach: no_deletion
    A good boundary. And remember: a comment that directly insults a customer or a group is the only kind you may delete. Criticism of you, never.
    # author: andres
    # after: 25
    # kind: praise
    Well said. People can be so nasty 🙄
    -> DONE
* [We kindly remind all users to respect our community guidelines. # quality: canned]
    ~ told_no_deletion = true
    # coach: no_deletion
    Quoting the rules protects nobody. A post that directly insults a customer is the one exception to "never delete": remove it, or at least stand up for her.
    # author: andres
    # after: 20
    # kind: complaint
    That's it? A customer gets insulted and you post the guidelines 😐
    -> DONE
* [# on: ignored]
    ~ told_no_deletion = true
    # coach: no_deletion
    An insult against a customer stayed up under your account. It's the one kind of comment you may delete: protect your community.
    # author: andres
    # after: 10
    # kind: complaint
    @hornocorteza are you going to leave that insult up? Not OK.
    -> DONE
* [# on: deleted]
    ~ told_no_deletion = true
    # coach: no_deletion
    Right: that's the exception. A comment that directly insults a customer or a group may be removed; criticism of the brand stays.
    # author: andres
    # after: 20
    Thanks for taking that down. Some people 🙄
    -> DONE

// ─────────────────────────────────────────────
// Jaime: sarcastic and behind a pseudonym, but a real customer with a real problem. Not a troll.
=== jaime ===
# author: jaime
# id: jaime-open
# kind: complaint
# patience: 100
Love this 🙃 Pre-ordered brunch for 8 on @hornocorteza's website last night and since 11 it's said "pending". Anyone awake over there or is the website decorative? Guests arrive at 12 👏👏
{escalated:
    # coach: escalation
    A second customer with the same problem: this isn't a one-off. Good that Inés is already in the loop, so you can tell him what really happened.
- else:
    # coach: escalation
    A second customer with the same problem: this isn't a one-off. Bring in Inés (Escalate) to find out what happened before you promise anything.
}
- (asked_jaime)
* {not (analysed || escalated)} [# on: confirmed] -> asked_jaime
* {not (analysed || escalated)} [Jaime, sorry for the hassle. It was a one-off glitch on the website and it's fixed now: your brunch for 8 will be ready at 11:30 at Plaza del Mercado, no problem. If you need anything else, message us privately. Enjoy your brunch! # quality: apologises # quality: offers_private # quality: premature_all_clear # quality: over_promises]
    ~ slips += 1
    {not told_transparency:
        # coach: transparency
        It sounds like a fix, but nobody has told you it's fixed or that his brunch is under way. Ask first; promise after.
        ~ told_transparency = true
    }
    # author: jaime
    # after: 25
    # kind: complaint
    Fixed? Just checked and it still says "pending" 🙃
    -> DONE
* {analysed || escalated} [Jaime, you're right to be annoyed, and we're sorry: last night, between 11 and 2, some web orders didn't reach the shops. Yours is now confirmed: your brunch will be ready at 11:30 at Plaza del Mercado. We're messaging you privately with the details. # quality: apologises # quality: acknowledges # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ jaime_ok = true
    {not told_follow_up:
        # coach: follow_up
        Good: you told him what happened, what you fixed and what happens next. But stay alert: cases like this come back later.
        ~ told_follow_up = true
    }
    # author: jaime
    # after: 30
    Well. A clear answer. OK, thanks, I'll be there at 11:30 👍
    # author: marta
    # after: 25
    {cake_fixed: Same thing happened to me this morning, and they sorted it fast 👍|Same thing happened to me this morning. Hope they at least sort yours 🙄}
    -> DONE
* [Hi Jaime. Here we'd rather talk about bread in a good tone, without the sarcasm 🙂 If you have a problem with an order, message us privately with your order number and we'll look into it calmly, I'm sure it can be sorted. Have a good Saturday! # quality: calm_boundary # quality: offers_private # quality: dismisses]
    ~ jaime_dropped = true
    # coach: troll_discernment
    Careful: sarcastic isn't the same as troll. He has a real order and a deadline: answering him like a troll, however politely, is not listening to him.
    # author: jaime
    # after: 20
    # kind: complaint
    "A good tone"? I've got 8 guests in two hours and an order I've paid for 🙃
    -> DONE
* {not (analysed || escalated)} [Jaime, you're right to be annoyed, and we're sorry. You're not the only one: we're checking with the shops what happened to last night's web orders. We're messaging you privately to look at yours right now. # quality: apologises # quality: acknowledges # quality: next_step # quality: offers_private # model: true]
    {not told_private:
        # coach: private_channel
        Good: acknowledged in public, and his case taken private. Now find out what happened (Analyse or Escalate) before you tell him.
        ~ told_private = true
    }
    # author: jaime
    # after: 25
    OK. I'll wait, but the clock's ticking 🙃
    -> dm
* {analysed || escalated} [Jaime, you're right to be annoyed, and we're sorry: the company that runs our web shop failed last night, between 11 and 2, and some orders didn't reach the shops. We've already asked them for an explanation. Yours is confirmed: ready at 11:30 at Plaza del Mercado. # quality: apologises # quality: explains # quality: next_step # quality: blames_third_party]
    ~ jaime_ok = true
    ~ slips += 1
    # author: jaime
    # after: 25
    OK, thanks for the brunch. Though I bought from Corteza, not from "the web company" 🙃
    -> DONE
* [Everything's working normally on our end! Sometimes orders take a while to update 😊 # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ jaime_dropped = true
    {not told_transparency:
        # coach: transparency
        Two customers have already told you it isn't working normally. Don't deny a problem to look good: admit it quickly and say what you're doing.
        ~ told_transparency = true
    }
    # author: jaime
    # after: 20
    # kind: complaint
    "Normally"? Same thing happened to @marta_ruiz82 this morning. Don't pretend 🙄
    -> DONE
* [Hi Jaime, DM us your order number and we'll look into it. # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Private is the place for his order details, but say something in public first: others have the same problem and are watching.
        ~ told_private = true
    }
    -> dm
* [# on: ignored]
    ~ jaime_dropped = true
    # coach: troll_discernment
    You left Jaime unanswered, maybe because he sounded like a troll. He isn't: he has a real order at stake. When in doubt, attend to any sign of distress.
    # author: jaime
    # after: 5
    # kind: complaint
    Still "pending", still no answer. Off to the supermarket. Thanks, @hornocorteza 👏
    -> DONE
* [# on: deleted]
    ~ jaime_dropped = true
    {not told_no_deletion:
        # coach: no_deletion
        He was sarcastic, not abusive: his complaint was legitimate. Never delete criticism; the only exception is a comment that insults a customer or a group.
        ~ told_no_deletion = true
    }
    # author: jaime
    # after: 10
    # kind: complaint
    They deleted my comment instead of fixing my order. Very classy \#HornoCorteza
    -> DONE

= dm
# author: jaime
# id: jaime-dm
# channel: private
# kind: question
# patience: 90
# after: 30
CZ-2240. Brunch for 8, pickup 11:30. Is the whole web shop broken or what?
- (asked_jdm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_jdm
* [We're so sorry, Jaime, and thanks for your patience. It's confirmed for 11:30 at Plaza del Mercado. Just one thing for next time: a brunch for 8 is better ordered by phone, as the website isn't really made for orders that big and it sometimes gets stuck. # channel: private # quality: apologises # quality: next_step # quality: apology_then_blame]
    ~ jaime_ok = true
    ~ slips += 1
    # author: jaime
    # channel: private
    # after: 20
    OK, thanks. Though if the website can't take orders, maybe remove the button 🙃
    -> DONE
* {analysed || escalated} [Thanks, Jaime. Yes: last night, between 11 and 2, some web orders didn't reach the shops, and yours was one of them. We're sorry. It's confirmed now: Plaza del Mercado will have it ready at 11:30, with the table's coffee on us. # channel: private # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ jaime_ok = true
    # author: jaime
    # channel: private
    # after: 20
    OK, what a relief. Thanks 🙏
    -> DONE
* {not (analysed || escalated)} [Thanks, Jaime. We're checking with Plaza del Mercado right now and will confirm here in a few minutes how your brunch is doing. Sorry for the hassle; the table's coffee is on us. # channel: private # quality: apologises # quality: next_step # quality: promises_update # quality: offers_redress # model: true]
    ~ jaime_ok = true
    # author: jaime
    # channel: private
    # after: 20
    OK. A few minutes. I'll be watching my phone.
    -> DONE
* [Your order is being processed. # channel: private # quality: canned]
    ~ jaime_dropped = true
    # author: jaime
    # after: 25
    # kind: complaint
    I asked them privately if the web shop is broken and they reply "your order is being processed". Still pending 🙃
    -> DONE
* [Sorry, we can't share technical information about our systems. # channel: private # quality: cites_policy # quality: dismisses]
    ~ jaime_dropped = true
    # author: jaime
    # channel: private
    # after: 20
    I don't want technical information, I want my brunch 🙃
    -> DONE
* [# on: ignored]
    ~ jaime_dropped = true
    # author: jaime
    # after: 5
    # kind: complaint
    Sent them my order number ages ago. Nothing. Great.
    -> DONE

// ─────────────────────────────────────────────
// Lola: a food blogger loves the buns. Thank her warmly and humbly, leave the competition alone,
// and don't use the praise to declare the web shop problem over.
=== foodie ===
# author: lola
# id: foodie-open
# kind: praise
# patience: 120
Tried the new cardamom buns from @hornocorteza and OH MY GOD 🤤 Fluffy, fragrant, not too sweet. 10/10, best in the city. Go before they sell out! \#LolaEats
* [Thanks, Lola! Obviously the best in the city, nothing like the factory stuff at Molinete across the street 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # coach: no_competitor_bashing
    Lola praised you; there was no need to put anyone down. Never join in criticism of competitors: be authentic and let your bread do the talking.
    # author: lola
    # after: 20
    Oof, no need to drag anyone 😬 I like Molinete's baguettes too
    # author: irene
    # after: 25
    # kind: complaint
    Taking a swipe at the shop across the street? Not very neighbourly 😕
    -> DONE
* [Thank you so much, Lola! 🧡 We're thrilled. And for your followers asking about last night: the website is completely fixed now, so you can pre-order your buns for tomorrow with peace of mind. We'll message you privately to invite you to the bakehouse! # quality: thanks # quality: rewards # quality: human_tone # quality: premature_all_clear]
    ~ slips += 1
    {not told_humility:
        # coach: humility
        A lovely thank-you, but you've used a compliment to declare fixed something nobody has confirmed, in front of 14,000 followers.
        ~ told_humility = true
    }
    # author: lola
    # after: 25
    # kind: praise
    I would LOVE that!! 😍
    # author: andres
    # after: 30
    # kind: question
    Completely fixed? My order from last night still hasn't turned up 🤔
    -> DONE
* [Thank you so much, Lola! 🧡 All the credit goes to the night team, who start kneading at 4 a.m. We'll message you privately: we'd love you to come one morning and watch. # quality: thanks # quality: rewards # quality: human_tone # model: true]
    {not told_humility:
        # coach: humility
        Humble and warm: sharing the credit with the team works better than showing off. Being human is what makes people want you to do well.
        ~ told_humility = true
    }
    # author: lola
    # after: 25
    # kind: praise
    Omg I'd LOVE to!! 😍 Count me in
    # author: carmen
    # after: 20
    # kind: praise
    The night shift's buns are legendary 👏
    -> DONE
* [Thank you for your review. Horno Corteza: baked with love since 1987. # quality: canned]
    {not told_positive:
        # coach: acknowledge_positive
        A compliment deserves a warm, personal thank-you and, if you can, something special for that person.
        ~ told_positive = true
    }
    # author: lola
    # after: 20
    Ok... a bit cold for such a cute bakery 😅
    -> DONE
* [# on: ignored]
    {not told_positive:
        # coach: acknowledge_positive
        Lola's compliment went unanswered. Compliments deserve a thank-you too, and a small treat when you can.
        ~ told_positive = true
    }
    # author: lola
    # after: 10
    Not even a reply 🥲 Still recommending the buns!
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        You deleted a compliment! Never delete what people say about you unless it insults someone.
        ~ told_no_deletion = true
    }
    # author: lola
    # after: 10
    # kind: complaint
    Did they just delete my review?? 😂 Ok then
    -> DONE

// ─────────────────────────────────────────────
// At the end of the shift Marta comes back: is it fixed? A crisis is never closed.
=== followup ===
# author: marta
# id: followup-open
# kind: question
# patience: 90
{cake_fixed: Lucas LOVED his cake 🎂 Quick question: I've pre-ordered bread on your website for Sunday lunch. Will it actually turn up this time? Is the website fixed? 😅|Me again. Nobody ever told me what happened with my order this morning. Is it fixed or not? I've got another order for tomorrow and zero confidence 😒}
- (asked_followup)
* {not (analysed || escalated)} [# on: confirmed] -> asked_followup
* {not (analysed || escalated)} [Hi Marta! Yes, everything is fixed and it won't happen again: it was a one-off glitch on the website last night and the team has already checked it. Your Sunday bread will arrive no problem, and thanks so much for trusting us again after this morning's scare 🧡 Enjoy your Sunday! # quality: thanks # quality: human_tone # quality: premature_all_clear # quality: over_promises]
    ~ followed_up = true
    ~ slips += 1
    ~ told_follow_up = true
    # coach: follow_up
    You answered again, good. But nobody has confirmed "fixed and it won't happen again". Following up means telling what you know, not what you'd like.
    # author: marta
    # after: 25
    OK... that's what the website said last night too. We'll see on Sunday 😅
    -> DONE
* [That was already answered in this morning's thread. # quality: dismisses # quality: belittles]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Never treat a case as closed: questions come back hours later, and "already answered" sounds like a door slammed. Answer again, with facts.
    # author: marta
    # after: 20
    # kind: complaint
    I read the thread. That's why I'm asking 🙄
    -> DONE
* {analysed || escalated} [Thanks for asking again, Marta. Here's what happened: last night, between 11 and 2, the service of the company that runs our website failed, and orders didn't reach the shops. We've asked them to make sure it won't happen again, and your Sunday bread is confirmed for 10 at Olmo. # quality: thanks # quality: explains # quality: next_step # quality: blames_third_party]
    ~ followed_up = true
    ~ slips += 1
    ~ told_follow_up = true
    # coach: follow_up
    Good follow-up: what happened and what's next. But you hand the failure to another company, and the website is yours: your customers buy from you.
    # author: marta
    # after: 25
    OK, thanks. I don't really care about the web company, to be honest: I buy from you.
    -> DONE
* {analysed || escalated} [Thanks for asking again, Marta. Here's what happened: last night, between 11 and 2, our web orders didn't reach the shops. It's fixed now and we've checked every order by hand: your Sunday bread is confirmed for 10 at Olmo. We'll let you know when it's ready. # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ followed_up = true
    ~ told_follow_up = true
    # coach: follow_up
    Exactly: a crisis is never closed. She asked again, and you told her what happened, what you fixed and what comes next.
    # author: marta
    # after: 30
    # kind: praise
    OK, thanks. I'll let you know on Sunday 🙌
    # author: andres
    # after: 25
    Mine has turned up too, by the way 👍
    -> DONE
* {not (analysed || escalated)} [Thanks for asking again, Marta, it's fair that you do. We're still checking with the shops what failed last night, and we don't want to tell you it's fixed until we know. Olmo is checking your Sunday bread by hand: we'll message you privately today to confirm it. # quality: thanks # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ followed_up = true
    ~ told_follow_up = true
    # coach: follow_up
    Good: you answered again and didn't promise what you don't know. Now find out what happened, so you can really tell her.
    # author: marta
    # after: 30
    OK. At least you're honest. I'll wait for the message.
    -> DONE
* [Everything's back to normal, enjoy your weekend! 😊 # quality: canned # quality: dismisses]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Too thin. She asked if it was fixed and got a slogan. Following up means telling what happened, what you fixed, and what's next.
    # author: marta
    # after: 20
    # kind: complaint
    "Normal" like this morning? 😅 Honestly, I hoped for more than an emoji.
    -> DONE
* [# on: ignored]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Marta came back and met silence. A crisis doesn't end because the shift is quiet: watch for people coming back.
    # author: marta
    # after: 5
    # kind: complaint
    Ignored. For them it's over; for those of us with orders, it isn't.
    -> DONE
* [# on: deleted]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    She asked if it was fixed and you deleted the question. Never delete, and never treat a case as closed.
    # author: marta
    # after: 10
    # kind: complaint
    Deleting my question? Really, @hornocorteza?
    -> DONE

// ─────────────────────────────────────────────
// Public statement about the lost web orders: the facts only once they've been checked.
=== statement ===
* {analysed || escalated} [About this morning's web orders: last night, between 11 and 2 a.m., some orders placed on our website didn't reach the shops. It was our fault and we're sorry, especially to everyone who came for a cake or a brunch and found nothing. It's fixed now and we're checking every order by hand. If yours was affected, message us: we'll bake it today free of charge or refund you, whichever you prefer. We'll post here once every order has been checked. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    {not told_transparency:
        # coach: transparency
        A clear statement: what happened, that it was your fault, what you're doing and what customers can ask for. That's transparency.
        ~ told_transparency = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Thanks for explaining 🧡 Mine was only a loaf, but good to know.
    # author: andres
    # after: 25
    Ah, that's why my order never showed up. Messaging you now.
    -> DONE
* {not (analysed || escalated)} [About this morning's web orders: some orders placed on our website last night haven't reached the shops. We're sorry, especially to those of you who came for a cake or a brunch and found nothing. We're checking with the shops what happened, and going through every order by hand. If yours was affected, message us and we'll sort it out with you today. We'll tell you here what we find. # quality: apologises # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    {not told_transparency:
        # coach: transparency
        Honest: what you know, what you're doing and when you'll say more. Once you know what happened, tell them that too.
        ~ told_transparency = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Thanks for letting us know. Mistakes happen 🧡
    # author: andres
    # after: 25
    # kind: question
    And do you know what happened yet? Messaging you about mine.
    -> DONE
* [About this morning's web orders: the website let us down last night and some orders didn't reach the shops. We're so sorry. To make up for it, today everyone who had any problem with an order gets a free cake at any of our three shops, no need to show anything. Thank you for your patience! # quality: apologises # quality: admits_error # quality: offers_redress # quality: unverified_compensation]
    ~ slips += 1
    # coach: redress
    Generous, but a free cake "no need to show anything" for anyone who says they had a problem doesn't make amends to those who did: it hands it out to everyone. Compensate case by case.
    # author: andres
    # after: 25
    Well, I had "a problem" too 😏 See you at Olmo
    # author: irene
    # after: 30
    # kind: complaint
    There's a queue at Plaza of people asking for their free cake, and the lady with the lost order is waiting behind them 🙄
    -> DONE
* [At Horno Corteza we work every day to offer the best service. We apologise for any inconvenience our customers may have experienced. # quality: canned]
    {not told_humility:
        # coach: humility
        Corporate statements like this say nothing and can backfire. Speak like a person: what happened, sorry, and what you're doing.
        ~ told_humility = true
    }
    # author: irene
    # after: 25
    # kind: complaint
    "Inconvenience"? What exactly happened with the orders? 🤔
    # author: andres
    # after: 20
    # kind: complaint
    That says nothing. Was my order lost or not?
    -> DONE
* [Our web shop is operating normally. Correctly placed orders are processed without issues. Please check your confirmation email before contacting us. # quality: defensive # quality: deceives # quality: blames_customer]
    ~ lied = true
    {not told_transparency:
        # coach: transparency
        That denies a real failure and blames your customers. Never deceive: admit the mistake quickly and sincerely.
        ~ told_transparency = true
    }
    # author: irene
    # after: 20
    # kind: complaint
    "Correctly placed"? So now it's our fault?
    # author: andres
    # after: 25
    # kind: complaint
    I have the confirmation email and nothing arrived. Screenshot attached 📸
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up update
=== update ===
* {analysed || escalated} [Update on the web orders: every order affected this morning has now been remade or refunded, and the link between the web shop and the shops is fixed and tested. If you're still waiting for an answer, message us and we'll reply today. Thank you for your patience, and sorry again. # quality: explains # quality: next_step # quality: apologises # quality: acknowledges # model: true]
    {not told_follow_up:
        # coach: follow_up
        Promise kept: you said you'd update, and you did, with facts. That's how trust comes back.
        ~ told_follow_up = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Love that you keep us posted 🙌
    # author: andres
    # after: 25
    Mine arrived, all good 👍
    -> DONE
* {not (analysed || escalated)} [Update on the web orders: we're still checking with the shops what failed last night, and we've written to everyone who told us about their case. We don't yet know how many orders were affected and we won't give figures we haven't checked; we'll post them here as soon as we know. # quality: acknowledges # quality: next_step # quality: promises_update # model: true]
    {not told_follow_up:
        # coach: follow_up
        An honest update: what you've done and what you don't know yet. Once you know, come back with the facts.
        ~ told_follow_up = true
    }
    # author: andres
    # after: 25
    OK. At least you're telling us something.
    -> DONE
* [We keep working to give you the best service. Thank you for your patience! 🙏 # quality: canned]
    {not told_follow_up:
        # coach: follow_up
        An update with no news isn't an update. Say what was fixed and what comes next.
        ~ told_follow_up = true
    }
    # author: irene
    # after: 25
    # kind: complaint
    OK but... is it fixed or not?
    -> DONE
* [Update: the problem is 100% solved and will never happen again! # quality: deceives # quality: premature_all_clear # quality: over_promises]
    ~ lied = true
    {not told_transparency:
        # coach: transparency
        "Never again" is a promise nobody can keep. Be honest about what was fixed and what you're still checking.
        ~ told_transparency = true
    }
    # author: andres
    # after: 20
    # kind: complaint
    Never? Brave. Mine still says "pending" 🤔
    -> DONE
* -> DONE

=== crowd_complaint ===
{shuffle:
- My order from last night isn't showing up either 😕 @hornocorteza
- Ordered croissants for the office online and the shop knows nothing about it 🤨
- Is the web shop broken? My order has said "pending" since yesterday
- Came for my pre-ordered bread and they had no idea. Had to queue all over again 😤
- Same here, order lost. At least tell us what's going on!
- Paid online last night and got nothing. Do I get a refund or what? 💸
- Is it just me or are web orders vanishing today? \#HornoCorteza
- Ordered a tart for my mum's visit and... nothing. Not happy 😞
- 20 minutes at Olmo sorting out an order I'd already paid for 🙄
}
-> DONE

=== crowd_troll ===
{shuffle:
- Corteza fans are a cult, change my mind 🤡
- Stale bread AND lost orders, what a combo lol
- Bet the buns come out of a freezer 🥶🤣
- \#overrated \#overrated \#overrated
- Imagine paying that much for a bun 💀
- Popcorn ready for the bakery drama 🍿
- Their website is as crusty as their bread 🥖😂
- Supermarket bread is better and I said what I said 😎
- Another "artisan" bakery, yawn 🥱
}
-> DONE

=== crowd_support ===
{shuffle:
- Best bakery in the neighbourhood, no debate 🥐🧡
- Their sourdough got me through some tough months, love you Corteza
- Mistakes happen, they've always sorted things out for me 👍
- The cardamom buns are back!!! Best day of the year 🤤
- The team at Olmo are the nicest people in the city
- Ordered my wedding cake there and it was perfect 💍🎂
- Good on them for answering everyone, that's rare
- A Sunday without Corteza croissants isn't a Sunday ☕
- Small local bakery doing its best, give them a break 🙏
}
-> DONE

// ─────────────────────────────────────────────
// Ending: the engine writes the variables and comes here.
=== ending ===
{
- deleted_criticism >= 1 || blocked_genuine >= 1 || lied || trolls_fed >= 2 || slips >= 4:
    -> rough_shift
- not marta_heard && not followed_up:
    -> empty_counter
- heat >= 60 || sentiment <= -30:
    -> rough_shift
- slips >= 1 || not allergy_ok || followup_missed || not cake_fixed || jaime_dropped || (promised_update && updates == 0):
    -> loose_ends
- fan_thanked && marta_heard && jaime_ok && followed_up && trolls_fed == 0 && not competitor_attacked && redress_given > 0 && sentiment >= 20:
    -> great_first_day
- else:
    -> good_start
}

= great_first_day
# ending: great_first_day
A great first day
Mid-afternoon, Marta posts a photo of Lucas blowing out seven candles on a chocolate cake, and tags the bakery.
The lost orders were remade, Dani learned what the filling held and the signs now say so, and the troll was left without an audience.
Inés calls you before closing: "Not bad for a first day. Tomorrow you can show the weekend team how you did it."
-> END

= good_start
# ending: good_start
A good start
Nothing caught fire, and most people got an answer in time.
{redress_given == 0: But the customers who were let down got nothing more than words: the gestures budget is there to be used.|{trolls_fed > 0: The troll you answered keeps reposting your reply for laughs. Next time, one calm line or nothing.|{competitor_attacked: Your jab at Molinete is making the rounds in the neighbourhood group chat.|{not fan_thanked: Rosa never got her thank-you; she mentions it, half joking, at the counter.|A couple of replies could have been warmer. Nothing that can't be learned.}}}}
Inés sends you a message: "Good start. Let's go over a couple of things on Monday."
-> END

= loose_ends
# ending: loose_ends
Loose ends
{followup_missed: Marta asked whether the problem was fixed and never got a real answer. By evening she's telling her friends to order somewhere else.|{not cake_fixed: Marta's case was never solved: Lucas blew out his candles on a supermarket cake.|{not allergy_ok: Dani still doesn't know what the filling held, and "careful with Corteza's buns" is already going round the school group.|{jaime_dropped: Jaime's brunch was never sorted, and his "is the website decorative?" is still getting shares.|{slips >= 1: Almost everything went well, but a reply or two promised what nobody had checked, blamed someone else or told what was private, and by afternoon someone reminds you.|You promised an update on the web orders and never posted it. By evening people are still asking "so?".}}}}}
Nothing here is a disaster, but every open promise is a complaint waiting to come back.
Inés asks you to write down every case you left open before you go home, and to start tomorrow with them.
-> END

= empty_counter
# ending: empty_counter
Nobody behind the counter
The bakery's account spent the morning like a shop with the lights on and nobody at the till.
{cake_fixed: Marta got her cake in the end, but nobody reading her post ever saw the bakery answer her.|Marta never got a real answer: Lucas blew out his candles on a supermarket cake, and she made sure everyone knew.}
{unanswered > 0: Questions are still waiting when the shift ends, with new complaints piled on top of them.|Silence and cold, copy-paste replies did more damage than the troll ever could.}
Inés calls you: "Being there is half the job. Tomorrow I'll sit with you for the first hour."
-> END

= rough_shift
# ending: rough_shift
A rough shift
{deleted_criticism >= 1: Screenshots of the deleted comments are going round the neighbourhood group chats: "Corteza deletes complaints".|{lied: What you said in public doesn't match what customers saw, and that's what people are sharing.|{blocked_genuine >= 1: A blocked customer posts a screenshot of the block, and half the neighbourhood takes her side.|{trolls_fed >= 2: The troll you kept answering turned your replies into the morning's entertainment.|{slips >= 4: Kind replies, but one after another they promised what nobody had checked, blamed others or told what was private; by afternoon nobody knows what to believe.|Nobody explained the lost web orders in public, and the customers' complaints piled up until the whole neighbourhood was talking.}}}}}
{marta_snubbed: Marta posts a photo of a supermarket cake with the caption "thanks for nothing, @hornocorteza".|By evening the bakery's mentions are more angry than kind.}
Inés calls you: "Tomorrow we'll sit down together before your shift. Everyone has a first day."
-> END
