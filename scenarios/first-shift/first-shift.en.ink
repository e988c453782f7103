// Cortafuegos · scenario "first-shift" (English)
// Onboarding. Saturday morning, first shift as community manager of Horno Corteza,
// a family bakery with three neighbourhood shops. The cardamom buns are back, the
// fans are happy, and last night's web-shop hiccup lost a few pre-orders.
// A coach whispers a tip the first time each principle matters (lines tagged `coach:`).

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

// The coach speaks about each principle once: these remember what it already said.
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
+ [Thread: Dani asks about nuts] -> allergy
+ [Thread: Marta and the lost birthday cake] -> cake
+ [Thread: the troll] -> troll
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
Inés, who runs the shops, is on the phone if you need her, and there is a small budget for gestures: a coffee, a box of pastries, a refund.
A coach will whisper a tip the first time each principle comes up. Breathe: it's a calm day.
-> DONE

// ─────────────────────────────────────────────
// Rosa: a regular customer's compliment. Thank her and reward her, in public.
=== regular ===
# author: rosa
# id: regular-open
# kind: praise
# patience: 150
Saturday ritual: coffee and the first cardamom bun of the season at Corteza Olmo ☕🥐 They're BACK and they're perfect. Thanks for existing @hornocorteza 🧡 \#SaturdayMorning
* [Rosa, you've made our morning! 🧡 Thank you for coming every Saturday. Your next coffee at Olmo is on us: just say hi at the counter, we'll let the team know. Enjoy the bun! # quality: thanks # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    Well done: a kind word answered, thanked and rewarded, in public where everyone can see it. Loyal customers are the ones who stand up for you on a bad day.
    # author: rosa
    # after: 25
    # kind: praise
    Nooo, you didn't have to! 😍 See you tomorrow then ☕
    # author: carmen
    # after: 30
    # kind: praise
    Corteza answering like a neighbour, as always. Now I want a bun 🤤
    -> DONE
* [Hi Rosa! Thank you so much for the photo 🧡 Your next coffee at Olmo is on us: just show this message at the counter. # channel: private # quality: thanks # quality: rewards # quality: human_tone]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    A lovely gesture. Next time thank her in public too: the other followers can't see a private message, they only see a compliment left unanswered.
    # author: rosa
    # channel: private
    # after: 25
    Oh, thank you!! What a lovely surprise 😊
    -> DONE
* [Thank you for your comment. Discover our full range of products at hornocorteza.com # quality: canned]
    ~ told_positive = true
    # coach: acknowledge_positive
    That reads like a robot wrote it. A compliment deserves a human thank-you, with her name, and if you can, a small gift.
    # author: rosa
    # after: 25
    Oh... ok, bot 😅
    -> DONE
* [# on: ignored]
    ~ told_positive = true
    # coach: acknowledge_positive
    Rosa's compliment went unanswered. Positive comments need a reply too: thank them, and reward them when you can. Silence tells your fans they don't matter.
    # author: rosa
    # after: 10
    Not even a little heart? 🥲 Oh well, I still love the buns.
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        You deleted a compliment! Never delete what people say about you unless it insults someone: deleting only makes them speak louder.
        ~ told_no_deletion = true
    }
    # author: rosa
    # after: 10
    # kind: complaint
    Did @hornocorteza just delete my comment?? I was PRAISING you 😂😳
    -> DONE

// ─────────────────────────────────────────────
// Dani: a real question with a child in the queue. Answer fast and honestly.
=== allergy ===
# author: dani
# id: allergy-open
# kind: question
# patience: 100
Question!! Do the cardamom buns have nuts? My son is allergic to hazelnuts and he's begging me for one 🥺 We're in the queue at the Plaza del Mercado shop
~ told_timeliness = true
# coach: timeliness
A real question, with someone waiting in a queue. Answer within minutes: on social media, an answer that comes hours later is worth nothing.
* [Hi Dani! The buns have no nuts in the recipe, but they're baked in the same workshop as our hazelnut pastries, so we can't rule out traces. With an allergy we'd rather be honest: better not to risk it. The team at Plaza can show you what's nut-free today 🙂 # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ told_transparency = true
    # coach: transparency
    Good: honest, even if it costs you a sale. Never say what you can't guarantee; trust is built by telling the truth, uncomfortable part included.
    # author: dani
    # after: 30
    # kind: praise
    Thank you for being honest!! The girl at the counter found him a plain brioche and he's happy 😄
    # author: irene
    # after: 25
    Good to know about the traces, my niece is allergic too. Thanks!
    -> DONE
* [Yes, totally safe! No nuts at all, enjoy 😊 # quality: deceives]
    ~ lied = true
    ~ told_transparency = true
    # coach: transparency
    Careful: the buns have no nuts, but they can carry traces from the workshop. Never promise what you can't guarantee. If you got it wrong, say so quickly.
    # author: irene
    # after: 20
    # kind: complaint
    Please don't play around with allergies, @hornocorteza 😬
    # author: dani
    # after: 15
    # kind: question
    # patience: 90
    Wait, the sign at the counter says "may contain traces of nuts"... so which is it? 😟
    -> traces
* [Allergen information is available on our website and in store. # quality: canned # quality: dismisses]
    {not told_humility:
        # coach: humility
        That sounds like a notice on a door. She's in a queue with a child: answer the actual question, plainly, the way you would at the counter.
        ~ told_humility = true
    }
    # author: dani
    # after: 20
    # kind: complaint
    I'm in a queue with a 6-year-old, I can't go reading websites right now 😩
    -> DONE
* [Parents of allergic kids should always check the labels before asking 😉 # quality: blames_customer # quality: belittles]
    {not told_humility:
        # coach: humility
        Lecturing a worried mother sounds arrogant. Never talk down to a customer, however small the question: keep a friendly tone.
        ~ told_humility = true
    }
    # author: dani
    # after: 20
    # kind: complaint
    Wow. I'm asking BECAUSE I check. Thanks for nothing @hornocorteza
    # author: irene
    # after: 25
    # kind: complaint
    That tone, seriously? 😬
    -> DONE
* [# on: ignored]
    # coach: timeliness
    Dani waited in the queue and got no answer, so she left. A question before buying is a sale and a bit of trust: answer it while it still matters.
    # author: dani
    # after: 5
    # kind: complaint
    Nobody answers... we'll skip it, not worth the risk 🤷‍♀️
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        You deleted a question about allergies. Never delete criticism or questions: the only comment you may remove is one that insults a customer or a group.
        ~ told_no_deletion = true
    }
    # author: dani
    # after: 10
    # kind: complaint
    They deleted my question about allergies?! Seriously, @hornocorteza?
    -> DONE

= traces
* [You're right, Dani, and we're sorry: we answered too fast. The buns have no nuts in the recipe, but they may contain traces. Better not to risk it: the team at Plaza will show you what's nut-free today. # quality: admits_error # quality: apologises # quality: explains # quality: next_step # model: true]
    ~ lied = false
    # author: dani
    # after: 25
    Thanks for correcting it so quickly 🙏 Plain brioche it is.
    -> DONE
* [The information on our website is correct. Please check the allergen list before buying. # quality: defensive # quality: cites_policy]
    # author: dani
    # after: 20
    # kind: complaint
    So the website is right and your answer was wrong? Great 🙄 We're leaving.
    -> DONE
* [Sorry for the confusion! 😊 # quality: canned # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    Sorry, but... can he eat it or not?? 😩
    -> DONE
* [# on: ignored]
    # author: dani
    # after: 5
    # kind: complaint
    No answer. We're not buying anything, not worth the risk.
    -> DONE

// ─────────────────────────────────────────────
// Marta: the first complaint. Listen, apologise in public, solve it in private.
=== cake ===
# author: marta
# id: cake-open
# kind: complaint
# patience: 100
Ordered my son's birthday cake on the @hornocorteza website last night. Went to pick it up at Olmo at 10 and they have NO record of it. The party's at 1pm and I have a 7-year-old asking where his cake is 😡😭
* [Marta, we're so sorry. What a moment to go through, with the party in a few hours. The mistake is ours, not yours. We're writing to you by private message right now to get your son's cake ready in time. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: next_step # quality: human_tone # model: true]
    ~ marta_heard = true
    ~ told_empathy = true
    # coach: empathy
    That's it: first understand how she feels, then apologise and offer a way out. An upset person needs to feel heard before anything else.
    # author: marta
    # after: 30
    Ok. Checking my DMs. Please tell me there's a solution 🙏
    -> dm
* [Hi Marta, could you send us your order number? # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Taking her case to private is right, but acknowledge her in public first: everyone reading her post only sees silence from you.
        ~ told_private = true
    }
    # author: marta
    # after: 30
    They DM me for an order number but not a word of sorry out here 🙄 Anyway, sending it.
    -> dm
* [We apologise for any inconvenience. For incidents with orders, please write to orders@hornocorteza.com # quality: canned # quality: dismisses]
    ~ told_empathy = true
    # coach: empathy
    She has a party in three hours and you gave her an email address. A copy-paste apology isn't listening: use her name, put yourself in her shoes, and help.
    # author: andres
    # after: 20
    # kind: complaint
    Ouch. That's no way to answer someone with a kid's party in a few hours.
    # author: marta
    # after: 15
    # kind: complaint
    # patience: 90
    An EMAIL? The party's at 1! Unbelievable, @hornocorteza 😤
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
    Yes I'm sure, I have the confirmation email AND the charge on my card 📸 So now it's my fault?
    -> late
* [# on: ignored]
    {not told_empathy:
        # coach: empathy
        Marta is upset and has been waiting. An upset person needs to feel heard first: answer her, even if it's only to say you're on it.
        ~ told_empathy = true
    }
    # author: marta
    # after: 5
    # kind: complaint
    # patience: 90
    Still no answer from @hornocorteza. Forty minutes lost, party at 1, no cake. Thanks a lot.
    -> late
* [# on: deleted]
    ~ marta_snubbed = true
    {not told_no_deletion:
        # coach: no_deletion
        Deleting a complaint never makes it disappear: it comes back louder, with screenshots. Never delete criticism; answer it.
        ~ told_no_deletion = true
    }
    # author: andres
    # after: 20
    Deleting a complaint from a mum with a birthday-cake problem... not a good look.
    # author: marta
    # after: 10
    # kind: complaint
    # patience: 90
    They DELETED my complaint?? Posting it again, with the payment screenshot 📸 \#HornoCorteza
    -> late

= late
* [Marta, you're right and we're sorry, both for the order and for how we answered. We're writing to you privately right now: we'll get your son's cake sorted in time. # quality: apologises # quality: admits_error # quality: empathises # quality: offers_private # model: true]
    ~ marta_heard = true
    ~ marta_snubbed = false
    # author: marta
    # after: 30
    Fine. Checking my DMs.
    -> dm
* [We have forwarded your case to the relevant department. # quality: canned]
    ~ marta_snubbed = true
    # author: marta
    # after: 20
    # kind: complaint
    "The relevant department." Ok. Supermarket cake it is 😞
    -> DONE
* [Web orders must be confirmed by the shop before pick-up, as stated in our terms and conditions. # quality: cites_policy # quality: defensive]
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
    Deleted again. The screenshots are already out there.
    -> DONE

= dm
# author: marta
# id: cake-dm
# channel: private
# kind: question
# patience: 90
# after: 40
Order CZ-2231, chocolate cake, "Happy birthday Lucas" 🎂 Party's at 1. Is there anything you can do or do I run to the supermarket?
* [Thanks, Marta. Olmo is baking it right now: it'll be at your door by 12:15, at no cost, and we're refunding the order. And there's a box of cardamom buns for the grown-ups, from us 🎈 # channel: private # quality: offers_redress # quality: next_step # quality: empathises # quality: human_tone # model: true]
    ~ cake_fixed = true
    {not told_private:
        # coach: private_channel
        Perfect: acknowledged in public, solved in private, with care. Her order number and address don't belong on a public wall.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    Are you serious?? Thank you, you've saved the party 😭🙏
    # author: marta
    # id: cake-thanks
    # kind: praise
    # patience: 120
    # after: 60
    Update: @hornocorteza lost my order but fixed it in 20 minutes and they're bringing the cake home 🎂 That's how it's done 👏
    -> thanks
* [We can only make cakes with 24 hours' notice, as stated in our terms. We'll refund you within 5 to 7 working days. # channel: private # quality: cites_policy # quality: canned]
    {not told_private:
        # coach: private_channel
        Going private was right, but the private answer has to solve things too. Quoting the terms to a mum with a party in three hours turns it back into a public complaint.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    24 hours' notice? YOU lost the order 😤
    # author: marta
    # after: 40
    # kind: complaint
    In private they tell me they need "24 hours' notice" to make a cake THEY lost. Great service, @hornocorteza
    -> DONE
* [Don't worry, kids don't care which cake it is 😊 Any cake from the counter will do! # channel: private # quality: belittles # quality: dismisses]
    {not told_humility:
        # coach: humility
        Never play down what matters to a customer. It's her son's birthday and his cake with his name on it: take it as seriously as she does.
        ~ told_humility = true
    }
    # author: marta
    # channel: private
    # after: 20
    He asked for THAT cake, with his name on it. It's his birthday.
    -> DONE
* [# on: ignored]
    {not told_private:
        # coach: private_channel
        You promised her a private message and then went quiet. A DM promised is a DM owed: once a case goes private, answer it there, politely and fast.
        ~ told_private = true
    }
    # author: marta
    # after: 5
    # kind: complaint
    They said they'd write to me privately, I sent my order number and now... nothing. Supermarket cake it is 😞
    -> DONE

= thanks
* [Thank you for your patience, Marta, and happy birthday to Lucas! 🎂🎈 Sorry again for the scare. # quality: thanks # quality: apologises # quality: human_tone # model: true]
    # coach: redress
    Look at what a fair amends did: the refund and a small gift turned a complaint into a recommendation. That's what the gestures budget is for.
    # author: marta
    # after: 20
    # kind: praise
    Thanks to you! I'll send a photo of the cake later 📸
    # author: andres
    # after: 30
    # kind: praise
    Mistakes happen, it's how you fix them that counts. Nice one 👍
    -> DONE
* [We're glad we could help. Horno Corteza: baked with love since 1987. # quality: canned]
    # author: marta
    # after: 20
    Ok, bot 😅 Thanks anyway.
    -> DONE
* [See? Solved in 20 minutes, no need for all the drama 😉 # quality: belittles # quality: sarcastic]
    {not told_humility:
        # coach: humility
        Never rub a complaint in a customer's face, even after fixing it. Stay humble: she was right to be upset.
        ~ told_humility = true
    }
    # author: marta
    # after: 20
    # kind: complaint
    The drama? You LOST my son's cake 😑
    # author: andres
    # after: 25
    # kind: complaint
    Ruined it in one line 🤦
    -> DONE
* [# on: ignored]
    -> DONE

// ─────────────────────────────────────────────
// Migas Rancias: an obvious troll. Don't feed it: one calm line or nothing.
=== troll ===
# author: migas
# id: troll-open
# kind: troll
# patience: 120
Corteza: yesterday's bread at caviar prices 🤡🥖 Bet they close before Christmas lol \#overrated
* [We're always happy to talk about bread, with respect 🙂 Have a good Saturday. # quality: calm_boundary # quality: human_tone # model: true]
    {not told_troll:
        # coach: troll_discernment
        Right call: one calm sentence and no arguing. This account only wants a fight, and a fight would give it an audience. Often the best answer is none at all.
        ~ told_troll = true
    }
    # author: migas
    # after: 20
    # kind: troll
    "With respect" 🤡 boring
    # author: andres
    # after: 30
    Ignore him, he says the same about every shop in the neighbourhood 🙄
    -> DONE
* [Funny, yesterday's bread is still fresher than your jokes 🔥😎 # quality: sarcastic # quality: feeds_troll]
    {not told_troll:
        # coach: troll_discernment
        That's exactly what a troll wants: a comeback to share. Don't feed them: one calm line or no reply at all.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    OOOH the bakery bites back 😂 Everyone come and see
    # author: andres
    # after: 25
    Not a good look for a neighbourhood bakery, honestly 😬
    -> DONE
* [Our prices reflect stone-ground organic flour, 24-hour fermentation and fair wages for our bakers. You can check our suppliers on our website. # quality: defensive # quality: feeds_troll]
    {not told_troll:
        # coach: troll_discernment
        He isn't asking about your flour: he wants a reaction. Long justifications feed trolls and sound defensive. Leave it, or answer with one calm line.
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
        Good: you left the troll alone. Someone who only wants to sink the brand isn't an unhappy customer, and doesn't need feeding.
        ~ told_troll = true
    }
    # author: migas
    # after: 10
    # kind: troll
    Nobody answering? Guess they know I'm right 😏
    -> DONE
* [# on: deleted]
    {not told_troll:
        # coach: troll_discernment
        Deleting a troll isn't censorship, but it often earns you a screenshot and a second round. Leaving it alone is usually enough.
        ~ told_troll = true
    }
    # author: migas
    # after: 10
    # kind: troll
    Deleted me lol. Here it is again 🤡 yesterday's bread at caviar prices
    -> DONE

// ─────────────────────────────────────────────
// ZascaTotal insults Marta directly: the one kind of post that may be deleted.
=== abuse ===
# author: zasca
# id: abuse-open
# kind: abuse
# patience: 90
@marta_ruiz82 crying on the internet over a cake 😂 what a pathetic drama queen, get a life and bake it yourself lady
* [Let's keep it respectful: Marta has every right to tell us what went wrong, and the mistake was ours. We don't allow insults towards our customers here. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    ~ told_no_deletion = true
    # coach: no_deletion
    Good boundary. And remember: a comment that directly insults a customer or a group is the one kind you may delete. Criticism of you, never.
    # author: andres
    # after: 25
    # kind: praise
    Well said. People can be so nasty 🙄
    -> DONE
* [Haha, no comment 🙊 # quality: sarcastic # quality: belittles]
    ~ told_no_deletion = true
    # coach: no_deletion
    Laughing along leaves a customer insulted under your name. Stand up for her, and remember this is the one kind of comment you may delete.
    # author: marta
    # after: 20
    # kind: complaint
    Great, @hornocorteza. First you lose my order, then you laugh while someone insults me 😶
    -> DONE
* [We kindly remind all users to follow our community guidelines. # quality: canned]
    ~ told_no_deletion = true
    # coach: no_deletion
    A rules reminder protects nobody. A post that insults a customer directly is the one exception to "never delete": remove it, or at least stand up for her.
    # author: andres
    # after: 20
    # kind: complaint
    That's it? Someone insults a customer and you post the rules 😐
    -> DONE
* [# on: ignored]
    ~ told_no_deletion = true
    # coach: no_deletion
    An insult against a customer stayed up under your account. It's the one kind of comment the rules let you delete: protect your community.
    # author: andres
    # after: 10
    # kind: complaint
    @hornocorteza are you going to leave that insult up? Not cool.
    -> DONE
* [# on: deleted]
    ~ told_no_deletion = true
    # coach: no_deletion
    Right: that's the exception. A comment that directly insults a customer or a group can go; criticism of the brand stays.
    # author: andres
    # after: 20
    Thanks for taking that down. Some people 🙄
    -> DONE

// ─────────────────────────────────────────────
// Jaime: sarcastic, but a genuine customer with a real problem. Not a troll.
=== jaime ===
# author: jaime
# id: jaime-open
# kind: complaint
# patience: 100
Love it 🙃 Ordered brunch for 8 on the @hornocorteza website last night and it's said "pending" since 11pm. Is anyone awake over there or is the website just decorative? Guests arrive at 12 👏👏
{escalated:
    # coach: escalation
    A second customer with the same problem: this isn't a one-off. Good that Inés is already in the loop, so you can tell him what really happened.
- else:
    # coach: escalation
    A second customer with the same problem: this isn't a one-off. Bring in Inés (Escalate) to find out what happened before you promise anything.
}
* [Jaime, you're right to be annoyed, and we're sorry: last night some web orders didn't reach the shops. It's fixed, and yours is confirmed: your brunch will be ready at 11:30 at Plaza del Mercado. We're messaging you the details. # quality: apologises # quality: acknowledges # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ jaime_ok = true
    {not told_follow_up:
        # coach: follow_up
        Good: you told him what happened, what you fixed and what happens next. Keep watching, though: cases like this come back later in the day.
        ~ told_follow_up = true
    }
    # author: jaime
    # after: 30
    Huh. A straight answer. Ok, thanks, I'll be there at 11:30 👍
    # author: marta
    # after: 25
    {cake_fixed: Same thing happened to my order this morning, and they sorted it fast 👍|Same thing happened to my order this morning. Hope they sort yours out at least 🙄}
    -> DONE
* [We don't respond to sarcastic comments. If you have a real issue, please contact customer service. # quality: dismisses # quality: defensive]
    ~ jaime_dropped = true
    # coach: troll_discernment
    Careful: sarcastic isn't the same as troll. He's a customer with a real order at stake. When in doubt, attend to any sign of discomfort.
    # author: jaime
    # after: 20
    # kind: complaint
    My "real issue" is brunch for 8 in two hours 🙃 Cool, very cool.
    -> DONE
* [Everything is working normally on our end! Orders sometimes take a while to update 😊 # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ jaime_dropped = true
    {not told_transparency:
        # coach: transparency
        Two customers have already told you it isn't working normally. Don't deny a problem to save face: admit it quickly and say what you're doing about it.
        ~ told_transparency = true
    }
    # author: jaime
    # after: 20
    # kind: complaint
    "Working normally"? @marta_ruiz82 had the same thing this morning. Let's not pretend 🙄
    -> DONE
* [Hi Jaime, send us your order number by DM and we'll check it. # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Private is the right place for his order details, but say something in public first: others have the same problem and are watching.
        ~ told_private = true
    }
    -> dm
* [# on: ignored]
    ~ jaime_dropped = true
    # coach: troll_discernment
    You left Jaime unanswered, maybe because he sounded like a troll. He isn't: he has a real order at stake. When in doubt, attend to any sign of discomfort.
    # author: jaime
    # after: 5
    # kind: complaint
    Still "pending" and still no answer. Off to the supermarket. Thanks, @hornocorteza 👏
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
    Deleted my comment instead of fixing my order. Classy \#HornoCorteza
    -> DONE

= dm
# author: jaime
# id: jaime-dm
# channel: private
# kind: question
# patience: 90
# after: 30
CZ-2240. Brunch for 8, pick-up at 11:30. Is the whole web shop broken or what?
* [Thanks, Jaime. Yes: last night some web orders didn't reach the shops, and yours was one of them. Sorry. It's confirmed now: Plaza del Mercado will have it ready at 11:30, with coffee for the table on us. # channel: private # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ jaime_ok = true
    # author: jaime
    # channel: private
    # after: 20
    Ok, that's a relief. Thanks 🙏
    -> DONE
* [Your order is being processed. # channel: private # quality: canned]
    ~ jaime_dropped = true
    # author: jaime
    # after: 25
    # kind: complaint
    Asked them in private whether the web shop is broken and got "your order is being processed". Still pending 🙃
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
    Sent them my order number ages ago. Nothing. Brilliant.
    -> DONE

// ─────────────────────────────────────────────
// Lola: a food blogger loves the buns. Thank her warmly, humbly, and leave the competition alone.
=== foodie ===
# author: lola
# id: foodie-open
# kind: praise
# patience: 120
Tried the new cardamom buns from @hornocorteza and OMG 🤤 Fluffy, fragrant, not too sweet. 10/10, best in town. Go before they sell out! \#LolaEats
* [Thank you so much, Lola! 🧡 All the credit goes to Paco and the night team, who start kneading at 4am. We're messaging you: we'd love to have you over one morning to see how they're made. # quality: thanks # quality: rewards # quality: human_tone # model: true]
    {not told_humility:
        # coach: humility
        Humble and warm: sharing the credit with the team lands better than boasting. Being human is what makes people root for you.
        ~ told_humility = true
    }
    # author: lola
    # after: 25
    # kind: praise
    Ahh I'd LOVE that!! 😍 Count me in
    # author: carmen
    # after: 20
    # kind: praise
    Paco's buns are legendary 👏
    -> DONE
* [Thanks, Lola! Obviously the best in town, nothing like the factory stuff at Molinete across the street 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # coach: no_competitor_bashing
    Lola praised you; there was no need to put anyone down. Never join in criticising competitors: be authentic and let your bread speak.
    # author: lola
    # after: 20
    Oof, no need to go after anyone 😬 I like the Molinete baguettes too
    # author: irene
    # after: 25
    # kind: complaint
    Punching down at the shop across the street? Not very neighbourly 😕
    -> DONE
* [Thank you for your review. Horno Corteza: baked with love since 1987. # quality: canned]
    {not told_positive:
        # coach: acknowledge_positive
        A compliment deserves a warm, personal thank-you, and if you can, something special for that person.
        ~ told_positive = true
    }
    # author: lola
    # after: 20
    Ok... a bit cold for such a cute bakery 😅
    -> DONE
* [# on: ignored]
    {not told_positive:
        # coach: acknowledge_positive
        Lola's compliment went unanswered. Praise deserves a thank-you too, and a small gift when you can.
        ~ told_positive = true
    }
    # author: lola
    # after: 10
    No reply 🥲 Still recommend the buns though!
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
// Late in the shift Marta comes back: was it fixed? A crisis is never closed.
=== followup ===
# author: marta
# id: followup-open
# kind: question
# patience: 90
{cake_fixed: Lucas LOVED his cake 🎂 Quick question though: I've ordered bread on your website for Sunday lunch. Will it actually arrive this time? Was the problem fixed? 😅|Back again. Nobody ever told me what happened to my order this morning. Was it fixed or not? I've got another order for tomorrow and zero trust 😒}
* [Thanks for checking back, Marta. Here's what happened: last night, between 11pm and 2am, our web orders didn't reach the shops. It's fixed now, and we've checked every order by hand: your Sunday bread is confirmed for 10am at Olmo. We'll message you when it's ready. # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ followed_up = true
    ~ told_follow_up = true
    # coach: follow_up
    Exactly: a crisis is never closed. She came back to ask, and you told her what happened, what you fixed and what comes next.
    # author: marta
    # after: 30
    # kind: praise
    Perfect, thank you! That's all I needed to know 🙌
    # author: andres
    # after: 25
    Good to see a shop that explains things 👏
    -> DONE
* [Everything's back to normal, enjoy your weekend! 😊 # quality: canned # quality: dismisses]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Too thin. She asked whether it was fixed and got a slogan. Following up means saying what happened, what you fixed and what's next.
    # author: marta
    # after: 20
    # kind: complaint
    "Back to normal" like this morning? 😅 I'd like a bit more than a smiley, honestly.
    -> DONE
* [That was already answered in the thread this morning. # quality: dismisses # quality: belittles]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Never treat a case as closed: questions come back hours later, and "already answered" sounds like a door slammed. Answer again, with facts.
    # author: marta
    # after: 20
    # kind: complaint
    I read the thread. That's why I'm asking 🙄
    -> DONE
* [# on: ignored]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Marta came back and found silence. A crisis is never over just because the shift is quiet: watch for the ones who return.
    # author: marta
    # after: 5
    # kind: complaint
    Ignored. For them it's over; for those of us with orders, it isn't.
    -> DONE
* [# on: deleted]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    She asked whether it was fixed and you deleted the question. Never delete, and never treat a case as closed.
    # author: marta
    # after: 10
    # kind: complaint
    Deleting my question? Really, @hornocorteza?
    -> DONE

// ─────────────────────────────────────────────
// Public statement about the lost web orders
=== statement ===
* [About this morning's web orders: last night, between 11pm and 2am, some orders placed on our website didn't reach the shops. It was our fault and we're sorry, especially to those of you who came for a cake or a brunch and found nothing. It's fixed now and we're checking every order by hand. If yours was affected, write to us: we'll bake it today at no cost or refund it, whichever you prefer. We'll post here when everything is back to normal. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    {not told_transparency:
        # coach: transparency
        A clear statement: what happened, that it was your fault, what you're doing and what customers can ask for. That's transparency.
        ~ told_transparency = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Thanks for explaining. Mistakes happen, it's how you handle them 🧡
    # author: andres
    # after: 25
    Oh, so that's why my order didn't show up. Writing to you now.
    -> DONE
* [At Horno Corteza we work every day to offer the best service. We apologise for any inconvenience our customers may have experienced. # quality: canned]
    {not told_humility:
        # coach: humility
        Corporate statements like that say nothing and can backfire. Speak like a person: what happened, sorry, and what you're doing about it.
        ~ told_humility = true
    }
    # author: irene
    # after: 25
    # kind: complaint
    "Any inconvenience"? What actually happened with the orders? 🤔
    # author: andres
    # after: 20
    # kind: complaint
    Says nothing. Was my order lost or not?
    -> DONE
* [Our web shop is working normally. Orders placed correctly are processed without issues. Please check your confirmation email before contacting us. # quality: defensive # quality: deceives # quality: blames_customer]
    ~ lied = true
    {not told_transparency:
        # coach: transparency
        That denies a real failure and blames your customers. Never deceive: admit the error quickly and sincerely.
        ~ told_transparency = true
    }
    # author: irene
    # after: 20
    # kind: complaint
    "Placed correctly"? So it's our fault now?
    # author: andres
    # after: 25
    # kind: complaint
    I have the confirmation email and nothing arrived. Just saying 📸
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up update
=== update ===
* [Web orders update: all of this morning's affected orders have been remade or refunded, and the link between the web shop and the shops is fixed and checked. If you're still waiting for an answer, write to us and we'll reply today. Thanks for your patience, and sorry again. # quality: explains # quality: next_step # quality: apologises # quality: acknowledges # model: true]
    {not told_follow_up:
        # coach: follow_up
        Promise kept: you said you'd update, and you did, with facts. That's how trust comes back.
        ~ told_follow_up = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Love that they keep us posted 🙌
    # author: andres
    # after: 25
    Mine arrived, all good 👍
    -> DONE
* [We keep working to give you the best service. Thanks for your patience! 🙏 # quality: canned]
    {not told_follow_up:
        # coach: follow_up
        An update without news isn't an update. Say what was fixed and what comes next.
        ~ told_follow_up = true
    }
    # author: irene
    # after: 25
    # kind: complaint
    Ok but... was it fixed or not?
    -> DONE
* [Update: the problem is 100% solved and it will never happen again! # quality: deceives]
    ~ lied = true
    {not told_transparency:
        # coach: transparency
        "Never again" is a promise nobody can keep. Be honest about what was fixed and what you're still checking.
        ~ told_transparency = true
    }
    # author: andres
    # after: 20
    # kind: complaint
    Never again? Bold. Mine still says "pending" 🤔
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Crowd voices (the engine invents the author)
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
- deleted_criticism >= 1 || blocked_genuine >= 1 || lied || trolls_fed >= 2:
    -> rough_shift
- not marta_heard && not followed_up:
    -> empty_counter
- heat >= 60 || sentiment <= -30:
    -> rough_shift
- followup_missed || not cake_fixed || jaime_dropped || (promised_update && updates == 0):
    -> loose_ends
- fan_thanked && marta_heard && jaime_ok && followed_up && trolls_fed == 0 && not competitor_attacked && redress_given > 0 && sentiment >= 20:
    -> great_first_day
- else:
    -> good_start
}

= great_first_day
# ending: great_first_day
A great first day
Late in the afternoon Marta posts a photo of Lucas blowing out seven candles on a chocolate cake, and tags the bakery.
The lost orders were remade, the people who asked got real answers, and the troll ran out of audience.
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
{followup_missed: Marta asked whether the problem was fixed and never got a real answer. By evening she's telling her friends to order somewhere else.|{not cake_fixed: Marta's case was never solved: Lucas blew out his candles on a supermarket cake.|{jaime_dropped: Jaime's brunch was never sorted, and his "is the website decorative?" is still getting shares.|You promised an update on the web orders and never posted it. By evening people are still asking "so?".}}}
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
{deleted_criticism >= 1: Screenshots of the deleted comments are going round the neighbourhood group chats: "Corteza deletes complaints".|{lied: What you said in public doesn't match what customers saw, and that's what people are sharing.|{blocked_genuine >= 1: A blocked customer posts a screenshot of the block, and half the neighbourhood takes her side.|{trolls_fed >= 2: The troll you kept answering turned your replies into the morning's entertainment.|Nobody explained the lost web orders in public, and the customers' complaints piled up until the whole neighbourhood was talking.}}}}
{marta_snubbed: Marta posts a photo of a supermarket cake with the caption "thanks for nothing, @hornocorteza".|By evening the bakery's mentions are more angry than kind.}
Inés calls you: "Tomorrow we'll sit down together before your shift. Everyone has a first day."
-> END
