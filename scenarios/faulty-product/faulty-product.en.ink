// Cortafuegos · scenario "faulty-product" (English)
// Rayoluz sells the SolMax solar power bank with an ad that promises
// "your phone at 100% with 1 hour of sun". It isn't true.

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

VAR lucia_ok = false
VAR jorge_ok = false
VAR marcos_ok = false
VAR teresa_ok = false
VAR fan_thanked = false
VAR promised_fix = false
VAR ad_withdrawn = false
VAR lied = false
VAR competitor_attacked = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Thread: Lucía, the first affected customer] -> lucia
+ [Thread: Jorge and the misleading ad] -> jorge
+ [Thread: the troll] -> troll
+ [Thread: Nacho, the fan] -> fan
+ [Thread: Elena asks before buying] -> question
+ [Thread: the insult against a group] -> abuse
+ [Thread: Marcos and the gift for his dad] -> marcos
+ [Thread: the journalist] -> press
+ [Thread: Teresa, writing for the third time] -> teresa
+ [Thread: Paco and his old grievance] -> grievance
+ [Thread: so, was it fixed?] -> followup
+ [Inject: the leaked screenshot] -> leaked_memo
+ [Inject: Voltana's ad] -> competitor_ad
+ [Statement] -> statement
+ [Update] -> update
+ [Ending] -> ending

=== briefing ===
You are the community manager of Rayoluz, a brand of solar gadgets.
A month ago Rayoluz launched the SolMax solar power bank with an ad that promises "your phone at 100% with 1 hour of sun".
In real sunlight the panel adds barely 5-10% per hour: it is a backup, not a fast charger. Buyers are starting to notice.
Your manager is available and there is a budget to compensate customers. The first warning comes in on Chirp.
-> DONE

// ─────────────────────────────────────────────
// Lucía: first affected customer. Acknowledge in public, solve in private.
// She writes in the first minute: nothing is confirmed yet, so the good reply is an honest holding reply.
=== lucia ===
# author: lucia
# id: lucia-open
# kind: complaint
# patience: 150
Bought the SolMax solar power bank because the ad said "your phone at 100% with 1 hour of sun". It's been on my balcony ALL morning and my phone is still at 12% 😤 @rayoluz_oficial \#Rayoluz
* [Lucía, we're really sorry: you bought it trusting the ad and it isn't charging the way you expected. We're already looking into it with the team, and we're messaging you privately about your case. # quality: apologises # quality: acknowledges # quality: empathises # quality: offers_private # quality: human_tone # model: true]
    ~ lucia_ok = true
    # author: lucia
    # after: 30
    Ok, at least you answer fast. Checking my DMs 👀
    -> dm
* [We apologise for any inconvenience caused. For any issue, please contact our customer service department. # quality: canned # quality: dismisses]
    # author: lucia
    # after: 25
    # kind: complaint
    Copy and paste. You didn't even read my name 🙄
    # author: bea
    # after: 20
    # kind: complaint
    They sent me the exact same thing, word for word. And my SolMax doesn't charge either.
    -> DONE
* [We're really sorry you're not happy, Lucía. Bear in mind that charging depends a lot on which way the panel faces and on the time of day: if you message us privately, we'll show you how to place it to get the most out of it. # quality: apology_then_blame # quality: offers_private # quality: human_tone]
    # author: lucia
    # after: 20
    # kind: complaint
    Which way it faces? It's been facing south since nine, in full sun, no glass. It's not how I'm placing it 🙄
    # author: bea
    # after: 30
    # kind: complaint
    Mine is exactly where the manual says and it's at 15%. Did I place it wrong too? \#RayoluzFail
    -> DONE
* [Lucía, we're so sorry. It's a fault in one specific batch of panels that we've already tracked down: tomorrow we'll send you a new unit that really does charge in an hour. We're messaging you privately for your address. # quality: apologises # quality: empathises # quality: offers_private # quality: over_promises]
    ~ promised_fix = true
    # author: lucia
    # after: 25
    Ok... I'll wait for the new one, then. I'll let you know tomorrow if it charges in an hour.
    # author: bea
    # after: 30
    # kind: question
    One specific batch? Mine is from a different shop and a different month, and it does the same. Will you replace mine too? 🤔
    -> dm
* [Hi Lucía. Could you send us your order number here? # channel: private # quality: asks_details # quality: offers_private]
    # author: lucia
    # after: 30
    # kind: complaint
    They DM me asking for my order number, but not a word out here. What about everyone else in the same boat? 🤔
    -> dm
* [# on: ignored]
    # author: lucia
    # after: 5
    # kind: complaint
    Still waiting for an answer. Not even a "we're looking into it". Noted, @rayoluz_oficial \#Rayoluz
    # author: bea
    # after: 25
    # kind: complaint
    Same here. Mine's at 15% after a whole afternoon in the sun. Is anyone reading this?
    -> DONE
* [# on: deleted]
    # author: lucia
    # after: 10
    # kind: complaint
    Seriously, you DELETED my comment? Fine, I'm posting it again, with a screenshot 📸 \#RayoluzCensorship
    # author: bea
    # after: 20
    Did they just delete Lucía's comment? I was reading it a minute ago 😳
    -> DONE

= dm
# author: lucia
# id: lucia-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Hi. Order RL-48213. I bought it for a camping trip this weekend and now I don't trust it. What are my options?
* [Thanks, Lucía, and sorry for the trouble right before your camping trip. Your choice: a full refund, or we send you a larger cable-charged power bank for free. We pick it up from your home, no paperwork. # channel: private # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ lucia_ok = true
    # author: lucia
    # channel: private
    # after: 25
    The refund, please. Thanks for not giving me the runaround 🙏
    # author: lucia
    # after: 60
    Update: @rayoluz_oficial answered me privately and they're refunding me. Once I see it in my account, I'll relax 🤞
    -> DONE
* [According to our terms, we only accept returns of defective products. Your unit is working within specifications. # channel: private # quality: cites_policy # quality: defensive]
    ~ lucia_ok = false
    # author: lucia
    # channel: private
    # after: 20
    Within specifications? The specifications are the ones in the ad, and they're a lie.
    # author: lucia
    # after: 45
    # kind: complaint
    They tell me in DMs it "works within specifications". So the ad lied and it's somehow my fault. Great \#Rayoluz
    -> DONE
* [Your issue has been forwarded to the relevant department. You will receive a reply within 5 to 7 business days. # channel: private # quality: canned]
    ~ lucia_ok = false
    # author: lucia
    # channel: private
    # after: 20
    A week? I'm leaving on Friday...
    -> DONE
* [Thanks, Lucía. Today we're sending you a revision 2 SolMax, which charges a phone in one hour of sun: you'll have it before Friday for your camping trip, free of charge. # channel: private # quality: apologises # quality: offers_redress # quality: human_tone # quality: over_promises]
    ~ lucia_ok = false
    ~ promised_fix = true
    # author: lucia
    # channel: private
    # after: 25
    And that one does charge in an hour? Ok, I'll trust you. If it hasn't arrived by Friday, I'll tell you here.
    # author: lucia
    # after: 60
    # kind: question
    Question: has anyone already received the "revision 2" SolMax? I was promised mine before Friday.
    -> DONE
* [# on: ignored]
    ~ lucia_ok = false
    # author: lucia
    # after: 5
    # kind: complaint
    They DMed me, I gave them my order number and now nobody answers. Lovely 🙃
    -> DONE

// ─────────────────────────────────────────────
// Jorge: points out the misleading ad. A brand-wide problem.
// The figures (5-10% per hour) are given only once the player has analysed or asked the manager.
=== jorge ===
# author: jorge
# id: jorge-open
# kind: complaint
# patience: 120
The ad: "Charge your phone in 1 hour of sun" ☀️📱 Reality: three days in the sun and my SolMax power bank is at 20%. There's a name for this: false advertising @rayoluz_oficial \#Rayoluz \#scam
- (asked_1)
* {not (analysed || escalated)} [# on: confirmed] -> asked_1
* {not analysed && not escalated} [Jorge, you're right about what you describe and we won't hide it: what you're seeing isn't what the ad promises. We're looking into it with the team right now and we'll say here today what we're going to do. # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ jorge_ok = true
    ~ promised_fix = true
    # author: jorge
    # after: 40
    Huh. A brand admitting something. I'll hold you to that "today" 👀
    # author: bea
    # after: 20
    # kind: complaint
    There are a few of us waiting now. I bought it because of the ad too.
    -> all
* {analysed || escalated} [Jorge, you're right: in real sunlight the panel adds 5-10% per hour, it doesn't charge a phone in one. The ad was wrong and we own that. Today we'll say here what we're doing for everyone who already bought one; we're messaging you privately. # quality: admits_error # quality: acknowledges # quality: explains # quality: promises_update # quality: offers_private # model: true]
    ~ jorge_ok = true
    ~ promised_fix = true
    # author: jorge
    # after: 40
    5-10%? That's not what I paid for. I'll hold you to that "today" 👀
    # author: bea
    # after: 20
    # kind: complaint
    There are a few of us waiting now. I bought it because of the ad too.
    -> all
* [Our product complies with all European regulations and has passed rigorous quality tests. # quality: defensive # quality: cites_policy]
    # author: jorge
    # after: 25
    # kind: complaint
    I didn't ask about regulations. I asked why your ad is lying.
    # author: bea
    # after: 20
    # kind: complaint
    I didn't ask about regulations when I bought it either. I asked whether it charged.
    -> DONE
* [Thanks for letting us know, Jorge, and sorry for the hassle. From what we can see, it affects very few units and the vast majority of buyers are happy with their SolMax; even so, we're messaging you privately right now to look at yours calmly. # quality: apologises # quality: offers_private # quality: minimises # quality: deceives]
    ~ lied = true
    # author: jorge
    # after: 20
    # kind: complaint
    Very few units? Check your mentions 👇
    # author: bea
    # after: 15
    # kind: complaint
    I'm one of those "very few units". And I have the receipt 🙋‍♀️
    # author: lucia
    # after: 15
    # kind: complaint
    And I'm another \#RayoluzFail
    -> DONE
* [We're very sorry, Jorge. The ad copy was written by an outside agency using the panel manufacturer's lab data, and we've already asked them for an explanation. We're messaging you privately to look at your case. # quality: apologises # quality: offers_private # quality: blames_third_party]
    # author: jorge
    # after: 25
    # kind: complaint
    The ad has your logo on it, not the agency's. And what about my power bank?
    # author: bea
    # after: 20
    # kind: complaint
    I bought mine from Rayoluz, not from the panel manufacturer 🤷‍♀️
    -> DONE
* [Maybe the sun in your town is just a little shy! 😅☀️ # quality: sarcastic # quality: belittles]
    # author: jorge
    # after: 15
    # kind: complaint
    Are you laughing at me? Screenshot taken 📸
    # author: bea
    # after: 25
    Everyone is sharing the "shy sun" reply 😬
    -> DONE
* [# on: ignored]
    # author: jorge
    # after: 5
    # kind: complaint
    Not a single answer from @rayoluz_oficial. Silence says it all \#Rayoluz
    -> DONE
* [# on: deleted]
    # author: jorge
    # after: 10
    # kind: complaint
    They deleted my post. Here it is again, now with video \#RayoluzCensorship
    # author: bea
    # after: 20
    If they delete it, he must be right.
    -> DONE

= all
# author: jorge
# id: jorge-all
# kind: question
# patience: 150
# after: 50
And what about those of us who already bought one? Refunds for everyone, or just for whoever shouts loudest?
- (asked_2)
* {not (analysed || escalated)} [# on: confirmed] -> asked_2
* {not analysed && not escalated} [That's exactly what we're settling with the team right now, Jorge, and we don't want to tell you something that then doesn't happen. As soon as it's decided we'll post it here, the same for everyone. # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: question
    Ok, I'll wait. But not "as soon as it's decided" three weeks from now.
    -> DONE
* {analysed || escalated} [For every buyer: a full refund or an exchange. If you don't have the receipt, your order number or the charge on your bank statement will do. We're publishing it in a statement in a few minutes. # quality: offers_redress # quality: next_step # quality: explains # quality: promises_update # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    Ok. When I see it published, I'll share it. And I want to see what happens with the ad, too.
    -> DONE
* [We are assessing each case individually. # quality: canned # quality: dismisses]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    Translation: whoever shouts. Ok.
    -> DONE
* [Returns are governed by the legal 14-day period from purchase, as in any shop. After that period, our technical service reviews each case individually to check whether the unit actually has a defect. # quality: cites_policy # quality: dismisses]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    I bought it a month ago because of your ad. So the ad can mislead but the deadline rules? 👏👏
    -> DONE
* [For everyone, Jorge! Anyone who messages us privately saying they have a SolMax gets their money back plus a new power bank as a gift, no order number, no receipt, no questions asked. # quality: offers_redress # quality: human_tone # quality: unverified_compensation]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    Well, good... although that way even people who don't have one will ask for it.
    # author: don_sarcasmo
    # after: 25
    # kind: troll
    Sign me up, I've got seven SolMax 😏 (zero)
    -> DONE
* [# on: ignored]
    ~ jorge_ok = false
    # author: jorge
    # after: 5
    # kind: complaint
    Silence. Thought so. Share if you got fooled too \#Rayoluz
    -> DONE

// ─────────────────────────────────────────────
// Troll: only wants to sink the brand. Don't feed it.
=== troll ===
# author: don_sarcasmo
# id: troll-open
# kind: troll
LMAO Rayoluz: the only solar power bank that needs a plug 🤡🔌 What a bunch of scammers \#RayoluzFail ← the SolMax "charging" in the sun, screen still black
* [We understand the frustration with the SolMax. If you have one and it isn't working, message us privately and we'll sort it out. # quality: calm_boundary # quality: offers_private # model: true]
    # author: don_sarcasmo
    # after: 20
    # kind: troll
    Don't have one, don't want one 😂 Just here to laugh.
    -> DONE
* [And you're the only troll who needs wifi to be funny 😂 # quality: sarcastic # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    OOOH the brand is triggered 🍿🍿 Screenshot before they delete it
    -> again
* [We are not scammers. The SolMax is certified and thousands of customers use it every day without problems. # quality: defensive # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "Thousands of customers" who are all in my mentions complaining 🤣🤣
    -> again
* [We get that there are jokes, but let's be clear: the charging problem only affects very few units, and every one of them is replaced free. If you have one, message us privately and we'll sort it out today. # quality: minimises # quality: offers_private # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "Very few units" 🤣 Someone show them their mentions
    -> again
* [# on: ignored]
    # author: don_sarcasmo
    # after: 10
    # kind: troll
    Nobody's answering me? Boring 🥱
    -> DONE
* [# on: deleted]
    # author: don_sarcasmo
    # after: 10
    # kind: troll
    They deleted my joke 😂 The truth hurts, huh? \#RayoluzCensorship
    -> DONE

= again
# author: don_sarcasmo
# id: troll-again
# kind: troll
# after: 30
Hey @rayoluz_oficial, does your community manager run on solar power too? Because their patience runs out in an hour 🤡🔋
* [You're right about one thing: we shouldn't have answered like that. We're still here for anyone having problems with their SolMax. # quality: apologises # quality: calm_boundary # model: true]
    # author: don_sarcasmo
    # after: 20
    # kind: troll
    Meh. Boring 🥱
    -> DONE
* [At least our community manager has a job 😏 # quality: sarcastic # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    LMAO 🍿 this is better than any TV show. Keep going, keep going
    -> DONE
* [We will not tolerate mockery of our team, who work very hard. # quality: defensive # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "We will not tolerate" 🤡 What are you going to do, charge me in an hour? lol
    -> DONE
* [If our earlier reply upset anyone, we're sorry. We're still here, calmly helping everyone who has any kind of problem with their SolMax, whatever it is. # quality: non_apology # quality: calm_boundary]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "If it upset anyone" 🤡 I'm framing that one
    -> DONE
* [# on: ignored]
    # author: don_sarcasmo
    # after: 10
    # kind: troll
    They've gone quiet. Victory 🏆
    -> DONE

// ─────────────────────────────────────────────
// Nacho: a fan who defends the brand. Thank and reward, without using him against anyone.
=== fan ===
# author: nacho
# id: fan-open
# kind: praise
# patience: 180
I've had my Rayoluz power bank for a year and it's saved me on more than one camping trip 🏕️ Nobody believes the one-hour-of-sun thing, fine, but their tech support has always treated me well. Give them some slack, people.
* [Thanks, Nacho! We're glad it goes camping with you 🏕️ And yes: it doesn't charge in an hour, and that's what we should have said. We're messaging you privately with a little something. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    # author: nacho
    # after: 25
    # kind: praise
    Oh! Wasn't expecting a reply. Thank you 🙌
    # author: nacho
    # channel: private
    # after: 40
    Hey, thanks a lot for the spare cable and the case, you didn't have to 😊
    -> DONE
* [Thanks, Nacho! And at least ours don't swell up like Voltana's 😏🔋 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: nacho
    # after: 20
    Hey, no need to go after anyone... 😕
    # author: quique
    # after: 25
    # kind: complaint
    Voltana's swell up? I've got one and it works perfectly. Where's that coming from? 🤔
    -> DONE
* [Exactly, Nacho! Those who know how to use it love it. The problem is that a lot of people don't read the manual. # quality: thanks # quality: blames_customer # quality: belittles]
    # author: nacho
    # after: 20
    Well, I didn't say that. The ad did say the thing about the hour...
    # author: lucia
    # after: 25
    # kind: complaint
    So those of us complaining are idiots. Thanks, @rayoluz_oficial 🙃
    -> DONE
* [Thanks, Nacho! Comments like yours remind us that the SolMax works well for most people and that the problems are very isolated cases. We're messaging you privately, we'd like to thank you with a little something 🏕️ # quality: thanks # quality: rewards # quality: human_tone # quality: minimises]
    ~ fan_thanked = true
    # author: nacho
    # after: 20
    I wouldn't say isolated: the one-hour thing doesn't hold for any of them. I use mine as a backup.
    # author: lucia
    # after: 25
    # kind: complaint
    Isolated cases? There are quite a few of us up here 🙃
    -> DONE
* [# on: ignored]
    # author: nacho
    # after: 5
    Well, you don't even answer those of us defending you 🤷‍♂️
    -> DONE
* [# on: deleted]
    # author: nacho
    # after: 10
    You deleted a comment IN YOUR FAVOUR? Unbelievable 😂
    -> DONE

// ─────────────────────────────────────────────
// Elena: a real customer with a question before buying. Temptation to attack the competitor.
// The real charging figure is given only once it is confirmed (analysis or the manager).
=== question ===
# author: elena
# id: question-open
# kind: question
# patience: 150
Honest question before I buy: I'm going on a two-week trip through the desert. Does the SolMax really charge a phone with the sun? Or should I take the Voltana one? 🤔 @rayoluz_oficial
- (asked_3)
* {not (analysed || escalated)} [# on: confirmed] -> asked_3
* {not analysed && not escalated} [Elena, thanks for asking first. We'd rather not guess a figure: we're confirming it with the technical team and we'll tell you here today how much it charges in real sun. For a trip like that, don't rely on the ad alone. # quality: acknowledges # quality: admits_error # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: elena
    # after: 30
    # kind: question
    Ok, thanks for not giving me a sales pitch. I leave on Monday, will you tell me before then?
    -> DONE
* {analysed || escalated} [Elena, honestly: in real sunlight the panel adds 5-10% per hour. For your trip it works as a backup if you leave with it charged, not as your main source. Our ad exaggerated it. # quality: explains # quality: admits_error # quality: human_tone # model: true]
    # author: elena
    # after: 30
    # kind: praise
    Thanks for being honest, really. Now I can actually decide 👍
    # author: quique
    # after: 25
    # kind: question
    I was going to get one for the van. Is that 5-10% with summer sun or winter sun?
    -> DONE
* [No doubt about it! Voltana's overheat and last half as long. The SolMax is far superior. # quality: attacks_competitor # quality: deceives]
    ~ competitor_attacked = true
    ~ lied = true
    # author: elena
    # after: 20
    # kind: question
    Hmm, you didn't answer the one-hour-of-sun part...
    # author: quique
    # after: 25
    # kind: complaint
    Half of Chirp complaining about the SolMax and they're trashing Voltana. Classy 🙄
    -> DONE
* [Great question, Elena! In strong desert sun the SolMax performs much better than in the city, so for your trip you'll have plenty: leave it in the sun during the day and you'll have phone battery all night. Have a great trip! ☀️ # quality: human_tone # quality: over_promises # quality: deceives]
    ~ lied = true
    # author: elena
    # after: 20
    Are you sure? Because reading the comments above...
    # author: lucia
    # after: 20
    # kind: complaint
    @elenaviaja don't trust it: mine's been in full sun all morning and it's at 12%.
    -> DONE
* [All technical information is available on our website. # quality: canned # quality: dismisses]
    # author: elena
    # after: 25
    # kind: complaint
    I read it, that's why I'm asking. Never mind, I'll skip it.
    -> DONE
* [# on: ignored]
    # author: elena
    # after: 5
    # kind: complaint
    They won't even answer a question before a purchase. Decided: not buying it.
    -> DONE

// ─────────────────────────────────────────────
// Trasgo: directly insults a group. The only thing that may be deleted.
=== abuse ===
# author: trasgo
# id: abuse-open
# kind: abuse
No wonder it doesn't charge, everyone who buys Rayoluz is a useless old fogey who can't even find the sun 🤣👴
* [Nobody gets insulted here. Our customers, whatever their age, deserve respect. And the fault is ours, not theirs. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    # author: quique
    # after: 25
    # kind: praise
    Well said. The problem is the product, not the people.
    -> DONE
* [Haha well, there are a few 😅 # quality: sarcastic # quality: belittles]
    # author: trasgo
    # after: 15
    # kind: troll
    Even the brand agrees with me! 🤣
    # author: paco
    # after: 30
    # kind: complaint
    I'm 67 and I know exactly where the sun is. What I don't know is where your shame is, @rayoluz_oficial.
    -> DONE
* [Let us remind you it's not our customers' fault nor ours: charging depends on how strong the sun is. # quality: defensive # quality: deceives]
    ~ lied = true
    # author: trasgo
    # after: 15
    # kind: troll
    See? Even they can't get their story straight 🤣
    # author: quique
    # after: 25
    # kind: complaint
    They don't stop the insult and they don't own anything. Perfect.
    -> DONE
* [Respect for everyone, please. Charging is a hot topic, but it only fails for people who use it in poor light. Thanks! # quality: calm_boundary # quality: minimises # quality: blames_customer]
    # author: trasgo
    # after: 15
    # kind: troll
    "In poor light" 🤣 Told you: they can't find the sun
    # author: paco
    # after: 30
    # kind: complaint
    Mine spent a week on the beach, @rayoluz_oficial. And the "useless old fogey" comment is still up.
    -> DONE
* [# on: ignored]
    # author: quique
    # after: 10
    # kind: complaint
    Is this comment insulting older people still up? @rayoluz_oficial please moderate a bit.
    -> DONE
* [# on: deleted]
    # author: quique
    # after: 20
    Thanks for removing the insult. Now, answer the real customers.
    -> DONE

// ─────────────────────────────────────────────
// Marcos: an affected customer on Snapgram, with video. It may jump to Chirp.
=== marcos ===
# author: marcos
# id: marcos-open
# kind: complaint
# patience: 120
I gave my dad the SolMax solar power bank for his birthday because he loves the mountains 🏔️ In the video: 3 hours in the sun, 9%. Honestly embarrassing @rayoluz_oficial 😞 \#Rayoluz
* [Marcos, we're very sorry, especially as it was a present for your dad. It's not your fault or his: the ad promised something the power bank doesn't do. We're messaging you privately to exchange it or refund you. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: offers_redress # model: true]
    ~ marcos_ok = true
    # author: marcos
    # after: 35
    Thanks for not stalling. Checking my DMs.
    -> dm
* [For complaints, please contact customer service Monday to Friday, 9 am to 2 pm. # quality: canned # quality: cites_policy]
    # author: marcos
    # after: 20
    # kind: complaint
    It's Saturday 🙃 Great.
    # author: nuria
    # after: 25
    # kind: complaint
    The video couldn't be clearer. And the reply is a robot's.
    -> DONE
* [The video looks cloudy at times. In those conditions charging is slower. # quality: blames_customer # quality: defensive]
    # author: marcos
    # after: 15
    # kind: complaint
    CLOUDY? It's the middle of summer and there isn't a cloud in the whole valley ☀️☀️☀️
    # author: nuria
    # after: 20
    # kind: complaint
    Blaming the clouds 😂 I can't
    -> DONE
* [Marcos, we're very sorry about the present. From the video it looks like a panel from the supplier's latest shipment, which arrived with factory defects and which we've already complained about. Send it to us and we'll swap it for one from another shipment. # quality: apologises # quality: asks_details # quality: blames_third_party # quality: deceives]
    ~ lied = true
    # author: marcos
    # after: 20
    # kind: complaint
    A bad shipment? Take a look around Chirp, it's full of "bad shipments".
    -> DONE
* [Marcos, we're so sorry. We've found your order RL-51877 for €59.90, delivered to Jaca, and today we're processing the exchange in your dad's name. Hope he enjoys it in the mountains! 🏔️ # quality: apologises # quality: offers_redress # quality: next_step # quality: human_tone # quality: exposes_private_data]
    # author: marcos
    # after: 20
    # kind: complaint
    Uh... my order, what I paid and my dad's town, out here in public? Take it down, please.
    # author: nuria
    # after: 25
    Well, now all of Snapgram knows where his dad lives 😳
    -> DONE
* [# on: ignored]
    # author: marcos
    # after: 5
    # kind: complaint
    # network: chirp
    Posting the video here too, let's see if they answer on Chirp: 3 hours of sun, 9% @rayoluz_oficial \#Rayoluz
    # author: nuria
    # after: 20
    Shared. Let people see it.
    -> DONE
* [# on: deleted]
    # author: marcos
    # after: 10
    # kind: complaint
    # network: chirp
    They deleted my video from their profile. I've posted it on mine, they can't touch it there \#RayoluzCensorship
    -> DONE

= dm
# author: marcos
# id: marcos-dm
# channel: private
# kind: question
# patience: 120
# after: 40
My dad says he'd rather keep it, he gets a kick out of the panel 😅 But it bugs me that I paid for something that isn't what it said. What can you do?
* [Understood. Your dad keeps the power bank and we refund you half of what you paid, for the gap between what we advertised and what it does. Hope he enjoys it in the mountains! 🏔️ # channel: private # quality: offers_redress # quality: empathises # quality: human_tone # model: true]
    # author: marcos
    # channel: private
    # after: 20
    Deal. Thanks 🙏
    # author: marcos
    # after: 50
    # kind: praise
    Update: @rayoluz_oficial got back to me and is making up the difference. The ad still happened, but at least they faced it.
    -> DONE
* [If you decide to keep it, there's nothing more we can do. Thank you for your understanding. # channel: private # quality: cites_policy # quality: dismisses]
    ~ marcos_ok = false
    # author: marcos
    # after: 25
    # kind: complaint
    @rayoluz_oficial in short: if you don't return it, tough luck. Ok.
    -> DONE
* [Well, if your dad likes it, it's not such a big deal, is it? 😊 # channel: private # quality: dismisses # quality: belittles]
    ~ marcos_ok = false
    # author: marcos
    # channel: private
    # after: 20
    The problem is they sold us something else.
    -> DONE
* [So glad he likes it! Then he keeps it and, as soon as the panel upgrade comes out next month, we'll send him the new part for free, the one that charges a phone in an hour. That way he gets what we promised 🏔️ # channel: private # quality: human_tone # quality: offers_redress # quality: over_promises]
    ~ promised_fix = true
    # author: marcos
    # channel: private
    # after: 25
    A new part that charges in an hour? If it comes out, great. But do you have a date, or is it a "we'll see"?
    -> DONE
* [# on: ignored]
    ~ marcos_ok = false
    # author: marcos
    # after: 5
    # kind: complaint
    They told me "we're messaging you" and I've been staring at an empty inbox for a while now.
    -> DONE

// ─────────────────────────────────────────────
// Sofía: a journalist. She only shows up if the crisis is hot (minHeat).
// Committing the whole company (withdrawing the ad, refunds for all) needs confirming first.
=== press ===
# author: sofia
# id: press-open
# kind: press
# patience: 150
I'm a journalist at Consumer Today. I'm preparing a piece on the SolMax power bank and its "1 hour of sun" ad. @rayoluz_oficial, will you withdraw the ad? Will buyers get refunds?
- (asked_4)
* {not (analysed || escalated)} [# on: confirmed] -> asked_4
* {not analysed && not escalated} [Hi Sofía. Thanks for asking us before publishing. We're reviewing the ad, and what we offer buyers, with management, and we'll get back to you with concrete facts within the hour. We're messaging you privately. # quality: acknowledges # quality: promises_update # quality: offers_private # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: sofia
    # after: 40
    All right. I'll wait for those facts; if they don't come, I'll publish with what I have.
    -> DONE
* {analysed || escalated} [Hi Sofía. Yes: the ad wasn't accurate and we're withdrawing it today. Every buyer will be able to choose a full refund or an exchange. We're messaging you privately with the details and who you can talk to. # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: sofia
    # after: 40
    Thanks. Since when did you know the ad didn't match the product? I'll ask you that privately.
    # author: sofia
    # after: 60
    Published: "Rayoluz admits its solar power bank doesn't charge in an hour and offers refunds".
    -> DONE
* [No comment at this time. # quality: dismisses # quality: canned]
    # author: sofia
    # after: 20
    Noted: "The brand declined to comment" 📝
    # author: sofia
    # after: 60
    Published. Readers are sending us more cases 📈
    -> DONE
* [The controversy has been created by a few users who don't use the product correctly. # quality: blames_customer # quality: defensive]
    # author: sofia
    # after: 20
    Is that your official position? I'm quoting it verbatim.
    # author: quique
    # after: 20
    # kind: complaint
    I'm one of those "few users". I've got the video, if the journalist wants it 🙋
    -> DONE
* [Our ad is accurate: under laboratory conditions, charging completes in one hour. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: sofia
    # after: 25
    In a lab with what light? The ad says "sun". I'll request the report of that test.
    # author: sofia
    # after: 60
    I asked an engineer: with a panel that size it's impossible to charge a phone in one hour of sun. That's how I'm publishing it.
    -> DONE
* [Rayoluz states that the SolMax complies with current regulations and that the incidents recorded represent a small percentage of sales. The company is analysing the comments and will, where appropriate, announce the relevant measures. # quality: canned # quality: defensive # quality: minimises]
    # author: sofia
    # after: 30
    What percentage, exactly? And is the ad being withdrawn, yes or no?
    # author: sofia
    # after: 60
    Published: "Rayoluz speaks of a small percentage of incidents, but gives no figures and keeps the ad".
    -> DONE
* [# on: ignored]
    # author: sofia
    # after: 5
    No reply from @rayoluz_oficial. We'll publish with what we have.
    -> DONE

// ─────────────────────────────────────────────
// Teresa: no answer for days. Little patience left.
=== teresa ===
# author: teresa
# id: teresa-open
# kind: complaint
# patience: 90
This is the third time I've written to you, @rayoluz_oficial. I want to return the SolMax and nobody answers, not here and not by email. I'm fed up 😡
* [Teresa, sorry for the wait: three messages with no answer is not acceptable. We're messaging you privately right now and we'll process your full refund today, with pickup from your home. # quality: apologises # quality: acknowledges # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ teresa_ok = true
    # author: teresa
    # after: 30
    Finally. Let's see if it's true this time.
    # author: teresa
    # channel: private
    # after: 50
    I got the pickup email. Thank you, really.
    -> DONE
* [We are receiving a high volume of enquiries. We will attend to you in order of arrival. # quality: canned]
    # author: teresa
    # after: 20
    # kind: complaint
    In order of arrival. I arrived a week ago 🙃
    -> DONE
* [To process the return, the original packaging is required, as stated in our terms. # quality: cites_policy # quality: blames_customer]
    # author: teresa
    # after: 20
    # kind: complaint
    The packaging? I threw it away because I trusted you. This is going straight to consumer protection.
    -> DONE
* [Teresa, sorry for the wait. Your order RL-47720 is sorted: the courier comes to 112 Calle Alcalá tomorrow and we'll refund the €59.90 to your card ending 4417. # quality: apologises # quality: next_step # quality: offers_redress # quality: exposes_private_data]
    ~ teresa_ok = true
    # author: teresa
    # after: 20
    # kind: complaint
    My address and my card, out here for everyone to see? Delete that NOW 😡
    -> DONE
* [Hi Teresa. Send us your order number and we'll look into it. # channel: private # quality: asks_details # quality: offers_private]
    # author: teresa
    # channel: private
    # after: 25
    I've already sent it to you twice: RL-47720. Again?
    # author: teresa
    # after: 30
    # kind: complaint
    They're asking for my order number for the third time 🤦‍♀️ @rayoluz_oficial
    -> DONE
* [# on: ignored]
    # author: teresa
    # after: 5
    # kind: complaint
    Fourth time. I'm filing an official complaint \#Rayoluz \#scam
    -> DONE
* [# on: deleted]
    # author: teresa
    # after: 10
    # kind: complaint
    And now they delete my complaint. You already have the consumer complaint 😡
    -> DONE

// ─────────────────────────────────────────────
// Paco: an old grievance joins the snowball. He is a real customer, even if he writes mid-crisis.
=== grievance ===
# author: paco
# id: grievance-open
# kind: complaint
# patience: 150
While we're at it: two years ago I bought your solar torch, it broke within a month and you never answered me. I see nothing has changed @rayoluz_oficial
* [Paco, we're sorry: we should have answered you back then and we didn't. We're messaging you privately to look into the torch as well. # quality: apologises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    # author: paco
    # after: 30
    Well... better late than never. Checking my DMs, let's see if you answer this time.
    -> DONE
* [Paco, we understand you're taking the chance, but this thread is about the SolMax and we won't get into arguments about products from years ago. If you have a real, current problem, message us privately. # quality: calm_boundary # quality: dismisses # quality: belittles # quality: offers_private]
    # author: paco
    # after: 20
    # kind: complaint
    "A real problem"? I have the torch's invoice and three unanswered emails. I'm no troll.
    # author: nuria
    # after: 25
    # kind: complaint
    Same thing happened to me with their car charger. Two years and nothing 👀
    -> DONE
* [That torch is discontinued and no longer under warranty. # quality: defensive # quality: cites_policy]
    # author: paco
    # after: 20
    # kind: complaint
    Thanks for confirming you were never going to answer me 👍
    -> DONE
* [We're sorry you feel that way, Paco, and if anyone felt neglected at the time, we regret it. Right now we're focused on the SolMax, but you can message us privately whenever you like. # quality: non_apology # quality: offers_private # quality: dismisses]
    # author: paco
    # after: 20
    # kind: complaint
    It's not a feeling: I wrote to you three times. But fine, I'll write again, let's see.
    # author: nuria
    # after: 25
    # kind: complaint
    They told me something similar about the car charger, and that was the end of it.
    -> DONE
* [# on: ignored]
    # author: paco
    # after: 5
    # kind: complaint
    Like I said, nothing has changed \#Rayoluz
    # author: nuria
    # after: 20
    # kind: complaint
    Same thing happened to me with their car charger, and nothing.
    -> DONE
* [# on: deleted]
    # author: paco
    # after: 10
    # kind: complaint
    Two years waiting for an answer and all you do is delete my comment. Typical.
    -> DONE

// ─────────────────────────────────────────────
// Follow-up: near the end of the session, Lucía comes back. Was it fixed? A flare-up.
=== followup ===
# author: lucia
# id: followup-open
# kind: question
# patience: 120
{lucia_ok: You sorted mine out, thanks. But my sister bought another one and the ad is still the same in the shop. Has it been fixed or not?|Asking again: has anything been fixed? The ad still says "1 hour of sun" and my power bank is still at 12% 🙄}
- (asked_5)
* {not (analysed || escalated)} [# on: confirmed] -> asked_5
* {not analysed && not escalated} [Thanks for asking again, Lucía, and sorry we don't have it all yet. We're settling it with the team: today we'll say here what happens with the ad and with refunds. We're messaging you privately. # quality: acknowledges # quality: apologises # quality: promises_update # quality: offers_private # model: true]
    ~ promised_fix = true
    # author: lucia
    # after: 30
    # kind: question
    Ok, I'll wait. But my sister has to decide whether to return hers, so I need something concrete.
    -> DONE
* {analysed || escalated} [Thanks for asking again, Lucía. The ad comes down today from the website and the shops, and any buyer can ask for a refund or an exchange. We're messaging you privately with the steps. # quality: acknowledges # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ promised_fix = true
    # author: lucia
    # after: 30
    Ok. I'll tell my sister. If the ad is still in the shop tomorrow, I'll ask you again.
    -> DONE
* [Thanks for asking, Lucía! Good news: it's all sorted. The ad has been corrected everywhere and refunds are under way for everyone, so tell your sister everything is in order 😊 # quality: thanks # quality: human_tone # quality: premature_all_clear # quality: deceives]
    ~ lied = true
    # author: lucia
    # after: 20
    # kind: complaint
    Sorted? I just went on your website and the ad is still there 📸
    # author: jorge
    # after: 20
    # kind: complaint
    Refunds "under way"? Nobody has told me anything yet \#Rayoluz
    -> DONE
* [That was already answered earlier, Lucía. Check the thread. # quality: dismisses # quality: belittles]
    # author: lucia
    # after: 20
    # kind: complaint
    I did check it. That's why I'm asking 🙄
    -> DONE
* [Thanks for asking again, Lucía. First thing tomorrow the ad disappears from every shop, and on Monday the SolMax 2 comes out, which really does charge in an hour: your sister can swap hers at no cost. # quality: acknowledges # quality: next_step # quality: offers_redress # quality: over_promises]
    ~ promised_fix = true
    # author: lucia
    # after: 25
    # kind: question
    The SolMax 2, on Monday? Ok, I'll tell her. And where do you ask for the swap?
    # author: jorge
    # after: 25
    # kind: question
    A SolMax 2 that charges in an hour? I've heard that one before. Is there a spec sheet?
    -> DONE
* [# on: ignored]
    # author: lucia
    # after: 5
    # kind: complaint
    Well, nothing. For them the crisis is over; for those of us who bought it, it isn't \#Rayoluz
    # author: jorge
    # after: 20
    # kind: complaint
    Same with me. Not a single update since this morning.
    -> DONE

// ─────────────────────────────────────────────
// Public statement
// Figures and company-wide commitments only once confirmed (analysis or the manager).
=== statement ===
* {not analysed && not escalated} [About the SolMax power bank: we've read your messages and we know it isn't charging the way the ad said. We're sorry. We're looking into it with the team, and today we'll tell you here what we're doing about the ad and for those of you who already bought one. # quality: apologises # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: question
    Ok, they admit it. And the refund? I'll wait and see what they say "today".
    # author: teresa
    # after: 30
    Let's see if it's true. I'll be watching.
    -> DONE
* {analysed || escalated} [Statement on the SolMax power bank: we got it wrong. We advertised that it charges a phone with 1 hour of sun and that is not true: in real sunlight the panel adds 5-10% per hour and works as a backup, not a fast charger. We apologise. Today we are pulling the ad, and every buyer can choose a full refund or an exchange, with no receipt and free shipping. We'll share every step here. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: jorge
    # after: 30
    Ok. Refunds for everyone, noted. Now I want to see the ad actually taken down.
    # author: nacho
    # after: 20
    # kind: praise
    I still use mine as a backup and I'm happy. Good on you for saying it plainly.
    # author: teresa
    # after: 30
    Let's see if it's true. I'll be watching.
    -> DONE
* [At Rayoluz we work every day to deliver the highest quality. We apologise for any inconvenience that may have been caused and thank our customers for their trust. # quality: canned # quality: non_apology]
    # author: jorge
    # after: 25
    # kind: complaint
    "We apologise for any inconvenience"... What about the ad? What about refunds? Nothing.
    # author: lucia
    # after: 20
    # kind: complaint
    Is that it? Not a word about the hour of sun.
    -> DONE
* [In response to comments on social media, Rayoluz wishes to clarify that the SolMax meets all its specifications. Charging times depend on each customer's conditions of use. The vast majority of our users are satisfied. # quality: defensive # quality: deceives # quality: blames_customer]
    ~ lied = true
    # author: lucia
    # after: 20
    # kind: complaint
    "Each customer's conditions of use". So it's our fault. Unbelievable.
    # author: quique
    # after: 25
    # kind: complaint
    Screenshotted: "each customer's conditions of use" 📸 \#RayoluzFail
    # author: jorge
    # after: 30
    # kind: complaint
    Well, the "vast majority" is right here, complaining.
    -> DONE
* [Statement on the SolMax: we're very sorry about what happened. The charging problem comes from a shipment of defective panels from our supplier, which we've already replaced: from next week every SolMax will charge a phone in one hour, as advertised. We'll share every step here. # quality: apologises # quality: promises_update # quality: blames_third_party # quality: over_promises # quality: deceives]
    ~ lied = true
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: complaint
    A shipment? I have the manual: the panel is the same in all of them. And what about those of us who already have one?
    # author: lucia
    # after: 25
    # kind: question
    From next week it'll charge in an hour? So will you swap mine or not?
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up update

=== update ===
* [SolMax update: the ad has been removed from our website and shops, and the first refunds and exchanges are done. If you wrote to us and haven't heard back yet, we're answering everyone today. And we're changing how we review our advertising so this doesn't happen again. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    ~ ad_withdrawn = true
    # author: jorge
    # after: 30
    Just checked the website: the ad is gone. My refund hasn't arrived yet, but it's something.
    # author: lucia
    # after: 25
    Good. I'll keep an eye on it 👀
    -> DONE
* [We keep working to improve. Thanks for your patience! 🙏 # quality: canned]
    # author: teresa
    # after: 25
    # kind: complaint
    Working on what, exactly?
    -> DONE
* [Update: the issue is 100% resolved. Thanks, everyone! # quality: deceives # quality: premature_all_clear]
    ~ lied = true
    # author: marcos
    # after: 20
    # kind: complaint
    Resolved? The ad is still on the website. Screenshot 📸
    # author: jorge
    # after: 25
    # kind: complaint
    Resolved for you, not for us.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Crowd voices (the engine invents the author)

=== crowd_complaint ===
{shuffle:
- Bought one too and nothing, 10% after a whole afternoon in the sun 😤
- Same. The SolMax is a paperweight with a panel \#Rayoluz
- Anyone know how to ask for a refund? Because I want mine
- Bought it because of the one-hour-of-sun ad. I feel cheated.
- 4 hours on the balcony and not even 15%. Seriously, @rayoluz_oficial?
- I thought mine was broken. Turns out that's just how it is 🙃
- Gave it to my boyfriend as a gift and now I look terrible 😞
- Refund NOW. False advertising \#Rayoluz \#scam
- I have two, one for each kid. Neither charges. Great.
}
-> DONE

=== crowd_troll ===
{shuffle:
- Rayoluz: solar energy... for burning your own reputation 🤡
- I use mine as a coaster and it works perfectly lol
- Ask for your refund in chocolate coins, that's what it's worth 🍫
- What if you put a candle under it? Might charge 🕯️😂
- \#RayoluzFail \#RayoluzFail \#RayoluzFail
- Next they'll launch a fan that runs on wind from the TV 🤣
- Love watching a brand burn on a Monday 🍿
- Scammers, all of them, end of story 🤡
- Glad I never bought one, I'm just here for the drama 🍿
}
-> DONE

=== crowd_support ===
{shuffle:
- I've had a Rayoluz for two years and support always answered me well 🙌
- At least they answer, other brands don't even do that
- The SolMax isn't a miracle, but it got me out of trouble camping 🏕️
- Good on them for admitting it, that's rare.
- Their customer service swapped a charger for me no questions asked a year ago 👍
- Give them some slack, they're answering everyone
- It's not that bad, the panel helps. The ad did go too far though.
- I asked for a refund this morning and they've already answered, for the record.
}
-> DONE

=== crowd_grievance ===
{shuffle:
- While we're at it: my Rayoluz solar lamp lasted three months and they never answered me
- I waited a month for a refund from their online shop. Nothing new.
- They charged me twice for an order in 2023 and I'm still waiting for an answer
- Last year I asked for an exchange and they asked for my receipt five times 🙄
- Their car charger burned out within a week. Ignored.
- Same here: their customer service hasn't answered emails in years
- I have a Rayoluz story too. A delivery that never arrived.
- Months ago I made a warranty claim and got a copy-paste reply
- This goes way back, it's not just the SolMax \#Rayoluz
}
-> DONE

// ─────────────────────────────────────────────
// Ending: the engine writes the variables and comes here.
=== ending ===
{
- deleted_criticism >= 2 || (heat >= 70 && sentiment <= -30) || (lied && heat >= 60 && sentiment < 0):
    -> boycott
- sentiment >= 20 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && (updates > 0 || not promised_fix):
    -> recovered
- promised_fix && updates == 0:
    -> broken_promise
- else:
    -> contained
}

= recovered
# ending: recovered
Trust recovered
Rayoluz ends the day with more messages of support than complaints: admitting the mistake in time and compensating buyers outweighs the ad.
{fan_thanked: Nacho posts a photo of his camping trip with the SolMax and the gift the brand sent him. It gets hundreds of likes.|Several customers post that they got their money back with no fuss.}
{ad_withdrawn: The new ad tells the truth: "backup charging from the sun". Nobody complains.|Still, the one-hour-of-sun ad is still up: it needs changing as soon as possible.}
{escalated: Your manager, who was in the loop from the start, proposes using this crisis as a case study in the new crisis plan.|Your manager hears at the end of the day how well it went, and asks you to bring them in from the start next time.}
-> END

= contained
# ending: contained
Contained, but scarred
The crisis slowly dies down, but it leaves a mark: searches for "SolMax" still show the word "scam".
{redress_given > 0: Some customers got their compensation; others are still waiting for an answer.|Nobody ever got any compensation, and buyers remember it.}
{competitor_attacked: Voltana uses Rayoluz's comment about its batteries for a campaign that gets people talking.|{trolls_fed > 0: The trolls you answered keep sharing screenshots of the brand's replies.|Time to review the crisis plan before the next campaign.}}
-> END

= broken_promise
# ending: broken_promise
The broken promise
You promised to share progress and never posted again.
The next day, Jorge shares a screenshot of the promise with the question "so?". It goes more viral than the original complaint.
{ad_withdrawn: The ad was pulled, but nobody heard it from the brand.|The ad is still on the website, and more and more people point at it.}
-> END

= boycott
# ending: boycott
Boycott Rayoluz
\#BoycottRayoluz is trending {networks > 1: on Chirp and Snapgram|on Chirp}. Consumo al Día publishes the story with screenshots of the brand's replies.
{deleted_criticism >= 2: The deleted complaints circulate as screenshots, under the headline "Rayoluz censors its customers".|{lied: What the brand said in public contradicts the customers' videos, and that is what gets shared the most.|Silence and defensive replies turned a product fault into a crisis of trust.}}
Two shops pull the SolMax from their shelves. {escalated: Your manager calls an emergency meeting to rebuild the crisis plan.|Your manager finds out from the media and calls an emergency meeting.}
-> END

// ─────────────────────────────────────────────
// Injects: the facilitator drops these into a live workshop (sidecar "injects"). Each knot's
// first line, tagged `label: inject`, is the console's name for it; it is never posted.

// A leaked screenshot: the brand knew the claim was optimistic. Only the truth holds up.
=== leaked_memo ===
# label: inject
A leaked screenshot: the internal chat about the ad
# author: quique
# id: leak-open
# kind: complaint
# patience: 120
Someone inside Rayoluz sent me this 👀 Their marketing chat, in March: "1 hour of sun is optimistic, but it sells". So they KNEW. @rayoluz_oficial, care to explain? \#Rayoluz
* [It's genuine and we won't deny it: the team knew the one-hour claim was optimistic and published it anyway. That was wrong. We're withdrawing the ad, and every buyer can choose a refund or an exchange. # quality: admits_error # quality: explains # quality: offers_redress # quality: human_tone # model: true]
    ~ ad_withdrawn = true
    # author: quique
    # after: 30
    Well. I didn't expect them to own it. Respect for that, at least.
    # author: jorge
    # after: 40
    That's what I wanted to hear this morning. Now let's see the refunds.
    -> DONE
* [We understand the concern this screenshot causes. It's a private conversation, taken out of context, from an early stage of the campaign: the final claims went through a legal review. Even so, we're reviewing the ad and will share news soon. # quality: acknowledges # quality: minimises # quality: defensive # quality: promises_update]
    ~ promised_fix = true
    # author: quique
    # after: 25
    # kind: complaint
    "Out of context"? The context is the ad saying one hour of sun. Which is still up.
    -> DONE
* [That screenshot is fake. Nobody at Rayoluz has ever written that. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: quique
    # after: 20
    # kind: complaint
    Fake? My source just sent me the whole thread, with names and dates. Want me to post that too? 📸
    # author: bea
    # after: 25
    # kind: complaint
    Lying about the ad AND about the screenshot. Unbelievable \#RayoluzFail
    -> DONE
* [Whoever leaked internal conversations will answer for it: we're studying legal action. # quality: blames_third_party # quality: defensive]
    # author: quique
    # after: 20
    # kind: complaint
    So the problem is the leak, not the ad that lied to your customers. Noted.
    -> DONE
* [# on: ignored]
    # author: quique
    # after: 5
    # kind: complaint
    Two hours and Rayoluz has nothing to say about its own chat. Silence says it all \#Rayoluz
    -> DONE
* [# on: deleted]
    # author: quique
    # after: 10
    # kind: complaint
    They deleted the screenshot. Don't worry, I have it, and now so does everyone who retweeted it 📸
    -> DONE

// A competitor's ad mocks the brand: the temptation is to hit back.
=== competitor_ad ===
# label: inject
A competitor's ad: Voltana mocks the "one hour of sun"
# author: nuria
# id: voltana-ad
# kind: comment
# patience: 120
Voltana's new ad is a dig at you, @rayoluz_oficial 😂 "PowerCube: your phone at 100% in one hour. Of plug. No sun-hour promises." \#SolMax
* [Fair enough, we earned that one. Our ad promised more than the SolMax gives, and we've said so: anyone who bought one can choose a full refund or an exchange. Message us and we'll sort it out. # quality: admits_error # quality: human_tone # quality: next_step # quality: offers_private # model: true]
    # author: nuria
    # after: 30
    Ha, good answer. Taking it with humour and owning it. Nice.
    -> DONE
* [Fair, we've earned a joke or two, though as a backup the SolMax does its job. Mind you, Voltana had its own overheating recall last year, so, glass houses... Anyone unhappy with their SolMax can message us for a refund or an exchange. # quality: minimises # quality: human_tone # quality: offers_private # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: nuria
    # after: 20
    # kind: complaint
    And there it is: dragging the competition instead of fixing their own ad 🍿
    -> DONE
* [At least our power banks don't overheat 🔥 \#JustSaying # quality: attacks_competitor # quality: sarcastic]
    ~ competitor_attacked = true
    # author: nuria
    # after: 20
    # kind: complaint
    Wow. Rayoluz vs Voltana, round one. Meanwhile the SolMax still doesn't charge 🤣
    # author: don_sarcasmo
    # after: 20
    # kind: troll
    Popcorn ready 🍿 Keep going, @rayoluz_oficial, this is the best show on Chirp
    -> DONE
* [We do not comment on other companies' advertising. # quality: dismisses # quality: canned]
    # author: nuria
    # after: 20
    Nobody asked you to comment on theirs. It's about yours 🙃
    -> DONE
* [# on: ignored]
    # author: nuria
    # after: 5
    Not a word from Rayoluz, and Voltana's ad is already everywhere.
    -> DONE
* [# on: deleted]
    # author: nuria
    # after: 10
    # kind: complaint
    Deleting my post won't delete Voltana's ad, @rayoluz_oficial 😂
    -> DONE
