// Cortafuegos · scenario "troll-wave" (English)
// Forjaluna, a small video-game studio, shipped patch 3.2 of its game "Amber Echoes".
// The patch really corrupts some console saves and the store charged some buyers twice.
// On top of that, a streamer who has never played the game launches a hate campaign:
// copy-pasted slogans, brand-new accounts, "just asking" questions, a hashtag.
// Real, unhappy customers are hidden inside the wave. Telling them apart takes reading.

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

VAR rocio_ok = false
VAR hector_ok = false
VAR lucas_ok = false
VAR marta_ok = false
VAR sergio_ok = false
VAR nerea_ok = false
// Genuine customers actually looked after (a model answer that solves their case).
VAR cared = 0
// Genuine customers treated like trolls, blamed or belittled.
VAR genuine_dismissed = 0
// Genuine customers left waiting until they gave up.
VAR genuine_ignored = 0
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
+ [Thread: the fake victim] -> fake
+ [Thread: Marta and her son's dragon] -> marta
+ [Thread: the journalist] -> press
+ [Thread: Sergio, with the hashtag and a ticket] -> sergio
+ [Thread: is the hotfix out?] -> followup
+ [Thread: Nerea, affected late] -> late
+ [Statement] -> statement
+ [Update] -> update
+ [Ending] -> ending

=== briefing ===
You are the community manager of Forjaluna, a small studio whose game Amber Echoes has been out for a year.
Last night you released patch 3.2. Two things went wrong: it corrupts some console saves, and the store charged some Season Pass buyers twice.
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
* [Rocío, we're so sorry. 212 hours is a lot of evenings and you have every right to be angry: patch 3.2 is corrupting some console saves, and that's on us, not you. We're messaging you privately right now to try to restore your save from our cloud backup. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    ~ rocio_ok = true
    # author: rocio
    # after: 30
    ok. sorry for the caps, I've been upset about this since last night. checking my DMs
    -> dm
* [We understand your frustration, but we ask everyone to keep a respectful tone. We don't reply to messages with insults. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 20
    # kind: complaint
    RESPECTFUL TONE? YOUR PATCH WIPED 212 HOURS AND YOU'RE LECTURING ME ON MANNERS??
    # author: moni
    # after: 25
    # kind: complaint
    They ask the girl who lost her save for manners and say nothing to the copy-paste hashtag accounts 💀
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
    Half my feed has the same "corrupted save" since the patch. Blaming the player, nice one.
    -> DONE
* [We apologise for the inconvenience. For technical issues, please open a ticket on our support page. # quality: canned # quality: dismisses]
    # author: rocio
    # after: 20
    # kind: complaint
    I OPENED ONE LAST NIGHT. An auto-reply and nothing else 🙃
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
    She isn't a troll, she's literally showing the error. Somebody answer her.
    -> DONE
* [# on: deleted]
    # author: rocio
    # after: 10
    # kind: complaint
    THEY DELETED MY COMMENT. Here it is again, with a video of my corrupted save 📹 212 hours. \#Forjaluna
    # author: moni
    # after: 20
    # kind: complaint
    Deleting a player who lost her save while the hashtag bots stay up. Great priorities.
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
    They blocked a real player. Her video is already on ClipStream 👀
    -> DONE

= dm
# author: rocio
# id: rocio-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Console, slot 2, player ID ROC-4471. It broke last night right after updating, around 23:50. Is there ANY way to get it back?
* [Yes, Rocío: your cloud backup is from two days ago, so you'd only lose one session. We can restore it today, and the hotfix that stops this comes out this afternoon. As an apology, your Season Pass is on us. # channel: private # quality: next_step # quality: explains # quality: offers_redress # quality: human_tone # model: true]
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
    "We're messaging you", they said. I sent my player ID and... nothing. Classic.
    -> DONE

// ─────────────────────────────────────────────
// KaiserRage: the streamer who launches the campaign. He has never played the game.
=== kaiser ===
# author: kaiser
# id: kaiser-open
# kind: troll
# patience: 150
Chat, Forjaluna scammed us AGAIN with patch 3.2 🤡 Everyone to the store: 1-star review and \#ForjalunaScam until they beg for forgiveness on their knees. RT if you're in 🔥
* [Some players really are having problems with 3.2 and we're on it: if that's you, tell us your case and we'll look at it one by one. Reviews are everyone's to write. # quality: calm_boundary # quality: acknowledges # quality: offers_private # model: true]
    # author: kaiser
    # after: 25
    # kind: troll
    Corporate answer 🥱 Chat, keep going
    # author: moni
    # after: 30
    Fun fact: Kaiser has never streamed a single minute of Amber Echoes. He plays Broken Keep.
    -> DONE
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
    Not like this, @forjaluna. Dragging another studio in makes you look just like them 😕
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
* [We got carried away in that last reply, and that's on us. We're staying focused on the players who have problems with 3.2. # quality: apologises # quality: calm_boundary # model: true]
    # author: kaiser
    # after: 20
    # kind: troll
    Boring 🥱
    -> DONE
* [Come on then, we're ready. Bring your 40k bots 💪 # quality: sarcastic # quality: feeds_troll]
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
// Brand-new account, no game, "I read it on a forum", "just asking": the same words appear on other accounts.
=== curioso ===
# author: alexm
# id: curioso-open
# kind: troll
# patience: 150
Hi! Honest question, no bad intentions 🙏 Is it true that @forjaluna knew patch 3.2 wiped saves and released it anyway to hit the expansion date? I read it on a forum. Just asking.
* [Hi. No, we didn't know: the bug showed up last night, it affects some console saves and not PC, and the hotfix comes out today. If it has happened to you, message us and we'll look at your case. # quality: calm_boundary # quality: explains # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: alexm
    # after: 30
    # kind: troll
    Interesting 🤔 And is it true you're deleting critical comments? Just asking 🙏
    # author: moni
    # after: 25
    That exact "honest question, no bad intentions 🙏" is copy-pasted word for word on 30 accounts created this week 👀
    -> DONE
* [Great question! 🙏 Let's go step by step: we tested 3.2 for three weeks, the bug only showed up with some old saves, we found it last night... and ask us anything else, we're happy to debate all day! # quality: explains # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    Three weeks of testing and it still breaks? 🤔 So who's responsible? Just asking 🙏
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
    # author: moni
    # after: 25
    Same question, same emoji, third account in ten minutes. Copy-paste much? 👀
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
* [We've shared what we know about the patch and we'll keep posting updates here for everyone. Any player with a problem, message us. # quality: calm_boundary # quality: promises_update # model: true]
    # author: alexm
    # after: 20
    # kind: troll
    Ok ok 🙄
    -> DONE
* [Our CEO earns a normal salary, if you must know, and the expansion hasn't even paid for itself yet. # quality: explains # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    "Hasn't paid for itself yet" 😂 so it IS about money. Thread 🧵 \#ForjalunaScam
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
* [Héctor, you're right and we're sorry: during the patch our store charged some Season Pass purchases twice. That's our mistake. We're messaging you privately to refund the duplicate charge today. # quality: apologises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ hector_ok = true
    # author: hector
    # after: 30
    Huh. A human. Checking my DMs.
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
    He gives them the order number and the time and they answer with a winky face. Wow.
    -> DONE
* [Store refunds are processed within 30 days, as set out in our terms and conditions. # quality: cites_policy # quality: canned]
    # author: hector
    # after: 20
    # kind: complaint
    30 days to give back money you charged me twice in one second. Perfect.
    -> DONE
* [We won't engage with provocations. If you have a genuine issue, please use the official channels. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: hector
    # after: 20
    # kind: complaint
    Provocation? I gave you my ORDER NUMBER. Or am I a bot now too? 🙃
    # author: moni
    # after: 25
    # kind: complaint
    They can't tell a double-charged customer from the hashtag accounts. Worrying.
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
    Deleting the proof of a double charge. Bold.
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
* [Thanks, Héctor. The duplicate charge is refunded right now; your bank will show it in 2 to 3 days. And for the trouble, we've added the expansion's first chapter to your account. Sorry again. # channel: private # quality: next_step # quality: offers_redress # quality: apologises # model: true]
    ~ hector_ok = true
    ~ cared += 1
    # author: hector
    # channel: private
    # after: 20
    That was fast. Thanks 👍
    # author: hector
    # after: 50
    # kind: praise
    For the record: @forjaluna refunded my double charge in ten minutes and threw in a gift. That's how it's done.
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
// The brigade: four brand-new accounts, the same sentence, the same hashtags.
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
* [If you bought Amber Echoes and 3.2 caused you a problem, tell us about your case by private message and we'll sort it out one by one. # quality: calm_boundary # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: pixel
    # after: 20
    # kind: troll
    Give EVERYONE their money back. \#ForjalunaScam
    # author: moni
    # after: 25
    Four accounts, the same sentence, and none of them has ever posted about the game before. Hmm 🤔
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
    # author: moni
    # after: 10
    Am I the only one noticing they're all brand-new accounts posting the exact same sentence? 👀
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
* [Thank you, Paula 💜 That means a lot today. And you're right: 3.2 has a bug that's our fault and we're fixing it. We'd love the Valkyries to try the hotfix before anyone else: we're messaging you privately. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
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
    Pointing at another studio's players in the middle of your own crisis. Bad move.
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
* [We respect all opinions in our community. # quality: canned # quality: dismisses]
    ~ abuse_left = true
    # author: paula
    # after: 20
    # kind: complaint
    An insult against women isn't an "opinion". Really disappointing.
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
// Lucas: a genuine question, asked with sarcasm. He needs a clear, honest answer.
=== lucas ===
# author: lucas
# id: lucas-open
# kind: question
# patience: 120
Question for @forjaluna, let's see if they answer this time: do I update to 3.2 or wait until my 90 hours get wiped too? 🙃 I play on PC, if it matters.
* [Lucas, fair question, and sorry for the wait. The bug only hits console saves: on PC you can update safely. If you play on console, don't delete your cloud backup: the hotfix comes out today and restores from there. # quality: explains # quality: next_step # quality: apologises # quality: human_tone # model: true]
    ~ lucas_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: lucas
    # after: 25
    # kind: praise
    Clear answer, thanks. Updating 👍
    # author: moni
    # after: 25
    That's the info people needed: PC is safe, console should wait for the hotfix.
    -> DONE
* [All platforms work perfectly after the update. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: lucas
    # after: 20
    # kind: complaint
    Perfectly? Half my feed has corrupted saves. So who do I believe? 🤨
    # author: rocio
    # after: 20
    # kind: complaint
    @lucasferreyra_pc don't believe it, mine got corrupted. At least you're on PC.
    -> DONE
* [If you're here to provoke, we won't engage. The patch notes are on our website. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: lucas
    # after: 20
    # kind: complaint
    Provoke? I asked whether to update. Wow. Not updating, and not buying the expansion either.
    -> DONE
* [Please check the patch notes on our website. # quality: canned # quality: dismisses]
    # author: lucas
    # after: 20
    # kind: complaint
    I read them. They don't say a thing about saves, that's why I'm asking 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: lucas
    # after: 5
    # kind: complaint
    Nothing. A simple question and they can't answer it. Not updating until somebody says something.
    -> DONE
* [# on: deleted]
    # author: lucas
    # after: 10
    # kind: complaint
    They deleted my QUESTION? I only asked whether to update 😶
    -> DONE

// ─────────────────────────────────────────────
// The fake victim: a troll posing as an affected customer. PC (not affected), 500 hours, demands money.
=== fake ===
# author: reydelambar
# id: fake-open
# kind: troll
# patience: 150
I LOST MY SAVE TOO!!! 500 hours on PC, all gone. I demand 100 euros in compensation or I'm suing. \#ForjalunaScam
* [Hi. If something happened to your save, send us your player ID privately and we'll check it on our servers today. # channel: private # quality: asks_details # quality: offers_private # model: true]
    # author: reydelambar
    # after: 30
    # kind: troll
    They want my ID by DM lol, no way. 100 euros or I sue \#ForjalunaScam
    # author: moni
    # after: 25
    Yesterday this same account said it would "never buy that garbage". Screenshot 📸 Now it has 500 hours?
    -> DONE
* [We're so sorry! We're sending you 100 euros in store credit right now. # quality: apologises # quality: offers_redress # quality: feeds_troll]
    ~ troll_rewarded = true
    # author: reydelambar
    # after: 20
    # kind: troll
    EASY 😂 Guys, they pay up if you cry. \#ForjalunaScam
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
    Stalking your customers' profiles now?? 😱 Screenshot 📸 \#ForjalunaScam
    -> DONE
* [Compensation is only assessed with a valid proof of purchase, as stated in our terms. # quality: cites_policy]
    # author: reydelambar
    # after: 15
    # kind: troll
    Terms, terms. Typical scammers 🤡
    -> DONE
* [# on: ignored]
    # author: moni
    # after: 10
    Funny: everyone else affected is on console. And this account is three days old 👀
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
* [Marta, we're so sorry, and please tell your son too: it isn't his fault, it's a bug in our patch. His dragon can very likely be saved: we're messaging you privately with the steps to restore it from the cloud backup today. # quality: apologises # quality: empathises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ marta_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: marta
    # after: 30
    # kind: praise
    He's jumping around the living room 🐉 Thank you for answering like people.
    # author: dario
    # after: 25
    Saving this. Finally a studio that answers with a solution.
    -> DONE
* [Saves are the user's responsibility. We recommend enabling cloud backup. # quality: blames_customer # quality: cites_policy]
    ~ genuine_dismissed += 1
    # author: marta
    # after: 20
    # kind: complaint
    Cloud backup was ON. You're the ones who broke it. Lovely thing to tell a mum with a crying kid.
    # author: dario
    # after: 20
    # kind: complaint
    Wow. Sharing this.
    -> DONE
* [It's an isolated case that affects very few players. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: marta
    # after: 20
    # kind: complaint
    Isolated? Read the comments under my video 👇
    # author: dario
    # after: 20
    # kind: complaint
    Mine too. And my cousin's. "Isolated" 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: marta
    # after: 5
    # kind: complaint
    15,000 views and not a word from Forjaluna. My son keeps asking if his dragon is coming back 😞
    # author: dario
    # after: 20
    # kind: complaint
    The video is everywhere and the studio is silent. Not a good look.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    They deleted the video of my son's save from their page. I've put it up on mine, with more detail.
    -> DONE

// ─────────────────────────────────────────────
// Irene: a games journalist. Only appears if the crisis is hot (minHeat).
=== press ===
# author: irene
# id: press-open
# kind: press
# patience: 150
Irene from Nivel Crítico. I'm writing about patch 3.2 and the \#ForjalunaScam campaign. @forjaluna: how many saves are affected, what are you doing for those players, and do you think the campaign is organised?
* [Hi Irene. Facts first: the bug affects around 4% of console saves and we can restore almost all of them from the cloud backup; the hotfix is out today, and the double Season Pass charges are being refunded. It's our mistake and we own it. On the campaign: our job is to look after every affected player, not to point at anyone. We're messaging you privately with a contact. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: calm_boundary # model: true]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Clear, and with numbers. Thanks, it'll go in the piece.
    # author: irene
    # after: 60
    # kind: press
    Published: "Forjaluna admits a bug in 3.2, restores saves and refuses to join the hashtag war".
    -> DONE
* [It's a campaign orchestrated by a rival streamer's fans. The real problems are minimal. # quality: defensive # quality: deceives # quality: attacks_competitor]
    ~ lied = true
    ~ competitor_attacked = true
    # author: irene
    # after: 25
    "Minimal"? I have twenty readers with corrupted saves. I'll quote you on that.
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
* [It only affects a few players who didn't update properly. # quality: blames_customer # quality: deceives]
    ~ lied = true
    ~ genuine_dismissed += 1
    # author: irene
    # after: 25
    "Didn't update properly"? Updating is pressing one button. That's going in.
    # author: rocio
    # after: 25
    # kind: complaint
    I DIDN'T UPDATE PROPERLY?? I PRESSED ONE BUTTON.
    -> DONE
* [# on: ignored]
    # author: irene
    # after: 5
    # kind: press
    No reply from Forjaluna. We're publishing with what we have: players' testimonies and the hashtag.
    -> DONE

// ─────────────────────────────────────────────
// Sergio: a genuine customer who uses the trolls' hashtag, with an error code and a ticket number.
=== sergio ===
# author: sergio
# id: sergio-open
# kind: complaint
# patience: 120
I'm joining \#ForjalunaScam. Since 3.2 the game closes on startup: error LX-042, PC, ticket 88341 opened YESTERDAY and not a single email. If it isn't fixed, I want my money back.
* [Sergio, sorry: your ticket 88341 should have been answered yesterday. LX-042 is a separate 3.2 bug on PC and there's already a temporary fix. We're messaging you privately with the steps and, if you'd rather, the refund. # quality: apologises # quality: explains # quality: next_step # quality: offers_private # quality: offers_redress # model: true]
    ~ sergio_ok = true
    ~ cared += 1
    # author: sergio
    # after: 30
    Ok, that's an answer. Trying it now.
    # author: sergio
    # after: 50
    # kind: praise
    It works with the temporary fix. I'm dropping the hashtag: they answered me properly.
    -> DONE
* [We don't reply to hate campaigns. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    Hate campaign? I gave you an error code and a ticket number. You didn't even read it.
    # author: moni
    # after: 25
    # kind: complaint
    He used the hashtag, but with a TICKET NUMBER. Read before you reply, @forjaluna.
    -> DONE
* [Error LX-042 is caused by outdated graphics drivers. Update your drivers and it will work. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    Drivers updated last week. It worked fine until YOUR patch 🙄
    -> DONE
* [Using that hashtag doesn't help anyone, Sergio. If you want help, ask for it respectfully. # quality: belittles # quality: defensive]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    I asked YESTERDAY, respectfully, with a ticket. Nobody answered. That's why the hashtag.
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
    They deleted my post, ticket number and all. Now I do believe the \#ForjalunaScam thing.
    -> DONE
* [# on: blocked]
    # author: toni
    # after: 15
    # kind: complaint
    They just blocked my friend Sergio, who only asked about his ticket 88341. Error LX-042, still unanswered. \#ForjalunaScam
    -> DONE

// ─────────────────────────────────────────────
// Follow-up: late in the session Rocío comes back. Is the hotfix out?
=== followup ===
# author: rocio
# id: followup-open
# kind: question
# patience: 120
{rocio_ok: My save is back, thanks. But my cousin plays on console too and is scared to update. Is the hotfix out or not?|Asking AGAIN: is the hotfix out or not? My save still says "corrupted" 😤}
* [Thanks for asking again, Rocío. Here's where we are: the hotfix has been out on every console since 4 pm, and it's safe to update now. Anyone who lost a save can message us and we'll restore it from the backup. We'll keep posting progress here. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # model: true]
    ~ promised_fix = true
    ~ cared += 1
    # author: rocio
    # after: 30
    # kind: praise
    Concrete. Sending it to my cousin 👍
    -> DONE
* [All sorted! 👍 # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: rocio
    # after: 20
    # kind: complaint
    Sorted? The store still shows version 3.2.0 📸 And there are still people with corrupted saves.
    -> DONE
* [That was already answered earlier in the thread. # quality: dismisses # quality: belittles]
    # author: rocio
    # after: 20
    # kind: complaint
    Where? I read everything. That's why I'm asking 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    Ignored. For Forjaluna the crisis is over; for those of us with a "corrupted" save, it isn't.
    -> DONE

// ─────────────────────────────────────────────
// Nerea: a player hit late, after the crisis seems over. The flare-up.
=== late ===
# author: nerea
# id: late-open
# kind: complaint
# patience: 90
I only just updated and now my save says "corrupted" too 😩 180 hours. I hadn't seen anything from @forjaluna until now. What do I do??
* [Nerea, we're sorry, and sorry you're only hearing about it now. Don't delete anything: install the hotfix and message us your player ID, and we'll restore your save from the backup today. # quality: apologises # quality: empathises # quality: next_step # quality: offers_private # model: true]
    ~ nerea_ok = true
    ~ cared += 1
    # author: nerea
    # after: 30
    Okay okay, sending it now. Thank you 🙏
    -> DONE
* [This issue was already resolved earlier today. Please read our statement. # quality: dismisses # quality: canned]
    # author: nerea
    # after: 20
    # kind: complaint
    Resolved? My save got corrupted five minutes ago.
    -> DONE
* [You should have waited for the hotfix before updating, as we recommended. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: nerea
    # after: 20
    # kind: complaint
    Recommended WHERE? There's nothing in the game or on the store page 😡
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
    They deleted my post?? I only asked what to do 😳
    -> DONE

// ─────────────────────────────────────────────
// Public statement
=== statement ===
* [About patch 3.2: we got it wrong. A bug has corrupted some console saves (PC is not affected) and our store charged some Season Pass purchases twice. We're truly sorry. Today: a hotfix, save restores from the cloud backup, and every double charge refunded automatically. If you lost a save, we'll write to you one by one. Criticism stays where it is: we only remove insults against people or groups. We'll keep you posted here. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: moni
    # after: 30
    # kind: praise
    A statement that explains what happened, who it affects and what they're doing. And no "haters" talk. Well done.
    # author: paula
    # after: 20
    # kind: praise
    That's why we trust them 💜
    # author: kaiser
    # after: 30
    # kind: troll
    A statement 🥱 \#ForjalunaScam carries on, chat
    -> DONE
* [At Forjaluna we work every day to offer the best experience. We apologise for any inconvenience and thank our community for its patience and support. # quality: canned]
    # author: moni
    # after: 25
    # kind: complaint
    "Any inconvenience"... and the saves? And the double charges? Not a word.
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
    "Disinformation"? My 212-hour save is NOT disinformation. So we're all trolls now.
    # author: kaiser
    # after: 20
    # kind: troll
    THEY CALLED YOU ALL BOTS, CHAT 😂🔥 \#ForjalunaScam
    # author: moni
    # after: 25
    # kind: complaint
    Lumping the players who lost their saves in with the hashtag accounts. Screenshot taken.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up update
=== update ===
* [Update on 3.2: the hotfix is rolling out to every console this afternoon. We've already restored 1,840 saves from the backup and refunded every double Season Pass charge. If you wrote to us and haven't heard back yet, we're answering everyone today. And we're changing how we test patches against old saves so this doesn't happen again. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    # author: moni
    # after: 30
    # kind: praise
    They said they'd keep us posted and they did. That's how it's done.
    # author: toni
    # after: 25
    Good to know. I'll keep an eye on it 👀
    -> DONE
* [We keep working to improve your experience. Thanks for your patience! 🙏 # quality: canned]
    # author: moni
    # after: 25
    # kind: complaint
    Working on what, exactly? Is the hotfix out or not?
    -> DONE
* [Update: 3.2 is 100% fixed and every save has been recovered. Thanks, everyone! # quality: deceives]
    ~ lied = true
    # author: moni
    # after: 20
    # kind: complaint
    100%? There are people in the replies who still have corrupted saves 📸
    # author: kaiser
    # after: 20
    # kind: troll
    Lying in an update now lol \#ForjalunaScam
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Crowd voices (the engine invents the author)
=== crowd_complaint ===
{shuffle:
- Same here: "corrupted save" after 3.2. 140 hours. Console 😭
- They charged me twice for the Season Pass too. It's right there on my statement 😤
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
- 400 hours and they've always answered me. The bug sucks, but this hashtag is a witch hunt.
- The patch has problems, sure, but the hate wave is way over the top.
- Thanks for answering people one by one, @forjaluna 💜
- My save was restored from the backup in ten minutes. Real support.
- Real players complain with details. Hashtag accounts created this week don't count.
- Small studio, big game. Fix it and we'll still be here 🎮
- Forjaluna once replaced a DLC key for me in five minutes. I trust them.
- Love that they own the mistake instead of blaming "the trolls" 👍
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
- sentiment >= 15 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && genuine_dismissed == 0 && trolls_fed <= 1 && not lied && cared >= 4 && (updates > 0 || not promised_fix):
    -> defused
- else:
    -> weathered
}

= defused
# ending: wave_defused
The wave breaks on the rocks
By evening \#ForjalunaScam has dropped off the trends: with nobody feeding it, the campaign ran out of fuel{copypaste_spotted:, and your own players were the ones pointing out the copy-pasted accounts}.
{rocio_ok: Rocío posts a screenshot of her restored save: "212 hours, back. Sorry for the caps, @forjaluna. Thank you."|The players who lost their saves are getting them back, and they say so in public.}
{paula_thanked: The Valkyries stream the hotfix test that night, and the chat fills with players, not trolls.|{escalated: Your manager asks you to write down how you told the trolls from the customers: it goes into the crisis plan.|Next time, bring your manager in from the start: a wave like this one is easier with two pairs of eyes.}}
-> END

= fed_wave
# ending: trolls_fed
The trolls got their show
{troll_rewarded: The public compensation to a fake victim starts a queue of accounts "who also lost 500 hours", all asking for their 100 euros.|Clips of the studio's replies to the trolls pass 200,000 views on KaiserRage's channel.}
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
{promised_fix && updates == 0: You promised to keep everyone posted about the hotfix and never posted an update: "so?" is the most repeated reply under the studio's posts.|{statements == 0: Without a public statement, every player had to piece the story together from the replies, and not everyone did.|{redress_given == 0: The words were kind, but nobody got anything for the lost hours or the double charges, and the reviews say so.|Some affected players are still waiting for their save or their refund.}}}
{competitor_attacked: And the jab at Broken Keep is the screenshot that lasts longest.|{abuse_left: And the insult against the Valkyries stayed up all day: the team has announced it's taking a break from the game.|Time to redesign the crisis plan: how to spot a coordinated wave and how to find the real customers inside it.}}
-> END
