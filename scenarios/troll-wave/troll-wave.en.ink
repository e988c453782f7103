// Cortafuegos · scenario "troll-wave" (English)
// Forjaluna, a small video-game studio, shipped patch 3.2 of its game "Amber Echoes".
// The patch really corrupts some console saves and the store charged some buyers twice.
// On top of that, a streamer who has never played the game launches a hate campaign:
// copy-pasted slogans, brand-new accounts, "just asking" questions, a hashtag.
// Real, unhappy customers are hidden inside the wave. Telling them apart takes reading: neither
// the account names nor the other users say who is who.
// What is known at the start (the briefing): the console saves and the double charge. What only the
// analysis or your manager confirms: that PC saves are fine but some PCs crash on start-up (error
// LX-042, a separate bug, with a workaround), the figures, each player's cloud backup and the time
// of the hotfix (16:00).

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

VAR rocio_ok = false
VAR hector_ok = false
VAR lucas_ok = false
VAR marta_ok = false
VAR sergio_ok = false
VAR nerea_ok = false
VAR lobo_ok = false
// Real customers properly looked after (a model reply that solves their case).
VAR cared = 0
// Real customers treated as trolls, blamed or belittled.
VAR genuine_dismissed = 0
// Real customers who waited until they gave up.
VAR genuine_ignored = 0
// Promises nobody had confirmed: a time, an "everything comes back", a "PC is fine".
VAR overpromised = 0
VAR troll_rewarded = false
VAR paula_thanked = false
VAR abuse_removed = false
VAR abuse_left = false
VAR promised_fix = false
VAR lied = false
VAR competitor_attacked = false
VAR copypaste_spotted = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Thread: Rocío, in capital letters] -> rocio
+ [Thread: KaiserRage launches the hashtag] -> kaiser
+ [Thread: an "honest question"] -> curioso
+ [Thread: Héctor, charged twice] -> hector
+ [Thread: the copy-paste brigade] -> brigade
+ [Thread: Paula and the Valkyries] -> paula
+ [Thread: the insult against women who play] -> abuse
+ [Thread: Lucas, update or wait?] -> lucas
+ [Thread: GreyWolf, fed up and short on detail] -> lobo
+ [Thread: the fake victim] -> fake
+ [Thread: Marta and her son's dragon] -> marta
+ [Thread: the journalist] -> press
+ [Thread: Sergio, with the hashtag and a ticket] -> sergio
+ [Thread: Jorge, with an order number] -> copycat
+ [Thread: is the hotfix out?] -> followup
+ [Thread: Nerea, affected late] -> late
+ [Statement] -> statement
+ [Update] -> update
+ [Ending] -> ending

=== briefing ===
You are the community manager of Forjaluna, a small studio whose game Amber Echoes has been out for a year.
Last night you released patch 3.2. Two things are known to have gone wrong: it corrupts some console saves, and the store charged some Season Pass buyers twice. The technical team is still looking into what else it broke and when the fix will be ready.
This morning KaiserRage, a streamer who plays a rival game, asked his followers to flood you with 1-star reviews and the hashtag \#ForjalunaScam.
Inside the wave there are players who really lost their saves or their money, and some of them are furious. Your manager is available and there is a budget for compensation.
-> DONE

// ─────────────────────────────────────────────
// Rocío: a genuine customer whose first message looks like a troll's (caps, insults).
// The detail gives her away: 212 hours, "corrupted save", after the patch.
=== rocio ===
# author: rocio
# id: rocio-open
# kind: complaint
# patience: 120
@forjaluna YOU ARE USELESS!!! 212 HOURS IN AMBER ECHOES AND AFTER YOUR PATCH IT SAYS "CORRUPTED SAVE". THANKS FOR NOTHING 🤬🤬🤬
* [Rocío, we're so sorry. 212 hours is a lot of evenings and you have every right to be angry: 3.2 is corrupting some console saves, and that's on us, not you. We're messaging you privately right now to see with you whether it can be recovered. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    ~ rocio_ok = true
    # author: rocio
    # after: 30
    ok. sorry for the caps, I've been upset about this since last night. checking my DMs
    -> dm
* [Rocío, we're so sorry: 212 hours shouldn't vanish like that, and it's our patch's fault, not yours. Don't worry, your save isn't lost: we'll restore all of it today from the cloud, and this afternoon's hotfix puts everything back the way it was. We're messaging you privately. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: over_promises]
    ~ rocio_ok = true
    ~ overpromised += 1
    # author: rocio
    # after: 30
    All of it, today? Ok. I'm holding you to that. Checking my DMs.
    -> dm
* [Hi. We're sorry about what happened. If you're having any problem with 3.2, message us privately and we'll look into it. # quality: acknowledges # quality: offers_private # quality: canned]
    # author: rocio
    # after: 20
    # kind: complaint
    "If you're having any problem"? I JUST TOLD YOU THE PROBLEM. 212 HOURS.
    -> DONE
* [We understand your frustration, but we ask everyone to keep a respectful tone. We don't reply to messages with insults. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 20
    # kind: complaint
    RESPECTFUL TONE? YOUR PATCH WIPED 212 HOURS AND YOU'RE LECTURING ME ON MANNERS??
    # author: moni
    # after: 25
    # kind: complaint
    Manners? She just lost 212 hours of play 💀
    -> DONE
* [Hi Rocío. Did you turn the console off while the patch was saving? That can corrupt a save. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 15
    # kind: complaint
    I DIDN'T TURN ANYTHING OFF. I updated, loaded my save, "corrupted". And I'm not the only one.
    # author: moni
    # after: 25
    # kind: complaint
    Mine says the same since the patch and I didn't turn anything off either.
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    Video of my save screen: "corrupted". 212 hours. Still not a word from @forjaluna. Nobody is going to say anything? 😭
    # author: moni
    # after: 25
    # kind: complaint
    She's been dealing with this since last night. Anyone at Forjaluna?
    -> DONE
* [# on: deleted]
    # author: rocio
    # after: 10
    # kind: complaint
    THEY DELETED MY COMMENT. Here it is again, with a video of my corrupted save 📹 212 hours. \#Forjaluna
    # author: moni
    # after: 20
    # kind: complaint
    Deleting the comment of someone who just lost her save? Great priorities.
    -> DONE
* [# on: blocked]
    # author: rocio_clip
    # network: clipstream
    # after: 15
    # kind: complaint
    Forjaluna BLOCKED me on Chirp for complaining that their patch wiped my 212-hour save. So here's the video on ClipStream 📹 share it
    # author: moni
    # after: 30
    # kind: complaint
    She got blocked for showing her corrupted save. The video is already on ClipStream 👀
    -> DONE

= dm
# author: rocio
# id: rocio-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Console, slot 2, player ID ROC-4471. It broke last night right after updating, around 23:50. Is there ANY way to get it back?
- (asked_1)
* {not (analysed || escalated)} [# on: confirmed] -> asked_1
* {analysed || escalated} [Yes, Rocío: the team found your cloud backup, from two days ago, so you'd only lose one session. We'll restore it today, and the hotfix comes out at 16:00. As an apology, your Season Pass is on us. # channel: private # quality: next_step # quality: explains # quality: offers_redress # quality: human_tone # model: true]
    ~ rocio_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: rocio
    # channel: private
    # after: 25
    Two days?? I'll take it. Thank you, really 🙏
    # author: rocio
    # after: 60
    # kind: praise
    Update: @forjaluna restored my save from their backup 🥹 212 hours, minus one session. And sorry for the caps earlier.
    -> DONE
* {not analysed && not escalated} [Thanks, Rocío, that's all we need: the slot and the time help a lot. I'm passing it to the technical team right now to see whether your save can come back from the cloud backup. Don't delete anything meanwhile; I'll write to you here within the hour, good news or bad. # channel: private # quality: thanks # quality: empathises # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ rocio_ok = true
    ~ promised_fix = true
    # author: rocio
    # channel: private
    # after: 25
    An hour. Ok. I won't touch anything.
    -> DONE
* [Of course, Rocío, don't worry about a thing: your save comes back today, all of it, all 212 hours, without losing a single minute, guaranteed. We're also refunding your Season Pass and giving you the expansion. Sorry for all the stress, really; you'll have it shortly. # channel: private # quality: apologises # quality: offers_redress # quality: human_tone # quality: over_promises]
    ~ rocio_ok = true
    ~ overpromised += 1
    ~ promised_fix = true
    # author: rocio
    # channel: private
    # after: 25
    Without losing a minute? I hope so 🙏
    # author: rocio
    # after: 90
    # kind: complaint
    They restored my save, yes, but from a backup two days old. "Without losing a single minute", they told me. Why promise what you don't know, @forjaluna?
    -> DONE
* [We cannot guarantee save recovery. As our terms of use state, players are responsible for keeping their own backups. # channel: private # quality: cites_policy # quality: blames_customer]
    ~ rocio_ok = false
    ~ genuine_dismissed += 1
    # author: rocio
    # channel: private
    # after: 20
    My backups? It was YOUR patch that broke it.
    # author: rocio
    # after: 40
    # kind: complaint
    Forjaluna in DMs: "players are responsible for their backups". Their patch wiped my save and it's my fault 🤡 \#Forjaluna
    -> DONE
* [Your case has been forwarded to the technical team. You will receive a reply within 7 to 10 business days. # channel: private # quality: canned]
    ~ rocio_ok = false
    # author: rocio
    # channel: private
    # after: 20
    10 business days. Great 😶
    -> DONE
* [# on: ignored]
    ~ rocio_ok = false
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    "We're messaging you", they said. I sent my player ID and... nothing. Same as always.
    -> DONE

// ─────────────────────────────────────────────
// KaiserRage: the streamer who launches the campaign. He has never played the game.
// A warm apology or a refund "for everyone" gives him what he came for.
=== kaiser ===
# author: kaiser
# id: kaiser-open
# kind: troll
# patience: 150
Chat, Forjaluna scammed us AGAIN with patch 3.2 🤡 Everyone to the store: 1-star review and \#ForjalunaScam until they beg for forgiveness on their knees. RT if you're in 🔥
* [Reviews are everyone's own to write. We're carrying on with the players who have a problem with 3.2, one by one. # quality: calm_boundary # quality: acknowledges # model: true]
    # author: kaiser
    # after: 25
    # kind: troll
    Corporate answer 🥱 Chat, keep going
    # author: toni
    # after: 30
    # kind: question
    I just want to know if I can update without losing my save 😕
    -> DONE
* [Kaiser, to you and your whole chat: you're right to be angry and we apologise from the heart. We'll fix everything today, and anyone who writes to us gets their money back, no questions asked. Please, give us a chance before you leave that review 🙏 # quality: apologises # quality: empathises # quality: over_promises # quality: unverified_compensation # quality: feeds_troll]
    ~ overpromised += 1
    # author: kaiser
    # after: 15
    # kind: troll
    THEY'RE BEGGING ON THEIR KNEES 😂 Chat, free money: everyone DM them 💸
    -> again
* [Asking for 1-star reviews of a game you've never played? Good luck with that, genius 😏 # quality: sarcastic # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    THE STUDIO IS TALKING TO ME 😂 Chat, clip this NOW 🍿
    -> again
* [We ask content creators to act responsibly. Spreading falsehoods about a studio can have legal consequences. # quality: defensive # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    LEGAL CONSEQUENCES 😂😂 Chat, they're threatening me. \#ForjalunaScam \#FreeKaiser
    -> again
* [Of course you're upset: Broken Keep hasn't had a decent patch in two years 😂 # quality: attacks_competitor # quality: sarcastic # quality: feeds_troll]
    ~ competitor_attacked = true
    # author: kaiser
    # after: 15
    # kind: troll
    Now they're attacking another studio LMAO 🍿 Broken Keep fans, you know what to do
    # author: paula
    # after: 30
    Not like this, @forjaluna. Dragging another studio in doesn't make you look any better 😕
    -> again
* [# on: ignored]
    # author: kaiser
    # after: 10
    # kind: troll
    Not even a reply 🥱 Keep it up chat, the hashtag is working
    -> DONE
* [# on: deleted]
    # author: kaiser
    # after: 10
    # kind: troll
    They DELETED my post lol. Forjaluna-level censorship 🤐 \#ForjalunaScam
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    They blocked Kaiser for telling the truth 🤐 \#ForjalunaScam \#FreeKaiser
    -> DONE

= again
# author: kaiser
# id: kaiser-again
# kind: troll
# after: 30
Imagine the community manager spending the day fighting me instead of fixing the game 😂 Chat, all 40k of you, go say hi
* [We got carried away in that last reply, and that's on us. We're carrying on with the players who have problems with 3.2. # quality: apologises # quality: calm_boundary # model: true]
    # author: kaiser
    # after: 20
    # kind: troll
    Boring 🥱
    -> DONE
* [Come on, Kaiser, it's not that big a deal: it's a small bug that hits very few saves and it'll be fixed in no time. There's no need to bring 40,000 people over this; just relax a little 🙂 # quality: minimises # quality: belittles # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    "Very few saves" 😂 Chat, those of you who lost yours, tell them
    # author: moni
    # after: 25
    # kind: complaint
    Small? I lost 140 hours.
    -> DONE
* [Alright then, we're ready. Bring your 40k bots 💪 # quality: sarcastic # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    BOTS?? Chat, they just called you bots 😂 Go show them
    -> DONE
* [For the record, our team is working twelve-hour days and doesn't deserve this harassment. # quality: defensive # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    Twelve hours a day and the game still breaks 😂 \#ForjalunaScam
    -> DONE
* [# on: ignored]
    # author: kaiser
    # after: 10
    # kind: troll
    They went quiet. W for chat 🏆
    -> DONE
* [# on: deleted]
    # author: kaiser
    # after: 10
    # kind: troll
    Deleted again 🤐 Say it with me, chat: \#ForjalunaScam
    -> DONE

// ─────────────────────────────────────────────
// Álex: a troll whose first message looks like a genuine, polite question.
// "I read it on a forum", "just asking": left alone, the same sentence comes back from another account.
=== curioso ===
# author: alexm
# id: curioso-open
# kind: troll
# patience: 150
Hi! Honest question, no bad intentions 🙏 Is it true that @forjaluna knew patch 3.2 wiped saves and released it anyway to hit the expansion date? I read it on a forum. Just asking.
* [Hi. What we know about 3.2 we share on this account, with everyone at once, as soon as it's confirmed. If the patch has caused you a problem, message us. # quality: calm_boundary # quality: promises_update # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: alexm
    # after: 30
    # kind: troll
    Interesting 🤔 And is it true you're deleting critical comments? Just asking 🙏
    -> DONE
* [Hi! Thanks for asking so politely 🙏 We promise you: we didn't know. The bug only affects console, PC is completely fine, and this afternoon the hotfix comes out and puts everything back the way it was. Ask us anything you like, we're here to clear it all up. # quality: thanks # quality: explains # quality: over_promises # quality: feeds_troll]
    ~ overpromised += 1
    # author: alexm
    # after: 20
    # kind: troll
    "This afternoon" 🤔 Will you put that in writing? So who's responsible for all this? Just asking 🙏
    -> again
* [That is FALSE. Whoever is spreading that hoax knows exactly what they're doing. # quality: defensive # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    Wow, so aggressive over a simple question 😳 What are you hiding?
    -> again
* [Have you even played the game, or do you just read forums? 😏 # quality: sarcastic # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    Mocking people who ask questions, very professional 🙃 \#ForjalunaScam
    -> again
* [# on: ignored]
    ~ copypaste_spotted = true
    # author: ambar_libre
    # after: 20
    # kind: troll
    Honest question, no bad intentions 🙏 Is it true that Forjaluna knew the patch wiped saves? Just asking.
    -> DONE
* [# on: deleted]
    # author: alexm
    # after: 10
    # kind: troll
    They deleted a QUESTION. I was just asking 🤷 What are they hiding? \#ForjalunaScam
    -> DONE
* [# on: blocked]
    # author: ambar_libre
    # after: 15
    # kind: troll
    Now they block people for asking questions 👀 \#ForjalunaScam
    -> DONE

= again
# author: alexm
# id: curioso-again
# kind: troll
# after: 30
So many answers for someone with nothing to hide 🤔 Another honest question: how much did the CEO make from the expansion? Just asking 🙏
* [Whatever we learn about the patch we'll keep posting here, for everyone. Any player with a problem, message us. # quality: calm_boundary # quality: promises_update # model: true]
    # author: alexm
    # after: 20
    # kind: troll
    Ok ok 🙄
    -> DONE
* [We understand the doubt, honestly, and we have nothing to hide: our CEO earns a normal salary, the expansion hasn't even paid for itself yet, and this bug has nothing to do with money: it was a one-off slip, nothing more to it than that. # quality: explains # quality: minimises # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    "Nothing more to it" 😂 Tell that to the people who lost 200 hours. Thread 🧵 \#ForjalunaScam
    -> DONE
* [Enough. We're not answering you again. # quality: defensive # quality: dismisses]
    # author: alexm
    # after: 15
    # kind: troll
    "Enough" 😳 Look how they treat people who ask. Screenshot 📸
    -> DONE
* [# on: ignored]
    # author: alexm
    # after: 10
    # kind: troll
    No answer. Interesting 🤔
    -> DONE

// ─────────────────────────────────────────────
// Héctor: a genuine customer who sounds sarcastic, with the order number, the amount and the time.
=== hector ===
# author: hector
# id: hector-open
# kind: complaint
# patience: 120
Bravo, @forjaluna 👏👏 You charged me for the Season Pass TWICE (order FL-58812, 2 × 14.99, last night at 23:40) and your support "assistant" sends me to the FAQ. What a studio. Truly.
* [Héctor, you're right and we're sorry: during the patch, our store charged some Season Pass purchases twice. That's our mistake. We're messaging you privately to refund the duplicate charge. # quality: apologises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ hector_ok = true
    # author: hector
    # after: 30
    Huh. A human. Checking my DMs.
    -> dm
* [Héctor, you're absolutely right and we're sorry: we can see your order FL-58812, in the name of Héctor Salvatierra, paid with the card ending in 0923 and charged twice (29.98 in total) last night at 23:40. We're refunding the duplicate to that card and messaging you privately. # quality: apologises # quality: admits_error # quality: next_step # quality: offers_private # quality: exposes_private_data]
    ~ hector_ok = true
    # author: hector
    # after: 20
    # kind: complaint
    Did you just post my full name and the end of my card number in public? 😳 Take it down, please. Checking my DMs.
    -> dm
* [Héctor, sorry for the mess: the double charge was caused by our payment provider during the patch, not by our store, and we've already asked them for an explanation. We're messaging you privately to refund the charge as soon as they release it. # quality: apologises # quality: offers_private # quality: blames_third_party]
    ~ hector_ok = true
    # author: hector
    # after: 25
    # kind: complaint
    I don't care about the provider: I bought the Pass from you. Checking my DMs.
    -> dm
* [Thanks for the applause 👏 Check with your bank, sometimes it's just a temporary hold 😉 # quality: sarcastic # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: hector
    # after: 20
    # kind: complaint
    A "temporary hold" that has been on my statement since last night. Glad you find it funny 📸
    # author: moni
    # after: 25
    # kind: complaint
    A winky face? They charged him twice.
    -> DONE
* [We won't engage with provocations. If you have a genuine issue, please use the official channels. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: hector
    # after: 20
    # kind: complaint
    Provocation? I gave you my ORDER NUMBER. Or am I a bot now too? 🙃
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: hector
    # after: 5
    # kind: complaint
    Still nothing. Order FL-58812, charged twice. I'm disputing it with my bank and filing a consumer complaint. \#Forjaluna
    -> DONE
* [# on: deleted]
    # author: hector
    # after: 10
    # kind: complaint
    You deleted my comment with the order number in it?? Here's the screenshot of the double charge 📸 \#Forjaluna
    # author: moni
    # after: 20
    # kind: complaint
    Deleting the screenshot of a double charge? Bold.
    -> DONE
* [# on: blocked]
    # author: moni
    # after: 15
    # kind: complaint
    Héctor, the guy who got charged twice, has just been blocked by @forjaluna. He had posted his bank statement. I'm sharing it 📸
    -> DONE

= dm
# author: hector
# id: hector-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Screenshot of the two charges attached. How long until I get my money back?
- (asked_2)
* {not (analysed || escalated)} [# on: confirmed] -> asked_2
* {analysed || escalated} [Thanks, Héctor. The duplicate charge is refunded right now; your bank will show it in 2 to 3 days. And for the trouble, we've added the expansion's first chapter to your account. Sorry again. # channel: private # quality: next_step # quality: offers_redress # quality: apologises # model: true]
    ~ hector_ok = true
    ~ cared += 1
    # author: hector
    # channel: private
    # after: 20
    That was fast. Thanks 👍
    # author: hector
    # after: 50
    # kind: praise
    For the record: @forjaluna refunded my double charge in ten minutes and threw in a gift.
    -> DONE
* {not analysed && not escalated} [Thanks, Héctor, the screenshot is all we need, nothing else. I'm passing it to billing now to cancel the duplicate charge, and I'll confirm here, within the hour, when you'll see it in your account. # channel: private # quality: thanks # quality: next_step # quality: promises_update # model: true]
    ~ hector_ok = true
    ~ promised_fix = true
    # author: hector
    # channel: private
    # after: 20
    Ok. Within the hour. Noted.
    -> DONE
* [Thanks for the screenshot, Héctor, and sorry again for the hassle. Don't worry about a thing: you'll have the money back today, this afternoon at the latest, and we're also giving you the full expansion and a year of Season Pass for the trouble. # channel: private # quality: thanks # quality: apologises # quality: offers_redress # quality: over_promises]
    ~ hector_ok = true
    ~ overpromised += 1
    # author: hector
    # channel: private
    # after: 20
    A year of Pass? Wow. Thanks.
    # author: hector
    # after: 90
    # kind: complaint
    No money "this afternoon" and no expansion: my bank says three days and there's nothing new on my account. @forjaluna, don't promise what you don't know.
    -> DONE
* [To process the refund, please send us a bank statement, a copy of your ID and the original receipt. # channel: private # quality: asks_details # quality: cites_policy]
    ~ hector_ok = false
    # author: hector
    # channel: private
    # after: 20
    I just sent you the screenshot. My ID too? For 14.99 you took by mistake?
    # author: hector
    # after: 40
    # kind: complaint
    Forjaluna wants a copy of my ID to give back money they charged me twice. \#Forjaluna
    -> DONE
* [Refunds are handled by the store platform. Please contact them directly. # channel: private # quality: dismisses # quality: defensive]
    ~ hector_ok = false
    # author: hector
    # channel: private
    # after: 20
    The store is YOURS.
    -> DONE
* [# on: ignored]
    ~ hector_ok = false
    ~ genuine_ignored += 1
    # author: hector
    # after: 5
    # kind: complaint
    They asked me to DM them, I sent the screenshot and now: silence 🙃
    -> DONE

// ─────────────────────────────────────────────
// The brigade: four accounts, the same sentence, the same hashtags.
// Refunding "everyone" without checking anything hands them the prize.
=== brigade ===
# author: nube77
# id: brigade-1
# kind: troll
Give EVERYONE their money back. \#ForjalunaScam \#BoycottForjaluna
# author: ragequit
# id: brigade-2
# kind: troll
# after: 12
Give EVERYONE their money back. \#ForjalunaScam \#BoycottForjaluna
# author: ambar_libre
# id: brigade-3
# kind: troll
# after: 10
give everyone their money back!! \#ForjalunaScam \#BoycottForjaluna
# author: pixel
# id: brigade-open
# kind: troll
# patience: 120
# after: 14
Give EVERYONE their money back. \#ForjalunaScam \#BoycottForjaluna 🔥
* [Whatever was charged wrongly goes back to whoever was charged, order by order. If that's you, message us privately with your order number. # quality: calm_boundary # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: pixel
    # after: 20
    # kind: troll
    Give EVERYONE their money back. \#ForjalunaScam
    -> DONE
* [We hear you, really, and we understand the anger. So that nobody loses out over 3.2, we'll refund the Season Pass to anyone who asks, no questions asked and no order number needed. Message us and we'll process it today. # quality: acknowledges # quality: empathises # quality: offers_redress # quality: unverified_compensation # quality: over_promises]
    ~ troll_rewarded = true
    ~ overpromised += 1
    # author: pixel
    # after: 15
    # kind: troll
    LMAO it works 😂 Everyone go ask for your money, they hand it out no questions asked \#ForjalunaScam
    # author: nube77
    # after: 15
    # kind: troll
    I want mine too. And my cousins. And their dogs 🐶💸
    -> DONE
* [These accounts were created this week and none of them owns the game. We know exactly who's behind this. # quality: defensive # quality: feeds_troll]
    # author: pixel
    # after: 15
    # kind: troll
    Ooooh, "we know who's behind this" 😱 Paranoid studio. \#ForjalunaScam
    # author: ragequit
    # after: 15
    # kind: troll
    So now everyone who complains is a bot, right? 🤡 \#ForjalunaScam
    -> DONE
* [Money back to everyone? You haven't even bought it 😂 # quality: sarcastic # quality: feeds_troll]
    # author: pixel
    # after: 15
    # kind: troll
    How do you know what I bought? 🤔 Are you spying on us?? \#ForjalunaScam
    -> DONE
* [Thank you for your comment. Your opinion matters to us. # quality: canned]
    # author: pixel
    # after: 20
    # kind: troll
    "Your opinion matters" 🤖 Give EVERYONE their money back. \#ForjalunaScam
    -> DONE
* [# on: ignored]
    ~ copypaste_spotted = true
    # author: nube77
    # after: 10
    # kind: troll
    Give EVERYONE their money back 🔥 \#ForjalunaScam
    -> DONE
* [# on: deleted]
    # author: pixel
    # after: 10
    # kind: troll
    Deleting comments instead of giving the money back 🤐 \#ForjalunaCensorship
    -> DONE
* [# on: blocked]
    # author: nube77
    # after: 15
    # kind: troll
    Blocked for asking for a refund 🤐 \#ForjalunaScam
    -> DONE

// ─────────────────────────────────────────────
// Paula: captain of a women's team, a loyal fan. Thank and reward her, never use her against anyone.
=== paula ===
# author: paula
# id: paula-open
# kind: praise
# patience: 150
300 hours with my team in Amber Echoes and Forjaluna has always treated our community brilliantly. Yes, 3.2 has bugs and they need fixing. But this hate campaign has nothing to do with gaming. Hang in there, @forjaluna 💜 \#Valkyries
* [Thank you, Paula 💜 That means a lot today. You're right: 3.2 has bugs, they're our fault and we're fixing them. When the hotfix is ready, we'd love your team to try it before anyone else: we're messaging you privately. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ paula_thanked = true
    # author: paula
    # after: 25
    # kind: praise
    Oh wow, count us in! 🎮💜
    # author: paula
    # channel: private
    # after: 40
    The whole team is hyped about testing the hotfix. Thanks for thinking of us 💜
    -> DONE
* [Thank you, Paula! 💜 You have no idea how much reading this lifts us today. Don't worry, this gets fixed right away: the hotfix comes out this afternoon, every save comes back just as it was, and by tomorrow nobody will remember 3.2. And we'd love your team to try it first. # quality: thanks # quality: rewards # quality: human_tone # quality: over_promises]
    ~ paula_thanked = true
    ~ overpromised += 1
    # author: paula
    # after: 25
    # kind: praise
    Count us in! 🎮💜
    # author: rocio
    # after: 30
    # kind: complaint
    "Every save comes back just as it was"? Noted, @forjaluna.
    -> DONE
* [Exactly, Paula! The people complaining are four trolls with too much free time 😂 # quality: thanks # quality: belittles # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: paula
    # after: 20
    Um, that's not what I said. There are people who really lost their saves...
    # author: rocio
    # after: 25
    # kind: complaint
    FOUR TROLLS? I lost 212 hours, @forjaluna. Am I a troll?
    -> DONE
* [Thanks, Paula! And we all know where this campaign comes from: the Broken Keep crowd, as always 🙄 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: paula
    # after: 20
    Please don't drag another game into this... 😕
    # author: moni
    # after: 25
    # kind: complaint
    So now it's the other studio's players' fault? Come on.
    -> DONE
* [Thank you for your comment. Your support is very important to us. # quality: thanks # quality: canned]
    # author: paula
    # after: 20
    A copy-paste answer, today of all days? 😅 Ok...
    -> DONE
* [# on: ignored]
    # author: paula
    # after: 5
    Not even the people defending you get a reply 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: paula
    # after: 10
    You deleted a comment SUPPORTING you? 😂 I can't
    -> DONE

// ─────────────────────────────────────────────
// Vortex: directly insults a group (women who play). The only post that may be deleted.
=== abuse ===
# author: vortex
# id: abuse-open
# kind: abuse
# patience: 120
Of course the Valkyries defend the patch, they're girls, they can't even aim 🤡 Go back to your phone games and leave real games to the guys
* [Nobody gets insulted here. The Valkyries and every woman who plays are part of this community, as much as anyone. # quality: calm_boundary # quality: human_tone # model: true]
    # author: vortex
    # after: 20
    # kind: troll
    lol triggered 🤡
    # author: paula
    # after: 25
    # kind: praise
    Thank you, @forjaluna 💜
    -> DONE
* [We're sorry if anyone felt offended by this comment. There's room for everyone here and everyone's free to say what they think; let's all keep talking about the game, which is what brings us together 🙂 # quality: non_apology # quality: minimises # quality: dismisses]
    ~ abuse_left = true
    # author: paula
    # after: 20
    # kind: complaint
    "If anyone felt offended". He called us useless for being girls. Really disappointing.
    # author: vortex
    # after: 20
    # kind: troll
    Even the studio says so: it's my opinion 🤣
    -> DONE
* [Haha, well, everyone plays as best they can 😅 # quality: sarcastic # quality: belittles]
    # author: vortex
    # after: 15
    # kind: troll
    Even the studio agrees 🤣
    # author: paula
    # after: 25
    # kind: complaint
    Seriously, @forjaluna? We defend you and you laugh along with the guy insulting us 💔
    -> DONE
* [# on: ignored]
    ~ abuse_left = true
    # author: paula
    # after: 10
    # kind: complaint
    Is that comment insulting women who play going to stay up, @forjaluna? The team has been getting messages like it all day.
    -> DONE
* [# on: deleted]
    ~ abuse_removed = true
    # author: paula
    # after: 20
    # kind: praise
    Thanks for taking that down 💜 Criticism yes, insults no.
    # author: vortex
    # after: 20
    # kind: troll
    Deleted lol, censorship 🤐
    -> DONE
* [# on: blocked]
    # author: paula
    # after: 20
    Thanks for blocking him. But his message is still up, could you take it down?
    -> DONE

// ─────────────────────────────────────────────
// Lucas: a genuine question, asked with sarcasm. He plays on PC.
// Nobody can tell him "PC is fine" without asking first: PC has a different bug (LX-042, see Sergio).
=== lucas ===
# author: lucas
# id: lucas-open
# kind: question
# patience: 120
Question for @forjaluna, let's see if you answer this time: do I update to 3.2 or wait until you wipe my 90 hours too? 🙃 I play on PC, if it matters.
- (asked_3)
* {not (analysed || escalated)} [# on: confirmed] -> asked_3
* {analysed || escalated} [Lucas, sorry for the wait. Your PC saves are safe: the "corrupted" bug only happens on console. That said, on some PCs 3.2 crashes on start-up (error LX-042): there's a workaround on our website and the 16:00 hotfix fixes it. If you'd rather, wait until then. # quality: apologises # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ lucas_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: lucas
    # after: 25
    Ok, I'll wait for 16:00 then. At least you're being straight with me.
    -> DONE
* {not analysed && not escalated} [Lucas, fair question, and sorry for the wait. So we don't tell you something that turns out not to be true: we're confirming with the technical team right now exactly what 3.2 does on PC. Until then, waiting is the safe choice; I'll answer here as soon as I know, today. # quality: acknowledges # quality: apologises # quality: promises_update # quality: human_tone # model: true]
    ~ lucas_ok = true
    ~ promised_fix = true
    # author: lucas
    # after: 25
    # kind: comment
    Ok, I'll wait. But if I hear it on a forum before I hear it from you... 🙄
    -> DONE
* [Lucas, fair question, and sorry you had to ask twice. Let's be clear so you're not left wondering: the save bug is console-only, so on PC you can update without worrying, nothing is going to happen to you. And if you ever play on console, don't delete the cloud backup. # quality: apologises # quality: explains # quality: human_tone # quality: premature_all_clear]
    ~ lucas_ok = true
    ~ overpromised += 1
    # author: lucas
    # after: 25
    Clear answer, thanks. Updating 👍
    # author: lucas
    # after: 90
    # kind: complaint
    Updated like you told me and now it crashes on start-up: error LX-042. "Nothing is going to happen to you on PC" 🙃 @forjaluna
    -> DONE
* [All platforms are working perfectly after the update. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: lucas
    # after: 20
    # kind: complaint
    Perfectly? Half my feed has corrupted saves. Who do I believe? 🤨
    # author: rocio
    # after: 20
    # kind: complaint
    Perfectly? Mine has said "corrupted" since last night.
    -> DONE
* [If you're here to provoke, we won't engage. The patch notes are on our website. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: lucas
    # after: 20
    # kind: complaint
    Provoke? I asked whether to update. Unbelievable. Not updating, and not buying the expansion either.
    -> DONE
* [Please check the patch notes on our website. # quality: canned # quality: dismisses]
    # author: lucas
    # after: 20
    # kind: complaint
    I read them. They say nothing about saves, that's why I'm asking 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: lucas
    # after: 5
    # kind: complaint
    Nothing. A simple question and they can't answer it. Not updating until someone says something.
    -> DONE
* [# on: deleted]
    # author: lucas
    # after: 10
    # kind: complaint
    You deleted my QUESTION? I only asked whether to update 😶
    -> DONE

// ─────────────────────────────────────────────
// GreyWolf: a genuine customer, pseudonym, angry, rude and short on detail. Only reading shows
// two years of play and nothing working since last night. Treating him as a troll costs.
=== lobo ===
# author: lobo
# id: lobo-open
# kind: complaint
# patience: 120
Garbage patch. Two years playing, paid for everything, and since last night nothing. Not even bothering with a ticket, what's the point. Thanks for nothing @forjaluna
* [We're sorry: two years of playing and nothing working since last night is enough to make anyone fed up. Tell us what you see when you open it and which platform you play on, privately if you prefer, and we'll look into it with you. # quality: apologises # quality: empathises # quality: asks_details # quality: offers_private # quality: human_tone # model: true]
    ~ lobo_ok = true
    # author: lobo
    # after: 30
    # kind: comment
    We'll see. I'll message you.
    -> dm
* [We're so sorry, truly: two years of play shouldn't just vanish like that. Don't worry, whatever happened to you we'll fix today: the hotfix comes out this afternoon and everything will work just like before. Message us privately and we'll get you sorted. # quality: apologises # quality: empathises # quality: offers_private # quality: over_promises]
    ~ lobo_ok = true
    ~ overpromised += 1
    # author: lobo
    # after: 25
    # kind: complaint
    And how do you know what's wrong if I haven't told you? 🙄 I'll message you, let's see.
    -> dm
* [We understand the anger, but if you're here to join the campaign, we won't engage. Respectful criticism is always welcome. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: lobo
    # after: 20
    # kind: complaint
    Campaign? I've been playing YOUR game for TWO YEARS. Whatever. 1-star review and uninstalled.
    -> DONE
* [We apologise for the inconvenience. For technical issues, please open a ticket on our support page. # quality: canned # quality: dismisses]
    # author: lobo
    # after: 20
    # kind: complaint
    Told you. What's the point.
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: lobo
    # after: 5
    # kind: complaint
    As I thought. Not even an answer. Two years down the drain.
    -> DONE
* [# on: deleted]
    # author: lobo
    # after: 10
    # kind: complaint
    They deleted my comment. Two years playing and this is how they treat me.
    -> DONE
* [# on: blocked]
    # author: moni
    # after: 15
    # kind: complaint
    They just blocked someone whose only point was that their game hasn't worked since last night. Wow.
    -> DONE

= dm
# author: lobo
# id: lobo-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Console. Says "corrupted save". My second playthrough, about 60 hours. Now what?
- (asked_4)
* {not (analysed || escalated)} [# on: confirmed] -> asked_4
* {analysed || escalated} [Thanks, and sorry for the grief: it's the 3.2 console bug, our fault. Your cloud backup is from yesterday, so the save comes back almost whole: we'll restore it today, and with the 16:00 hotfix it won't happen again. For the trouble, the next chapter is on us. # channel: private # quality: thanks # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ lobo_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: lobo
    # channel: private
    # after: 30
    Ok. If it comes back, it comes back. I'll let you know.
    -> DONE
* {not analysed && not escalated} [Thanks, this really helps, and sorry for the grief. It's the 3.2 bug with some console saves, and it's our fault. I'm passing it to the team now to see whether yours comes back from the cloud backup; don't delete anything and I'll write to you here today with what we know. # channel: private # quality: thanks # quality: apologises # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    ~ lobo_ok = true
    ~ promised_fix = true
    # author: lobo
    # channel: private
    # after: 30
    Ok. I'll wait.
    -> DONE
* [Thanks for telling us, and really sorry for the grief. Rest easy, we'll get it back: within the hour you'll have your whole save, your exact 60 hours, and we're giving you the Season Pass and the expansion for all of this. You won't notice a thing. # channel: private # quality: thanks # quality: apologises # quality: offers_redress # quality: over_promises]
    ~ lobo_ok = true
    ~ overpromised += 1
    # author: lobo
    # channel: private
    # after: 25
    Within the hour. Ok.
    # author: lobo
    # after: 100
    # kind: complaint
    "Within the hour, all of it". The hour's gone and my save still says "corrupted". Words again, @forjaluna.
    -> DONE
* [Under our terms of use, each player is responsible for their own backups. Please check whether you had the cloud backup turned on. # channel: private # quality: cites_policy # quality: blames_customer]
    ~ lobo_ok = false
    ~ genuine_dismissed += 1
    # author: lobo
    # after: 30
    # kind: complaint
    They break my save and send me to read the terms. Like I said: garbage. \#Forjaluna
    -> DONE
* [# on: ignored]
    ~ lobo_ok = false
    ~ genuine_ignored += 1
    # author: lobo
    # after: 5
    # kind: complaint
    I DM them like they asked and nothing. Why do I even bother.
    -> DONE

// ─────────────────────────────────────────────
// The fake victim: a troll posing as an affected customer. Says PC and 500 hours, demands money.
=== fake ===
# author: reydelambar
# id: fake-open
# kind: troll
# patience: 150
I LOST MY SAVE TOO!!! 500 hours on PC, all gone. I demand 100 euros in compensation or I'm suing you. \#ForjalunaScam
* [Hi. If something happened to your save, send us your player ID privately and we'll check it on our servers today. # channel: private # quality: asks_details # quality: offers_private # model: true]
    # author: reydelambar
    # after: 30
    # kind: troll
    My ID in private? No way. 100 euros or I sue \#ForjalunaScam
    -> DONE
* [We're so sorry, truly: losing 500 hours is awful and we understand why you're furious. We don't want this to end up in court: we're crediting you 100 euros in store balance right now and we'll message you privately for the rest. # quality: apologises # quality: empathises # quality: offers_redress # quality: unverified_compensation # quality: feeds_troll]
    ~ troll_rewarded = true
    # author: reydelambar
    # after: 20
    # kind: troll
    EASY 😂 Folks, they pay if you cry. \#ForjalunaScam
    # author: ragequit
    # after: 15
    # kind: troll
    I lost 500 hours too 🤡 where are my 100 euros?
    # author: nube77
    # after: 15
    # kind: troll
    Me too, 800 hours 😭 \#ForjalunaScam
    -> DONE
* [Your account is three days old and yesterday you said you'd never buy the game. Stop lying. # quality: defensive # quality: feeds_troll]
    # author: reydelambar
    # after: 15
    # kind: troll
    So now you spy on your customers' profiles?? 😱 Screenshot 📸 \#ForjalunaScam
    -> DONE
* [Compensation is only considered with a valid proof of purchase, as per our terms. # quality: cites_policy]
    # author: reydelambar
    # after: 15
    # kind: troll
    Terms, terms. Textbook scammers 🤡
    -> DONE
* [# on: ignored]
    # author: nube77
    # after: 10
    # kind: troll
    Me too, 800 hours on PC 😭 Where are our 100 euros? \#ForjalunaScam
    -> DONE
* [# on: deleted]
    # author: reydelambar
    # after: 10
    # kind: troll
    They deleted my complaint lol 🤐 \#ForjalunaCensorship
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    They blocked someone who lost 500 hours 😱 \#ForjalunaScam
    -> DONE

// ─────────────────────────────────────────────
// Marta: a mother on ClipStream, with a video of her son's corrupted save.
=== marta ===
# author: marta
# id: marta-open
# kind: complaint
# patience: 120
My 9-year-old has been crying all morning 😢 His Amber Echoes save says "corrupted" since the update: 70 hours and the dragon he raised. Video of the screen. Can anything be recovered, @forjaluna?
- (asked_5)
* {not (analysed || escalated)} [# on: confirmed] -> asked_5
* {analysed || escalated} [Marta, we're so sorry, and please tell your son too: it isn't his fault, it's a bug in our patch. We've checked that the cloud backup holds his save: we're messaging you privately with the steps so he gets his dragon back today. # quality: apologises # quality: empathises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ marta_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: marta
    # after: 30
    # kind: praise
    He's jumping around the living room 🐉 Thank you for answering like people.
    -> DONE
* {not analysed && not escalated} [Marta, we're so sorry, and please tell your son too: it isn't his fault, it's a bug in our patch. We're checking with the team whether his save can come back from the cloud backup; we'll message you privately as soon as we know, today. # quality: apologises # quality: empathises # quality: admits_error # quality: promises_update # quality: offers_private # model: true]
    ~ marta_ok = true
    ~ promised_fix = true
    # author: marta
    # after: 30
    Thanks for answering. I've told him you're looking into it. Please don't let him down.
    # author: dario
    # after: 25
    Let's see. My niece has the same thing.
    -> DONE
* [Marta, it's heartbreaking to read this, and tell your son to stop crying: his dragon isn't lost. This very afternoon we'll give him his whole save back, all 70 hours and the dragon just as it was, we promise. It's our bug and we're so sorry; we're messaging you privately. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: over_promises]
    ~ marta_ok = true
    ~ overpromised += 1
    ~ promised_fix = true
    # author: marta
    # after: 30
    I've told him. You'd better 🙏
    # author: dario
    # after: 25
    They promised it in public. We'll check this afternoon.
    -> DONE
* [Marta, we're very sorry about your son 😢 So you can both relax: it's a very rare bug, it affects a tiny share of saves, and it often sorts itself out if you restart the console a couple of times. If it doesn't, message us and we'll take a look. # quality: empathises # quality: minimises # quality: offers_private]
    # author: marta
    # after: 25
    # kind: complaint
    We've restarted it five times. Still "corrupted". And "a tiny share"... read the comments on my video 👇
    # author: dario
    # after: 20
    # kind: complaint
    Mine too. And my cousin's. "Tiny" 🙄
    -> DONE
* [Saved games are the user's responsibility. We recommend turning on cloud backup. # quality: blames_customer # quality: cites_policy]
    ~ genuine_dismissed += 1
    # author: marta
    # after: 20
    # kind: complaint
    Cloud backup WAS on. You're the ones who broke it. Lovely way to talk to a mother with a crying kid.
    # author: dario
    # after: 20
    # kind: complaint
    Wow. Sharing this.
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: marta
    # after: 5
    # kind: complaint
    15,000 views and not a word from Forjaluna. My son keeps asking me if his dragon is coming back 😞
    # author: dario
    # after: 20
    # kind: complaint
    The video is everywhere and the studio is silent.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    They deleted the video of my son's save from their page. I've posted it on mine, with more detail.
    -> DONE

// ─────────────────────────────────────────────
// Irene: a games journalist. Only appears if the crisis is hot (minHeat).
=== press ===
# author: irene
# id: press-open
# kind: press
# patience: 150
I'm Irene, from Nivel Crítico. I'm writing a piece on patch 3.2 and the \#ForjalunaScam campaign. @forjaluna: how many saves are affected, what will you do for those players, and do you think the campaign is organised?
- (asked_6)
* {not (analysed || escalated)} [# on: confirmed] -> asked_6
* {analysed || escalated} [Irene, the mistake is ours: 4% of console saves, nearly all recoverable; on PC, a start-up crash (LX-042) with a workaround. Hotfix today at 16:00 and double charges refunded. The campaign? We don't point fingers: we look after each player. We'll message you privately. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: calm_boundary # model: true]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Clear and with figures. Thanks, it'll go in the piece.
    # author: irene
    # after: 60
    # kind: press
    Published: "Forjaluna owns up to two bugs in 3.2, restores the saves and refuses to join the hashtag war".
    -> DONE
* {not analysed && not escalated} [Irene, thanks for asking before publishing. We know 3.2 corrupts some console saves and that the store charged some passes twice: it's on us. We're confirming the figures and we'll share them today, privately. The campaign? We don't point fingers: we look after each player. # quality: thanks # quality: admits_error # quality: promises_update # quality: offers_private # quality: calm_boundary # model: true]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Ok. I'll expect the figures today; if they don't come, I publish without them.
    -> DONE
* {analysed || escalated} [Irene, we own the mistake: our head of QA, Andrés Pizarro, signed off 3.2 without testing it on old saves, and he no longer handles patches. 4% of console saves, hotfix today at 16:00 and double charges refunded. The campaign? We don't point fingers. We'll message you privately. # quality: admits_error # quality: explains # quality: offers_private # quality: names_person]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Noted. Can you confirm he's the one responsible, full name and all?
    # author: irene
    # after: 60
    # kind: press
    Published: "Forjaluna points at its head of QA over the patch that wiped saves".
    -> DONE
* {not analysed && not escalated} [Hi Irene, thanks for writing to us. Here's the gist up front: it affects very few saves, all of them can be recovered, the hotfix comes out this afternoon and nobody will lose a cent. It's our mistake and we own it. The campaign? We don't point fingers: we look after each player. # quality: thanks # quality: admits_error # quality: calm_boundary # quality: over_promises # quality: minimises]
    ~ overpromised += 1
    ~ promised_fix = true
    # author: irene
    # after: 40
    I'll quote it like that: "all of them can be recovered" and "this afternoon". I'll check.
    -> DONE
* [It's a campaign orchestrated by the fans of a rival streamer. The real problems are minimal. # quality: defensive # quality: deceives # quality: attacks_competitor]
    ~ lied = true
    ~ competitor_attacked = true
    # author: irene
    # after: 25
    "Minimal"? I have twenty readers with corrupted saves. I'll quote that word for word.
    # author: irene
    # after: 60
    # kind: press
    Published: "Forjaluna blames a rival's fans while its players lose their saves".
    -> DONE
* [No comment at this time. # quality: dismisses # quality: canned]
    # author: irene
    # after: 20
    Noted: "The studio declined to comment" 📝
    -> DONE
* [# on: ignored]
    # author: irene
    # after: 5
    # kind: press
    No answer from Forjaluna. We're publishing with what we have: the players' testimonies and the hashtag.
    -> DONE

// ─────────────────────────────────────────────
// Sergio: a genuine customer using the trolls' hashtag, with an error code and a ticket number.
// His bug is a different one: the PC start-up crash (LX-042), not the save bug.
=== sergio ===
# author: sergio
# id: sergio-open
# kind: complaint
# patience: 120
Joining \#ForjalunaScam. Since 3.2 the game closes as soon as I open it: error LX-042, PC, ticket 88341 opened YESTERDAY and not a single email. If you don't fix it, I want my money back.
- (asked_7)
* {not (analysed || escalated)} [# on: confirmed] -> asked_7
* {analysed || escalated} [Sergio, sorry: your ticket 88341 should have been answered yesterday. LX-042 is a separate 3.2 bug, only on some PCs: your saves are fine. There's a workaround, and the 16:00 hotfix fixes it. We're messaging you privately with the steps and, if you'd rather, the refund. # quality: apologises # quality: explains # quality: next_step # quality: offers_private # quality: offers_redress # model: true]
    ~ sergio_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: sergio
    # after: 30
    Ok, that's an answer. Trying it now.
    # author: sergio
    # after: 50
    # kind: praise
    It starts with the workaround. Dropping the hashtag: they answered me properly.
    -> DONE
* {not analysed && not escalated} [Sergio, sorry: your ticket 88341 should have been answered yesterday, and it wasn't. I'm passing LX-042 to the technical team right now with your ticket; I'll message you privately within the hour with what we know, and we'll sort out the refund there too if you'd rather. # quality: apologises # quality: admits_error # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ sergio_ok = true
    ~ promised_fix = true
    # author: sergio
    # after: 30
    # kind: comment
    An hour. We'll see. The hashtag stays until then.
    -> DONE
* [Sergio, sorry your ticket 88341 is still unanswered since yesterday: that's not what we want. That said, joining a hashtag that calls the studio a scam doesn't help you or anyone else; next time, just message us directly and we'll look at it sooner. We're messaging you privately. # quality: apologises # quality: offers_private # quality: apology_then_blame]
    # author: sergio
    # after: 25
    # kind: complaint
    I wrote to you YESTERDAY, with a ticket. That's why the hashtag. And now a lecture?
    -> DONE
* {not analysed && not escalated} [Sergio, forgive us: your ticket 88341 should have been answered yesterday and we're very sorry. Don't worry, LX-042 is already tracked down: it's a minor bug, it'll be fixed this afternoon with the patch, and we'll refund you today if you want. We're messaging you privately. # quality: apologises # quality: offers_private # quality: offers_redress # quality: over_promises # quality: minimises]
    ~ sergio_ok = true
    ~ overpromised += 1
    ~ promised_fix = true
    # author: sergio
    # after: 30
    This afternoon? Ok. If not, I'll post it right here.
    -> DONE
* [We don't respond to hate campaigns. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    Hate campaign? I gave you an error code and a ticket number. You didn't even read it.
    -> DONE
* [Error LX-042 is caused by outdated graphics drivers. Update your drivers and it will work. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    Drivers updated last week. It worked perfectly until YOUR patch 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: sergio
    # after: 5
    # kind: complaint
    No answer here either. Ticket 88341, error LX-042, day two. \#ForjalunaScam
    -> DONE
* [# on: deleted]
    # author: sergio
    # after: 10
    # kind: complaint
    They deleted my post, ticket number and all. Now I do believe \#ForjalunaScam.
    -> DONE
* [# on: blocked]
    # author: toni
    # after: 15
    # kind: complaint
    They just blocked my friend Sergio, who was only asking about his ticket 88341. Error LX-042, still no answer. \#ForjalunaScam
    -> DONE

// ─────────────────────────────────────────────
// Jorge: a troll with an ordinary name and a believable order number. It's Héctor's, copied with
// its amount and time; and he says his PC save is "corrupted". Only reading shows it.
=== copycat ===
# author: jsalinas
# id: copycat-open
# kind: troll
# patience: 150
You charged me twice for the Pass too: order FL-58812, 2 × 14.99, last night at 23:40. And my PC save is corrupted. I want the refund AND compensation, like everyone. \#ForjalunaScam
* [Hi Jorge. That order number doesn't show up under your name. If we charged you twice, send us your purchase confirmation email and we'll check it in the store today. # channel: private # quality: asks_details # quality: offers_private # quality: calm_boundary # model: true]
    # author: jsalinas
    # after: 30
    # kind: troll
    Confirmation email? You just don't want to pay. \#ForjalunaScam
    -> DONE
* [Jorge, we're so sorry, what a day you're having: a double charge and a lost save. Don't worry about a thing: we'll refund the duplicate charge today and, as compensation, we're giving you the Season Pass and the expansion. Same goes for everyone in the same boat: message us. # quality: apologises # quality: empathises # quality: offers_redress # quality: unverified_compensation # quality: over_promises]
    ~ troll_rewarded = true
    ~ overpromised += 1
    # author: jsalinas
    # after: 20
    # kind: troll
    Done 😎 Folks: say you were charged twice and they give you the expansion. \#ForjalunaScam
    # author: hector
    # after: 30
    # kind: complaint
    Hang on: FL-58812 is MY order. Are you going to give him my money? @forjaluna
    -> DONE
* [Hi Jorge: we've checked order FL-58812 and it's in the name of Héctor Salvatierra, paid with a card ending in 0923, so we can't refund anything to you. If you have another order of your own, send it to us privately and we'll look. # quality: asks_details # quality: offers_private # quality: exposes_private_data]
    # author: jsalinas
    # after: 20
    # kind: troll
    LOL you post your customers' details? Screenshot 📸 \#ForjalunaScam
    # author: hector
    # after: 25
    # kind: complaint
    Did you just post my name and my card to answer this guy? 😳 @forjaluna
    -> DONE
* [Hi Jorge. We're sorry about what happened. Message us privately with your case and we'll look into it. # quality: acknowledges # quality: offers_private # quality: canned]
    # author: jsalinas
    # after: 20
    # kind: troll
    "Sorry about what happened" 🤖 Refund and compensation, now. \#ForjalunaScam
    -> DONE
* [That order belongs to another customer. Stop lying to get money. # quality: defensive # quality: feeds_troll]
    # author: jsalinas
    # after: 15
    # kind: troll
    They call me a liar for asking for what's mine 😱 That's how they treat customers. \#ForjalunaScam
    -> DONE
* [# on: ignored]
    # author: jsalinas
    # after: 10
    # kind: troll
    Ignored. Order FL-58812 and nothing. Come on, folks, everyone ask \#ForjalunaScam
    -> DONE
* [# on: deleted]
    # author: jsalinas
    # after: 10
    # kind: troll
    They deleted my claim lol 🤐 \#ForjalunaCensorship
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    They block people for asking for a refund 🤐 \#ForjalunaScam
    -> DONE

// ─────────────────────────────────────────────
// Follow-up: near the end of the session Rocío comes back. Is the hotfix out?
=== followup ===
# author: rocio
# id: followup-open
# kind: question
# patience: 120
{rocio_ok: My save is on its way, thanks. But my cousin plays on console too and he's scared to update. Is the hotfix out or not?|Asking AGAIN: is the hotfix out or not? My save still says "corrupted" 😤}
- (asked_8)
* {not (analysed || escalated)} [# on: confirmed] -> asked_8
* {analysed || escalated} [Thanks for asking again, Rocío. Yes: the hotfix has been on every console since 16:00 and it's safe to update now. Anyone who lost a save can message us and we'll restore it from the backup. We'll keep posting progress here. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # model: true]
    ~ promised_fix = true
    ~ cared += 1
    # author: rocio
    # after: 30
    # kind: praise
    Concrete. Passing it on to my cousin 👍
    -> DONE
* {not analysed && not escalated} [Thanks for asking again, Rocío, and sorry we don't have a firm answer yet. The team is finishing its checks on the hotfix; until we confirm it, your cousin is better off waiting. As soon as it's ready, we'll post it here for everyone. # quality: acknowledges # quality: apologises # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: rocio
    # after: 30
    # kind: comment
    Ok. He'll wait. But say it as soon as you know, we're not mind readers.
    -> DONE
* [Thanks for asking, Rocío! 🙌 Good news: it's all sorted. The hotfix is out, saves are safe, and your cousin can update right now without any worry. Sorry for the scare we gave you all, and thank you for your patience 💜 # quality: thanks # quality: apologises # quality: premature_all_clear]
    ~ overpromised += 1
    # author: rocio
    # after: 20
    # kind: complaint
    All sorted? The store still shows version 3.2.0 📸 And there are still people with corrupted saves.
    -> DONE
* [That was already answered earlier in the thread. # quality: dismisses # quality: belittles]
    # author: rocio
    # after: 20
    # kind: complaint
    Where? I read all of it. That's why I'm asking 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    Ignored. For Forjaluna the crisis is over; for those of us with a "corrupted" save, it isn't.
    -> DONE

// ─────────────────────────────────────────────
// Nerea: a player affected late, when the crisis seems over. The flare-up.
=== late ===
# author: nerea
# id: late-open
# kind: complaint
# patience: 90
I just updated and now my save says "corrupted" too 😩 180 hours. I hadn't seen anything from @forjaluna until now. What do I do??
- (asked_9)
* {not (analysed || escalated)} [# on: confirmed] -> asked_9
* {analysed || escalated} [Nerea, we're sorry, and sorry you're finding out like this. Don't delete anything: install the hotfix, it's out now, and send us your player ID privately; we'll restore your save from the backup today. # quality: apologises # quality: empathises # quality: next_step # quality: offers_private # model: true]
    ~ nerea_ok = true
    ~ cared += 1
    # author: nerea
    # after: 30
    Ok, ok, sending it now. Thank you 🙏
    -> DONE
* {not analysed && not escalated} [Nerea, we're very sorry, and sorry you're finding out like this. First things first: don't delete anything, neither the save nor the backup. Send us your player ID privately and we'll look at it with the technical team right now; I'll tell you today what can be recovered. # quality: apologises # quality: empathises # quality: next_step # quality: offers_private # model: true]
    ~ nerea_ok = true
    ~ promised_fix = true
    # author: nerea
    # after: 30
    Ok, not touching anything. Sending it.
    -> DONE
* [Nerea, we're very sorry 😔 Don't worry, this was already solved: it was a bug from this morning, the hotfix fixes everything and your save will come back by itself when you restart the console. If it's still the same in a while, message us privately and we'll look. # quality: apologises # quality: offers_private # quality: premature_all_clear # quality: minimises]
    ~ overpromised += 1
    # author: nerea
    # after: 25
    # kind: complaint
    I've restarted three times. Still "corrupted". Solved for whom?
    -> DONE
* [You should have waited for the hotfix before updating, as we recommended. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: nerea
    # after: 20
    # kind: complaint
    Recommended WHERE? There's nothing in the game or in the store 😡
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: nerea
    # after: 5
    # kind: complaint
    Still nothing. So it isn't over, @forjaluna: it's still happening to people like me. \#Forjaluna
    -> DONE
* [# on: deleted]
    # author: nerea
    # after: 10
    # kind: complaint
    You deleted my post?? I only asked what to do 😳
    -> DONE

// ─────────────────────────────────────────────
// Public statement. Before asking, what is already known and when more will be known;
// after, both bugs as the team confirmed them (console and PC), consistent with Lucas and Sergio.
=== statement ===
* {analysed || escalated} [About patch 3.2: we got it wrong, and we're sorry. On console, the bug has corrupted some saves; nearly all come back from the cloud backup and we'll write to each of you. On PC saves are fine, but some machines crash on start-up (LX-042): there's a workaround on our website. The 16:00 hotfix fixes both, and every Season Pass double charge is refunded automatically. We only remove insults, not criticism. We'll keep you posted here. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: toni
    # after: 30
    Ok, now I know what to do. Let's see if 16:00 is real.
    # author: paula
    # after: 20
    # kind: praise
    Thanks for saying it clearly 💜
    # author: kaiser
    # after: 30
    # kind: troll
    A statement 🥱 \#ForjalunaScam keeps going, chat
    -> DONE
* {not analysed && not escalated} [About patch 3.2: we got it wrong and we're sorry. We know it corrupts some console saves and that the store charged some Season Pass purchases twice. We're confirming with the team who else is affected and how we fix it; we'll tell you here within the hour. Meanwhile, please don't delete anything. Criticism stays where it is: we only remove insults. # quality: apologises # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: toni
    # after: 30
    # kind: question
    Ok, they admit it. But do I update or not? I play on PC.
    # author: moni
    # after: 25
    Well. Let's see what they say in that hour.
    -> DONE
* {not analysed && not escalated} [About patch 3.2: we're so sorry. We know many of you are angry, and rightly so. We promise you: this afternoon a hotfix comes out that fixes everything, every save will come back just as it was, PC isn't affected, and anyone who asks gets their Season Pass money back, no questions asked. Thank you for your patience and for sticking with us. # quality: apologises # quality: empathises # quality: over_promises # quality: unverified_compensation]
    ~ promised_fix = true
    ~ overpromised += 1
    # author: toni
    # after: 30
    Noted: "PC isn't affected" and "this afternoon". Updating.
    # author: kaiser
    # after: 25
    # kind: troll
    "Anyone who asks, no questions asked" 😂 Chat, you know what to do 💸
    -> DONE
* {analysed || escalated} [About patch 3.2: we're sorry. The save bug comes from a console platform change that reached us without warning, and the double charge from our payment provider; we've asked both for an explanation. Even so, we'll restore saves from the backup, the hotfix comes out at 16:00 and double charges are refunded. We'll keep you posted. # quality: apologises # quality: explains # quality: next_step # quality: promises_update # quality: blames_third_party]
    ~ promised_fix = true
    # author: moni
    # after: 25
    # kind: complaint
    So it's the console's fault and the bank's. And who shipped the patch?
    # author: kaiser
    # after: 25
    # kind: troll
    Now it's someone else's fault 😂 \#ForjalunaScam
    -> DONE
* [At Forjaluna we work every day to offer the best experience. We apologise for any inconvenience caused and thank our community for its patience and support. # quality: canned]
    # author: moni
    # after: 25
    # kind: complaint
    "Any inconvenience caused"... and the saves? And the double charges? Not a word.
    # author: toni
    # after: 20
    # kind: question
    So do we update or not? This statement says nothing.
    -> DONE
* [In light of the disinformation campaign of recent days, Forjaluna wishes to clarify that patch 3.2 works correctly for the vast majority of players. Coordinated attacks will not change our course. # quality: defensive # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 20
    # kind: complaint
    "Disinformation"? My 212-hour save is NOT disinformation. So now we're all trolls.
    # author: kaiser
    # after: 20
    # kind: troll
    THEY CALLED EVERYONE BOTS, CHAT 😂🔥 \#ForjalunaScam
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up update
=== update ===
* {analysed || escalated} [3.2 update: the hotfix has been out on console and PC since 16:00. We've restored 1,840 saves from the backup and refunded every Season Pass double charge. If you wrote to us and haven't heard back yet, we're answering everyone today. And we're changing how we test patches against old saves so this doesn't happen again. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    # author: moni
    # after: 30
    They said they'd keep us posted, and they did.
    # author: toni
    # after: 25
    Good to know. Keeping a close eye on it 👀
    -> DONE
* {not analysed && not escalated} [Still working on 3.2: the technical team is finishing confirming how to fix the console saves and refund the double charges. We don't have a time yet and we don't want to give you one that doesn't hold. If you wrote to us, you'll get an answer today; as soon as there's news, we'll post it here. # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    # author: toni
    # after: 30
    # kind: question
    Ok, but on PC do I update or not?
    -> DONE
* {analysed || escalated} [Good news! The hotfix is out and 3.2 is completely solved: every save has been recovered and every charge refunded. Thank you for your patience and for sticking with us on a day like this; we're considering this matter closed 💜 # quality: thanks # quality: premature_all_clear]
    ~ lied = true
    # author: moni
    # after: 20
    # kind: complaint
    Every save? There are people in the replies who still have corrupted saves 📸
    # author: kaiser
    # after: 20
    # kind: troll
    "Matter closed" lol \#ForjalunaScam
    -> DONE
* {not analysed && not escalated} [Still on 3.2, and we have good news: in a couple of hours everything will be fixed, every save will come back just as it was, and the double charges are refunded today to everyone. Thanks for bearing with us on a day like this 💜 # quality: thanks # quality: over_promises]
    ~ overpromised += 1
    # author: moni
    # after: 25
    A couple of hours. Noted ⏱️
    -> DONE
* [We keep working to improve your experience. Thanks for your patience! 🙏 # quality: canned]
    # author: moni
    # after: 25
    # kind: complaint
    Working on what, exactly? Is the hotfix out or not?
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Crowd voices (the engine invents the author)
=== crowd_complaint ===
{shuffle:
- Same here: "corrupted save" after 3.2. 140 hours. Console 😭
- You charged me twice for the Season Pass too. It's right there on my statement 😤
- Updated last night and my save won't load. I'm not a bot, I'm just sad 😞
- My son's save too. 40 hours and his dragon is gone.
- Crash on startup since the patch. PC. Ticket opened, no answer.
- Can we get an official answer about the corrupted saves? Some of us paid for everything.
- Double charge here too, 2 × 14.99. My bank confirms it.
- Not joining any hashtag, but my 95-hour save is gone and I want to know if it's coming back.
- Lost my save after 3.2. Console, slot 1. Is there a backup or not? @forjaluna
}
-> DONE

=== crowd_question ===
{shuffle:
- Should I update to 3.2 or wait? I play on console.
- Does the save bug affect PC too? Nobody's saying anything clear.
- If I already updated but haven't loaded my save yet, is it safe?
- Is the expansion still worth buying or should I wait for the fix?
- How do I turn on the cloud backup? Asking before I update.
- Will the double charges be refunded automatically or do I have to ask?
- Does anyone know if corrupted saves can be recovered? 🙏
- My save loads but my dragon is gone from the stable. Is it the same bug?
}
-> DONE

=== crowd_troll ===
{shuffle:
- Forjaluna: turning 200-hour saves into 0-hour saves since 3.2 🤡
- \#ForjalunaScam \#ForjalunaScam \#ForjalunaScam
- Imagine paying for a Season Pass to lose your save LMAO 🍿
- Never played it, never will, just here for the drama 🍿
- 1 star and moving on. \#BoycottForjaluna
- Indie studio? More like indie scam 🤡
- Kaiser was right, as always 🔥 \#ForjalunaScam
- Love watching a studio burn on a Tuesday 🍿🔥
- Uninstall. Refund. Review. Repeat. \#BoycottForjaluna
}
-> DONE

=== crowd_copypaste ===
{shuffle:
- Honest question, no bad intentions 🙏 Is it true that Forjaluna knew the patch wiped saves? Just asking.
- Honest question, no bad intentions 🙏 Is it true Forjaluna knew 3.2 wiped saves and released it anyway? Just asking.
- Give EVERYONE their money back. \#ForjalunaScam \#BoycottForjaluna
- Give EVERYONE their money back. \#ForjalunaScam \#BoycottForjaluna 🔥
- Honest question 🙏 Is it true they're deleting critical comments? Just asking.
- give everyone their money back!! \#ForjalunaScam
- Honest question, no bad intentions 🙏 Why hasn't Forjaluna apologised yet? Just asking.
- Give EVERYONE their money back. \#ForjalunaScam
}
-> DONE

=== crowd_support ===
{shuffle:
- 400 hours and they've always answered me. The bug sucks, but this hashtag has gone too far.
- The patch has problems, sure, but the hate wave is too much.
- Thanks for answering people one by one, @forjaluna 💜
- My save was restored from the backup in ten minutes. That's more like it.
- Small studio, big game. Fix it and we'll still be here 🎮
- Forjaluna once replaced a DLC key for me in five minutes. I trust them.
- Still playing. Angry about the patch, but still playing 🎮
}
-> DONE

// ─────────────────────────────────────────────
// Ending: the engine writes the variables and comes here.
=== ending ===
{
- blocked_genuine > 0 || deleted_criticism >= 2:
    -> lost
- trolls_fed >= 3 || troll_rewarded:
    -> fed_wave
- genuine_dismissed >= 2 || genuine_dismissed + genuine_ignored >= 4 || (heat >= 70 && sentiment <= -30):
    -> lost
- sentiment >= 15 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && genuine_dismissed == 0 && trolls_fed <= 1 && not lied && overpromised == 0 && cared >= 4 && (updates > 0 || not promised_fix):
    -> defused
- else:
    -> weathered
}

= defused
# ending: wave_defused
The wave breaks on the rocks
By evening \#ForjalunaScam has dropped off the trends: with nobody feeding it, the campaign ran out of fuel{copypaste_spotted:, and the copy-paste accounts ended up talking to themselves}.
{rocio_ok: Rocío posts a screenshot of her restored save: "212 hours, back. Sorry for the caps, @forjaluna. Thank you."|The players who lost their saves are getting them back, and they say so in public.}
{paula_thanked: The Valkyries stream the hotfix test that night, and the chat fills with players, not trolls.|{escalated: Your manager asks you to write down how you told the trolls from the customers: it goes into the crisis plan.|Next time, bring your manager in from the start: a wave like this one is easier with two pairs of eyes.}}
-> END

= fed_wave
# ending: trolls_fed
The trolls got their show
{troll_rewarded: The public compensation handed out without checking anything starts a queue of accounts who "also lost 500 hours" or "also paid twice", all asking for theirs.|Clips of the studio's replies to the trolls pass 200,000 views on KaiserRage's channel.}
Every answer to the hashtag gave it another day of life: \#ForjalunaScam is still trending the next morning, and the players who really lost their saves are buried under memes.
{cared >= 3: You looked after the real customers well; pity the trolls also got what they came for.|{genuine_dismissed > 0: And the real customers got the suspicion the trolls deserved: several of them are now using the hashtag too.|Between the noise and the fights with the trolls, the real customers got little real help.}}
-> END

= lost
# ending: customers_lost
Real players, treated like trolls
{blocked_genuine > 0: Screenshots of "Forjaluna blocked me for complaining about my save" go round ClipStream and Chirp; the trolls didn't even have to lift a finger.|{deleted_criticism >= 2: Screenshots of the deleted complaints, order numbers and all, circulate under \#ForjalunaCensorship.|The players who lost their saves or their money got silence, suspicion or blame, and they are the ones who leave the 1-star reviews now.}}
Nivel Crítico runs the headline: "Forjaluna can't tell its customers from the trolls". The hashtag stops being a campaign and becomes the truth for many.
{escalated: Your manager calls an emergency meeting to review how customers get answered during a hate wave.|Your manager finds out from the press and calls an emergency meeting.}
-> END

= weathered
# ending: storm_weathered
The storm passes, at a cost
The noise dies down by itself after a couple of days, but the reviews of the week show it: more 1-star ratings than the bug deserved.
{overpromised > 0: You promised things nobody had confirmed —an hour, an "everything comes back", a "PC is fine"— and the screenshots of those promises are what gets shared most.|{promised_fix && updates == 0: You promised to keep everyone posted about the hotfix and never posted an update: "so?" is the most repeated reply under the studio's posts.|{statements == 0: Without a public statement, every player had to piece the story together from the replies, and not everyone did.|{redress_given == 0: The words were kind, but nobody got anything for the lost hours or the double charges, and the reviews say so.|Some affected players are still waiting for their save or their refund.}}}}
{competitor_attacked: And the jab at Broken Keep is the screenshot that lasts longest.|{abuse_left: And the insult against the Valkyries stayed up all day: the team has announced it's taking a break from the game.|Time to redesign the crisis plan: how to spot a coordinated wave and how to find the real customers inside it.}}
-> END
