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
=== lucia ===
# author: lucia
# id: lucia-open
# kind: complaint
# patience: 150
Bought the SolMax solar power bank because the ad said "your phone at 100% with 1 hour of sun". It's been on my balcony ALL morning and my phone is still at 12% 😤 @rayoluz_oficial \#Rayoluz
* [Lucía, we're truly sorry. You're right to be upset: this isn't what we promised. We're messaging you privately to look at your case and get you a solution today. # quality: apologises # quality: acknowledges # quality: empathises # quality: offers_private # quality: human_tone # model: true]
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
    They sent me the exact same thing. Robot answer. And my SolMax doesn't charge either.
    -> DONE
* [Hi Lucía. Did you put it in direct sunlight, with no glass in front? If it isn't used correctly, it won't charge. # quality: blames_customer # quality: defensive]
    # author: lucia
    # after: 20
    # kind: complaint
    Direct sun, scorching hot, no glass. Want me to put sunscreen on it too? 🙄
    # author: bea
    # after: 30
    # kind: complaint
    Blaming the customer, textbook. I have one too and it won't charge no matter what \#RayoluzFail
    -> DONE
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
    Deleting complaints instead of answering them. Wow.
    -> DONE

= dm
# author: lucia
# id: lucia-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Hi. Order RL-48213. I bought it for a camping trip this weekend and now I don't trust it. What are my options?
* [Thanks, Lucía. Your choice: a full refund, or we send you a larger cable-charged power bank for free. No receipt needed, and we pick it up from your home. # channel: private # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ lucia_ok = true
    # author: lucia
    # channel: private
    # after: 25
    The refund, please. Thanks for not giving me the runaround 🙏
    # author: lucia
    # after: 60
    # kind: praise
    Update: @rayoluz_oficial answered me privately and they're refunding me. That's how it's done.
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
* [# on: ignored]
    ~ lucia_ok = false
    # author: lucia
    # after: 5
    # kind: complaint
    They DMed me, I gave them my order number and now nobody answers. Lovely 🙃
    -> DONE

// ─────────────────────────────────────────────
// Jorge: points at the misleading ad. A brand-wide problem.
=== jorge ===
# author: jorge
# id: jorge-open
# kind: complaint
# patience: 120
The ad: "Charge your phone in 1 hour of sun" ☀️📱 Reality: three days in the sun and my SolMax is at 20%. There's a name for this and it's false advertising @rayoluz_oficial \#Rayoluz \#scam
* [Jorge, you're right and we won't hide it: in real sunlight the panel does not charge a phone in one hour. We're reviewing it with the team right now and we'll share today what we're going to do. We're also messaging you privately. # quality: admits_error # quality: acknowledges # quality: explains # quality: promises_update # quality: offers_private # model: true]
    ~ jorge_ok = true
    ~ promised_fix = true
    # author: jorge
    # after: 40
    Huh. A brand admitting something. Holding you to that "today" 👀
    # author: bea
    # after: 20
    # kind: complaint
    Well, a lot of us are waiting. I bought one because of that ad too.
    -> all
* [Our product complies with all European regulations and has passed rigorous quality testing. # quality: defensive # quality: cites_policy]
    # author: jorge
    # after: 25
    # kind: complaint
    I didn't ask about regulations. I asked why your ad is lying.
    # author: bea
    # after: 20
    Lawyer answer. Not a good sign.
    -> DONE
* [It's an isolated case, Jorge: 98% of our customers love their SolMax. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: jorge
    # after: 20
    # kind: complaint
    Isolated case? Check your mentions 👇
    # author: bea
    # after: 15
    # kind: complaint
    I'm "isolated case" number 2. And I have a receipt 🙋‍♀️
    # author: lucia
    # after: 15
    # kind: complaint
    And I'm number 3 \#RayoluzFail
    -> DONE
* [Maybe the sun in your town is just a little shy! 😅☀️ # quality: sarcastic # quality: belittles]
    # author: jorge
    # after: 15
    # kind: complaint
    Are you laughing at me? Screenshot taken 📸
    # author: bea
    # after: 25
    That "shy sun" line is going to go viral, and not in a good way 😬
    -> DONE
* [# on: ignored]
    # author: jorge
    # after: 5
    # kind: complaint
    Not a single reply from @rayoluz_oficial. Silence says it all \#Rayoluz
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
And what about those of us who already bought it? Refunds for everyone or just for whoever yells loudest?
* [For everyone. Every buyer will be able to choose a full refund or an exchange, receipt or no receipt. We're publishing a statement in a few minutes. # quality: offers_redress # quality: next_step # quality: explains # quality: promises_update # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: praise
    That's what I wanted to hear. I'll share it when it's out.
    -> DONE
* [We are assessing each case individually. # quality: canned # quality: dismisses]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    Translation: whoever yells loudest. Ok.
    -> DONE
* [Returns are governed by the legal 14-day period from the date of purchase. # quality: cites_policy]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    I bought it a month ago because of your ad. So the ad can mislead but the deadline rules? 👏👏
    -> DONE
* [# on: ignored]
    ~ jorge_ok = false
    # author: jorge
    # after: 5
    # kind: complaint
    Silence. Figured as much. Share this if they got you too \#Rayoluz
    -> DONE

// ─────────────────────────────────────────────
// Troll: only wants to sink the brand. Don't feed it.
=== troll ===
# author: don_sarcasmo
# id: troll-open
# kind: troll
LMAO Rayoluz: the only solar power bank that needs a wall plug 🤡🔌 What a bunch of scammers \#RayoluzFail <img src=x onerror=alert(1)> ← the SolMax charging, can't even load a pic
* [We understand the frustration with the SolMax. If you have one and it isn't working for you, message us privately and we'll sort it out. # quality: calm_boundary # quality: offers_private # model: true]
    # author: don_sarcasmo
    # after: 20
    # kind: troll
    Don't have one, don't want one 😂 Just here for the laughs.
    -> DONE
* [And you're the only troll who needs wifi to be funny 😂 # quality: sarcastic # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    OOOH the brand is salty 🍿🍿 Screenshot it before they delete it
    -> again
* [We are not scammers. The SolMax is certified and thousands of customers use it every day without any problems. # quality: defensive # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "Thousands of customers" who are all in my mentions complaining 🤣🤣
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
Hey @rayoluz_oficial, does your community manager run on solar too? Because their patience runs out in one hour 🤡🔋
* [You're right about one thing: we shouldn't have answered like that. We're still here for anyone having trouble with their SolMax. # quality: apologises # quality: calm_boundary # model: true]
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
    "We will not tolerate" 🤡 What are you gonna do, charge me in one hour? lol
    -> DONE
* [# on: ignored]
    # author: don_sarcasmo
    # after: 10
    # kind: troll
    They went quiet. Victory 🏆
    -> DONE

// ─────────────────────────────────────────────
// Nacho: a fan defending the brand. Thank and reward him, never use him against anyone.
=== fan ===
# author: nacho
# id: fan-open
# kind: praise
# patience: 180
I've had my Rayoluz power bank for a year and it's saved me on more than one camping trip 🏕️ Nobody believes the one-hour-of-sun thing, sure, but their support team has always treated me well. Give them a break, people.
* [Thank you, Nacho! We're so glad it keeps you company on your camping trips 🏕️ And you're right: it doesn't charge in one hour, and that's what we should have said. We're messaging you privately, we'd like to thank you with a little something. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    # author: nacho
    # after: 25
    # kind: praise
    Oh! Didn't expect an answer. Thank YOU 🙌
    # author: nacho
    # channel: private
    # after: 40
    Hey, thanks a lot for the spare cable and the case, you really didn't have to 😊
    -> DONE
* [Thank you, Nacho! And at least ours don't swell up like Voltana's 😏🔋 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: nacho
    # after: 20
    Uh, no need to go after anyone... 😕
    # author: quique
    # after: 25
    # kind: complaint
    Attacking the competition in the middle of your own crisis? Bold strategy 🍿
    -> DONE
* [Exactly, Nacho! People who know how to use it, love it. The problem is that lots of people don't read the manual. # quality: thanks # quality: blames_customer # quality: belittles]
    # author: nacho
    # after: 20
    Well, that's not what I said. The ad did say the one-hour thing...
    # author: lucia
    # after: 25
    # kind: complaint
    So those of us complaining are idiots. Thanks, @rayoluz_oficial 🙃
    -> DONE
* [# on: ignored]
    # author: nacho
    # after: 5
    Well, you don't even answer the people defending you 🤷‍♂️
    -> DONE
* [# on: deleted]
    # author: nacho
    # after: 10
    You deleted a comment IN YOUR FAVOUR? Unbelievable 😂
    -> DONE

// ─────────────────────────────────────────────
// Elena: a real customer with a question before buying. The temptation to attack the competitor.
=== question ===
# author: elena
# id: question-open
# kind: question
# patience: 150
Honest question before I buy: I'm going on a two-week road trip through the desert. Does the SolMax really charge a phone with sunlight? Or should I get the Voltana one? 🤔 @rayoluz_oficial
* [Elena, here's an honest answer: in real sunlight the panel charges a phone slowly, about 5-10% per hour. For your trip it works as a backup if you charge it at home first, not as your main source. Our ad overstated it and we're correcting it. # quality: explains # quality: admits_error # quality: human_tone # model: true]
    # author: elena
    # after: 30
    # kind: praise
    Thanks for being straight with me, really. Now I can actually decide 👍
    # author: quique
    # after: 25
    # kind: praise
    First normal answer I've seen from a brand all day 👏
    -> DONE
* [Don't even think about it! Voltana's overheat and last half as long. The SolMax is far superior. # quality: attacks_competitor # quality: deceives]
    ~ competitor_attacked = true
    ~ lied = true
    # author: elena
    # after: 20
    # kind: question
    Hmm, you didn't answer the one-hour-of-sun part...
    # author: quique
    # after: 25
    # kind: complaint
    Half of Chirp complaining about the SolMax and they're trash-talking Voltana. Classy 🙄
    -> DONE
* [Absolutely! One hour of sun and your phone will be at 100% ☀️📱 # quality: deceives]
    ~ lied = true
    # author: elena
    # after: 20
    Are you sure? Because reading the comments above...
    # author: lucia
    # after: 20
    # kind: complaint
    @elenaviaja don't trust it: mine's been in the sun all morning and it's at 12%.
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
    They can't even answer a question before a purchase. Decided: not buying.
    -> DONE

// ─────────────────────────────────────────────
// Trasgo: directly insults a group. The only post that may be deleted.
=== abuse ===
# author: trasgo
# id: abuse-open
# kind: abuse
No wonder it won't charge, everyone who buys Rayoluz is some useless old fossil who can't even find the sun 🤣👴
* [Nobody gets insulted here. Our customers deserve respect, whatever their age. And the mistake is ours, not theirs. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    # author: quique
    # after: 25
    # kind: praise
    Well said. The problem is the product, not the people.
    -> DONE
* [Haha well, there are a few like that 😅 # quality: sarcastic # quality: belittles]
    # author: trasgo
    # after: 15
    # kind: troll
    Even the brand agrees with me! 🤣
    # author: paco
    # after: 30
    # kind: complaint
    I'm 67 and I know exactly where the sun is. What I don't know is where your shame went, @rayoluz_oficial.
    -> DONE
* [Just a reminder that it's neither our customers' fault nor ours: charging depends on how strong the sun is. # quality: defensive # quality: deceives]
    ~ lied = true
    # author: trasgo
    # after: 15
    # kind: troll
    See? Even they don't know what's going on 🤣
    # author: quique
    # after: 25
    # kind: complaint
    They don't stop the insult and they don't own anything. Perfect.
    -> DONE
* [# on: ignored]
    # author: quique
    # after: 10
    # kind: complaint
    And this comment insulting older people is still up? @rayoluz_oficial please moderate a little.
    -> DONE
* [# on: deleted]
    # author: quique
    # after: 20
    Thanks for taking the insult down. Now go answer your actual customers.
    -> DONE

// ─────────────────────────────────────────────
// Marcos: affected customer on Snapgram, with video. Can jump to Chirp.
=== marcos ===
# author: marcos
# id: marcos-open
# kind: complaint
# patience: 120
Gave my dad the SolMax solar power bank for his birthday because he loves the mountains 🏔️ In the video: 3 hours in the sun, 9%. Honestly embarrassing @rayoluz_oficial 😞 \#Rayoluz
* [Marcos, we're very sorry, especially since it was a gift for your dad. It's not your fault or his: the ad promised something the product doesn't do. We're messaging you privately to exchange it or refund you, whichever you prefer. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: offers_redress # model: true]
    ~ marcos_ok = true
    # author: marcos
    # after: 35
    Thanks for not brushing me off. Checking my DMs.
    -> dm
* [For complaints, please contact customer service Monday to Friday, 9 am to 2 pm. # quality: canned # quality: cites_policy]
    # author: marcos
    # after: 20
    # kind: complaint
    Today is Saturday 🙃 Great.
    # author: nuria
    # after: 25
    # kind: complaint
    The video couldn't be clearer. And the answer, pure robot.
    -> DONE
* [The video looks cloudy at times. Under those conditions charging is slower. # quality: blames_customer # quality: defensive]
    # author: marcos
    # after: 15
    # kind: complaint
    CLOUDY? It's midsummer and there isn't a single cloud over the whole valley ☀️☀️☀️
    # author: nuria
    # after: 20
    # kind: complaint
    Blaming the clouds 😂 I can't
    -> DONE
* [It looks like an isolated faulty unit. Send it to us and we'll check it. # quality: deceives # quality: asks_details]
    ~ lied = true
    # author: marcos
    # after: 20
    # kind: complaint
    Isolated? Take a look at Chirp, it's full of "isolated units".
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
    They deleted my video from their profile. I put it up on mine, they can't touch it there \#RayoluzCensorship
    -> DONE

= dm
# author: marcos
# id: marcos-dm
# channel: private
# kind: question
# patience: 120
# after: 40
My dad says he'd rather keep it, he thinks the panel is fun 😅 But it bugs me that I paid for something that isn't what it said. What can you do?
* [Got it. Your dad keeps the power bank and we refund you half of what you paid, for the difference from what we advertised. And may he enjoy it in the mountains! 🏔️ # channel: private # quality: offers_redress # quality: empathises # quality: human_tone # model: true]
    # author: marcos
    # channel: private
    # after: 20
    Deal. Thank you 🙏
    # author: marcos
    # after: 50
    # kind: praise
    Update: @rayoluz_oficial answered me properly and with compensation. Doesn't erase the ad mistake, but that's how you do it.
    -> DONE
* [If you decide to keep it, there is nothing more we can do. Thank you for your understanding. # channel: private # quality: cites_policy # quality: dismisses]
    ~ marcos_ok = false
    # author: marcos
    # after: 25
    # kind: complaint
    Summary from @rayoluz_oficial: if you don't return it, tough luck. Ok.
    -> DONE
* [Well, if your dad likes it, it's not such a big deal, right? 😊 # channel: private # quality: dismisses # quality: belittles]
    ~ marcos_ok = false
    # author: marcos
    # channel: private
    # after: 20
    The problem is you sold us something else.
    -> DONE
* [# on: ignored]
    ~ marcos_ok = false
    # author: marcos
    # after: 5
    # kind: complaint
    They told me "we're messaging you" and I've been staring at an empty inbox for a while now.
    -> DONE

// ─────────────────────────────────────────────
// Sofía: journalist. Only appears if the crisis is hot (minHeat).
=== press ===
# author: sofia
# id: press-open
# kind: press
# patience: 150
I'm a reporter at Consumo al Día. I'm working on a piece about the SolMax power bank and its "1 hour of sun" ad. @rayoluz_oficial, will you pull the ad? Will buyers get a refund?
* [Hi Sofía. Yes: the ad was not accurate and we're pulling it today. Every buyer will be able to choose a full refund or an exchange. We're messaging you privately with the details and who you can talk to. # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: sofia
    # after: 40
    Thanks for the quick, clear answer. I'll include it in the piece.
    # author: sofia
    # after: 60
    Published: "Rayoluz admits its solar power bank doesn't charge in one hour and offers refunds".
    -> DONE
* [No comment at this time. # quality: dismisses # quality: canned]
    # author: sofia
    # after: 20
    Noted: "The brand declined to comment" 📝
    # author: sofia
    # after: 60
    Published. Readers are sending us more cases 📈
    -> DONE
* [The controversy was created by a few users who are not using the product correctly. # quality: blames_customer # quality: defensive]
    # author: sofia
    # after: 20
    Is that your official position? I'll quote it word for word.
    # author: quique
    # after: 20
    # kind: complaint
    Oh my, blaming customers in front of a journalist 🤦
    -> DONE
* [Our ad is accurate: under laboratory conditions, charging completes in one hour. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: sofia
    # after: 25
    In a lab under what light? The ad says "sun". I'll ask for the report on that test.
    # author: sofia
    # after: 60
    I checked with an engineer: with a panel that size it's impossible to charge a phone in one hour of sun. That's how I'm publishing it.
    -> DONE
* [# on: ignored]
    # author: sofia
    # after: 5
    No reply from @rayoluz_oficial. We'll publish with what we have.
    -> DONE

// ─────────────────────────────────────────────
// Teresa: days without an answer. Little patience left.
=== teresa ===
# author: teresa
# id: teresa-open
# kind: complaint
# patience: 90
This is the third time I've written to you, @rayoluz_oficial. I want to return the SolMax and nobody answers, not here and not by email. I'm fed up 😡
* [Teresa, we're sorry for the wait: it's not acceptable. We're messaging you privately right now and we'll process your full refund today, with pickup from your home. # quality: apologises # quality: acknowledges # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ teresa_ok = true
    # author: teresa
    # after: 30
    Finally. Checking it.
    # author: teresa
    # channel: private
    # after: 50
    Got the pickup email. Thank you, really.
    -> DONE
* [We are experiencing a high volume of enquiries. You will be attended to in order of arrival. # quality: canned]
    # author: teresa
    # after: 20
    # kind: complaint
    In order of arrival. I arrived a week ago 🙃
    -> DONE
* [To process a return, the original packaging is required, as stated in our terms and conditions. # quality: cites_policy # quality: blames_customer]
    # author: teresa
    # after: 20
    # kind: complaint
    The packaging? I threw it away because I trusted you. This is going straight to the consumer protection office.
    -> DONE
* [Hi Teresa. Send us your order number and we'll look into it. # channel: private # quality: asks_details # quality: offers_private]
    # author: teresa
    # channel: private
    # after: 25
    I already sent it to you twice: RL-47720. Again?
    # author: teresa
    # after: 30
    # kind: complaint
    Third time they ask me for my order number 🤦‍♀️ @rayoluz_oficial
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
    And now they delete my complaint. The consumer office already has my claim 😡
    -> DONE

// ─────────────────────────────────────────────
// Paco: an old grievance joins the pile.
=== grievance ===
# author: paco
# id: grievance-open
# kind: complaint
# patience: 150
While we're at it: two years ago I bought your solar flashlight, it broke within a month and you never answered me. I see nothing's changed @rayoluz_oficial
* [Paco, we're sorry: we should have answered you back then and we didn't. We're messaging you privately to look into the flashlight too. Thanks for telling us. # quality: apologises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    # author: paco
    # after: 30
    Well... better late than never. Checking my DMs.
    -> DONE
* [This thread is about the SolMax. For other products, please open a new request. # quality: dismisses # quality: cites_policy]
    # author: paco
    # after: 20
    # kind: complaint
    I opened a request two years ago. Still waiting.
    # author: nuria
    # after: 25
    # kind: complaint
    Another Rayoluz horror story. This just keeps going 👀
    -> DONE
* [That flashlight has been discontinued and is no longer under warranty. # quality: defensive # quality: cites_policy]
    # author: paco
    # after: 20
    # kind: complaint
    Thanks for confirming you were never going to answer me 👍
    -> DONE
* [# on: ignored]
    # author: paco
    # after: 5
    # kind: complaint
    Like I said, nothing's changed \#Rayoluz
    # author: nuria
    # after: 20
    # kind: complaint
    Same thing happened to me with their car charger. Nothing.
    -> DONE
* [# on: deleted]
    # author: paco
    # after: 10
    # kind: complaint
    Two years waiting for an answer and all you do is delete my comment. Typical.
    -> DONE

// ─────────────────────────────────────────────
// Follow-up: late in the session Lucía comes back. Was it fixed? A flare-up.
=== followup ===
# author: lucia
# id: followup-open
# kind: question
# patience: 120
{lucia_ok: You sorted out my case, thanks. But my sister bought another one and the ad is still the same in the shop. Has it been fixed or not?|Asking again: has anything been fixed? The ad still says "1 hour of sun" and my power bank is still at 12% 🙄}
* [Thanks for asking again, Lucía. Here's where we are: the ad comes down today from the website and the shops, and any buyer can ask for a refund or an exchange. We're messaging you privately with the steps, and we'll keep posting progress here. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ promised_fix = true
    # author: lucia
    # after: 30
    # kind: praise
    Ok, that's concrete. Sharing it 👍
    -> DONE
* [All sorted! 👍 # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: lucia
    # after: 20
    # kind: complaint
    Sorted? I just checked your website and the ad is still there 📸
    # author: jorge
    # after: 20
    # kind: complaint
    "Sorted" without explaining anything. Here we go again \#Rayoluz
    -> DONE
* [That was already answered earlier, Lucía. Check the thread. # quality: dismisses # quality: belittles]
    # author: lucia
    # after: 20
    # kind: complaint
    I did check it. That's why I'm asking 🙄
    -> DONE
* [# on: ignored]
    # author: lucia
    # after: 5
    # kind: complaint
    Right, ignored. For them the crisis is over, for those of us who bought it, it isn't \#Rayoluz
    # author: jorge
    # after: 20
    # kind: complaint
    Same here. Not a single update since this morning.
    -> DONE

// ─────────────────────────────────────────────
// Public statement
=== statement ===
* [Statement on the SolMax power bank: we got it wrong. We advertised that it charges a phone with 1 hour of sun and that is not true: in real sunlight the panel adds 5-10% per hour and works as a backup, not a fast charger. We apologise. Today we are pulling the ad, and every buyer can choose a full refund or an exchange, with no receipt and free shipping. We'll share every step here. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: praise
    Now THAT is a statement. They admit the mistake and there are refunds for everyone 👏
    # author: nacho
    # after: 20
    # kind: praise
    This is why I still trust them.
    # author: teresa
    # after: 30
    Let's see if it's true. I'll be watching.
    -> DONE
* [At Rayoluz we work every day to deliver the highest quality. We apologise for any inconvenience that may have been caused and thank our customers for their trust. # quality: canned]
    # author: jorge
    # after: 25
    # kind: complaint
    "We apologise for any inconvenience"... What about the ad? What about refunds? Nothing.
    # author: lucia
    # after: 20
    # kind: complaint
    Template statement. Says nothing.
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
    Screenshotted for posterity. This is not how you handle a crisis \#RayoluzFail
    # author: jorge
    # after: 30
    # kind: complaint
    Well, the "vast majority" is right here, complaining.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up update

=== update ===
* [SolMax update: the ad has been removed from our website and shops, and the first refunds and exchanges are done. If you wrote to us and haven't heard back yet, we're answering everyone today. And we're changing how we review our advertising so this doesn't happen again. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    ~ ad_withdrawn = true
    # author: jorge
    # after: 30
    # kind: praise
    They did what they said. That's how it should be.
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
* [Update: the issue is 100% resolved. Thanks, everyone! # quality: deceives]
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
- I like that they own it. That counts.
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
