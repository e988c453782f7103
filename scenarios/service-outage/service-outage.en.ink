// Cortafuegos · scenario "service-outage" (English)
// Banco Alcancía updated its core system overnight. On payday morning the app
// will not open, card payments are declined and some salaries do not show.

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

VAR carmen_ok = false
VAR salary_ok = false
VAR hector_ok = false
VAR fan_thanked = false
VAR competitor_attacked = false
VAR lied = false
VAR promised_update = false
VAR money_safe_said = false
VAR rumour_defused = false
VAR rumour_fed = false
VAR bank_run = false
VAR worried_ignored = false
VAR fees_waived = false
VAR plan_redesigned = false
VAR flare_started = false
VAR flare_minute = 99
VAR flare_handled = false
VAR flare_ignored = false
VAR update_step = 0
VAR last_update_minute = -1

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Thread: Carmen at the supermarket checkout] -> carmen
+ [Thread: Mateo thought it was his phone] -> pileon
+ [Thread: Yolanda and the missing salary] -> yolanda
+ [Thread: Héctor's bakery on Snapgram] -> hector
+ [Thread: the bankruptcy hoax] -> troll
+ [Thread: Marisa, the loyal customer] -> fan
+ [Thread: Ramón and the closed branch] -> grievance
+ [Thread: the insult to older customers] -> abuse
+ [Thread: Bruno is leaving for Finamar] -> competitor
+ [Thread: the journalist] -> press
+ [Thread: Dani's video on Snapgram] -> influencer
+ [Thread: the viral queue on Clipzy] -> viral
+ [Thread: Irene asks what will change] -> lessons
+ [Thread: Yolanda comes back] -> followup
+ [Thread: charged twice] -> flare
+ [Thread: the terminal fails again] -> flare_app
+ [Statement] -> statement
+ [Update] -> update
+ [Ending] -> ending

=== briefing ===
You are the community manager of Banco Alcancía, a mid-sized retail bank. Today is payday.
Last night the bank updated its core system. Since 8 am many customers cannot open the app, card payments are being declined and some incoming salaries do not show in their balance.
IT confirms that no money has been lost: operations are queued and will be applied as the system recovers, expected late this morning. Cash withdrawals at the bank's own ATMs still work.
Your manager is reachable and there is a budget to refund fees and compensate customers. The first complaints are arriving on Chirp.
-> DONE

// ─────────────────────────────────────────────
// Carmen: declined at the checkout. Acknowledge in public, solve in private.
=== carmen ===
# author: carmen
# id: carmen-open
# kind: complaint
# patience: 110
Card DECLINED at the supermarket with a full cart and a queue behind me 😳 I HAVE money in my account! What is going on @bancoalcancia?? \#AlcancíaDown
* [Carmen, we're so sorry, that must have been awful at the checkout. It isn't your card or your money: since this morning our system is failing after an update we made last night. Your balance is safe. We're messaging you privately to sort out your case. # quality: apologises # quality: empathises # quality: explains # quality: admits_error # quality: offers_private # model: true]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    Ok... at least you're telling me what's going on. Checking my DMs.
    -> dm
* [We apologise for any inconvenience. Our services may experience temporary interruptions. # quality: canned # quality: dismisses]
    # author: carmen
    # after: 25
    # kind: complaint
    "Temporary interruptions". I left my whole shop at the till 🙃
    # author: lucas
    # after: 20
    Same copy-paste they sent my mum this morning. \#AlcancíaDown
    -> DONE
* [Please check that your card is activated and that you have sufficient funds before paying. # quality: blames_customer # quality: cites_policy]
    # author: carmen
    # after: 20
    # kind: complaint
    SUFFICIENT FUNDS?? My salary came in today. Or it should have. So now it's my fault?
    # author: mateo
    # after: 25
    # kind: complaint
    It's not her card. Mine fails too and the app won't even open.
    -> DONE
* [Hi Carmen, please send us your card's last four digits and the time of the payment. # channel: private # quality: asks_details # quality: offers_private]
    # author: carmen
    # after: 30
    # kind: complaint
    They ask me for details by DM but say nothing out here. Is anyone else's card failing?? \#AlcancíaDown
    -> dm
* [# on: ignored]
    # author: carmen
    # after: 5
    # kind: complaint
    Still not a word from @bancoalcancia and I can't pay for anything. Lovely Friday \#AlcancíaDown
    # author: lucas
    # after: 25
    Not even a customer of theirs, but this looks bad. Sharing so people know 🔁
    -> DONE
* [# on: deleted]
    # author: carmen
    # after: 10
    # kind: complaint
    You DELETED my complaint?? The screenshot is already out 📸 \#AlcancíaDown
    # author: lucas
    # after: 20
    Deleting complaints while half the city can't pay. Bold move.
    -> DONE

= dm
# author: carmen
# id: carmen-dm
# channel: private
# kind: question
# patience: 110
# after: 40
I had to leave the groceries and borrow money for a taxi. Is my money really OK? And who pays for this mess?
* [Your money is all there, Carmen: no balance has been touched. We'll refund any fee or charge today's failure causes you, and we're adding a compensation to your account this week as an apology. If your card fails again before we fix it, our own ATMs work. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    Thanks. Honestly, that's more than I expected.
    # author: carmen
    # after: 60
    # kind: praise
    Update: @bancoalcancia explained everything by DM and they're compensating me. Still annoyed, but that's how you do it.
    -> DONE
* [Under our terms, the bank is not liable for interruptions caused by technical maintenance. # channel: private # quality: cites_policy # quality: defensive]
    ~ carmen_ok = false
    # author: carmen
    # after: 30
    # kind: complaint
    By DM they tell me they're "not liable". So who is? 🤬 \#AlcancíaDown
    -> DONE
* [We have logged your incident with reference 4471-B. You will receive a reply within 72 business hours. # channel: private # quality: canned]
    ~ carmen_ok = false
    # author: carmen
    # channel: private
    # after: 20
    72 hours?? I need to eat today.
    # author: carmen
    # after: 40
    # kind: complaint
    "A reply within 72 business hours". Thanks, @bancoalcancia, very helpful.
    -> DONE
* [# on: ignored]
    ~ carmen_ok = false
    # author: carmen
    # after: 5
    # kind: complaint
    They asked for my details by DM and then vanished. Great.
    -> DONE

// ─────────────────────────────────────────────
// Mateo: a passive customer who thought it was his phone. Is it the whole brand or one sector?
=== pileon ===
# author: mateo
# id: pileon-open
# kind: question
# patience: 110
Is anyone else's @bancoalcancia app failing? I thought it was my phone, I've reinstalled it twice 😩
* [It isn't your phone, Mateo, it's us: since this morning the app and card payments are failing for many customers after a system update we made last night. We're fixing it now and we'll post every step here. Your money is safe. # quality: explains # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    ~ money_safe_said = true
    # author: mateo
    # after: 30
    # kind: praise
    Good to know, I was about to buy a new phone 😅 Thanks for saying it clearly.
    # author: lucas
    # after: 25
    At least they own it. Following for updates.
    -> DONE
* [Try clearing the cache and updating the app to the latest version. # quality: blames_customer # quality: dismisses]
    # author: mateo
    # after: 25
    # kind: complaint
    I reinstalled it TWICE. And my card doesn't work either, is that the cache too?
    # author: sara
    # after: 20
    # kind: complaint
    Same here. And they're handing out tips instead of admitting it \#AlcancíaDown
    -> DONE
* [Our systems are working normally. It may be an issue with your phone carrier. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: mateo
    # after: 20
    # kind: complaint
    Working normally? Check your mentions 👇
    # author: carmen
    # after: 20
    # kind: complaint
    "Normally". I left my groceries at the till this morning.
    -> DONE
* [# on: ignored]
    # author: mateo
    # after: 5
    # kind: complaint
    Not a word from the bank. Is it everyone or just me?? \#AlcancíaDown
    # author: sara
    # after: 20
    # kind: complaint
    Just checked and mine won't open either 😱 I didn't even know, I'm with them too
    # author: lucas
    # after: 20
    Looks like it's everyone. Sharing it 🔁
    -> DONE
* [# on: deleted]
    # author: mateo
    # after: 10
    # kind: complaint
    They deleted my question?? I only asked if it's failing for everyone 😶
    # author: sara
    # after: 20
    # kind: complaint
    Deleting questions. Now I'm worried.
    -> DONE

// ─────────────────────────────────────────────
// Yolanda: her salary "disappeared" on rent day. Calm the fear, then solve in private.
=== yolanda ===
# author: yolanda
# id: yolanda-open
# kind: complaint
# patience: 100
My salary ISN'T in my account 😭 It's payday, my company says they sent it and @bancoalcancia shows zero. Rent is due today. Where is my money??
* [Yolanda, we understand the fright, and we're sorry. Your salary hasn't been lost: transfers received today are queued because of our system failure and will show up today, with today's date. We're writing to you privately to check yours and help you with the rent. # quality: empathises # quality: apologises # quality: explains # quality: offers_private # quality: next_step # model: true]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    Please let that be true... checking my DMs 🙏
    -> dm
* [Please contact whoever sent the transfer to confirm it was actually sent. # quality: blames_customer # quality: dismisses]
    # author: yolanda
    # after: 20
    # kind: complaint
    My company SENT it, I have the receipt. The problem is YOU.
    # author: nerea
    # after: 25
    # kind: complaint
    Mine's missing too. And they pass the buck to the employer 🙄
    -> DONE
* [Salary deposits may take up to 48 hours to be credited, as stated in our terms. # quality: cites_policy # quality: deceives]
    ~ lied = true
    # author: yolanda
    # after: 20
    # kind: complaint
    48 hours?? Every month it's there at 8 am. Don't lie to me.
    -> DONE
* [Send us your ID number and the amount of your salary by DM. # channel: private # quality: asks_details # quality: offers_private]
    # author: yolanda
    # after: 25
    # kind: complaint
    They want my ID by DM but won't say publicly if salaries are lost. ARE THEY LOST OR NOT?? \#AlcancíaDown
    -> dm
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    No answer. No salary and no bank. I'm going to the branch 😡
    # author: nerea
    # after: 20
    # kind: complaint
    Mine's missing too!! Has the bank lost our salaries??
    -> DONE
* [# on: deleted]
    # author: yolanda
    # after: 10
    # kind: complaint
    They DELETED my post about my salary. What are they hiding?? 😰 \#AlcancíaDown
    -> DONE

= dm
# author: yolanda
# id: yolanda-dm
# channel: private
# kind: question
# patience: 110
# after: 35
I have the receipt from my company. My landlord charges a surcharge if I pay late. What do I do?
* [We've found it: your salary came in at 7:52 and is in the queue; it'll show in your balance today. If your landlord charges you the surcharge, send us the receipt and we'll pay it back. We can also give you a letter for your landlord saying the delay is our fault. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: empathises # model: true]
    ~ salary_ok = true
    # author: yolanda
    # channel: private
    # after: 25
    You have no idea how relieved I am. Yes, please, send me the letter.
    # author: yolanda
    # after: 70
    # kind: praise
    Update: my salary is there, just delayed. @bancoalcancia is covering my landlord's surcharge. Phew 😮‍💨
    -> DONE
* [We cannot take responsibility for charges from third parties. # channel: private # quality: cites_policy # quality: defensive]
    # author: yolanda
    # after: 30
    # kind: complaint
    The bank won't cover the late surcharge THEY caused. Noted.
    -> DONE
* [Don't worry, landlords usually understand these things 😊 # channel: private # quality: dismisses # quality: belittles]
    # author: yolanda
    # channel: private
    # after: 20
    You don't know my landlord.
    # author: yolanda
    # after: 30
    # kind: complaint
    "Don't worry", they tell me. Easy for them to say.
    -> DONE
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Sent them everything they asked for. Silence. Rent is due at 6.
    -> DONE

// ─────────────────────────────────────────────
// Héctor: a small business on Snapgram. The crisis can jump to Chirp.
=== hector ===
# author: hector
# id: hector-open
# kind: complaint
# patience: 110
From the bakery: the @bancoalcancia card terminal has declined EVERYTHING since we opened. Half the people paying by card left without their bread. Whoever pays for today, it won't be me 😤🥖
* [Héctor, you're right and we're sorry: the terminal failure comes from our system update last night, not from your shop. We're messaging you privately now to find a solution for today and cover the damage. # quality: apologises # quality: admits_error # quality: acknowledges # quality: offers_private # quality: offers_redress # model: true]
    # author: hector
    # after: 30
    Let's see. Friday is my best day of the week.
    -> dm
* [Thank you for your patience. Our technicians are working on it. # quality: canned]
    # author: hector
    # after: 25
    # kind: complaint
    My "patience" doesn't pay for the flour.
    # author: sara
    # after: 25
    # kind: complaint
    Small businesses always pay the price 😔 Sharing.
    -> DONE
* [We recommend that your business always has an alternative payment method available. # quality: blames_customer # quality: belittles]
    # author: hector
    # after: 20
    # kind: complaint
    Lecturing a baker on the worst morning of the month. Unbelievable.
    # author: sara
    # after: 20
    # kind: complaint
    They blamed the BAKER 🤦 Sharing this everywhere.
    -> DONE
* [# on: ignored]
    # author: hector
    # after: 5
    # kind: complaint
    # network: chirp
    Posting this on Chirp too, since nobody answers on Snapgram: my shop has been without card payments all morning because of @bancoalcancia \#AlcancíaDown
    # author: lucas
    # after: 20
    # network: chirp
    Shared. Poor guy.
    -> DONE
* [# on: deleted]
    # author: hector
    # after: 10
    # kind: complaint
    # network: chirp
    They deleted my comment on their Snapgram. Here it is on Chirp, they can't delete it here \#AlcancíaDown
    -> DONE

= dm
# author: hector
# id: hector-dm
# channel: private
# kind: question
# patience: 110
# after: 35
I've lost about 40 sales this morning. And you'll still charge me the terminal fee this month?
* [No. We're waiving this month's terminal fees, and we'll compensate today's lost sales: just send us your till summary. Until it's fixed, a sign saying "cash and transfers" may save your lunch rush. We'll tell you the moment it's back. # channel: private # quality: offers_redress # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ hector_ok = true
    # author: hector
    # channel: private
    # after: 25
    Deal. Thanks for the sign idea, putting it up now.
    # author: hector
    # after: 60
    # kind: praise
    Update: @bancoalcancia called me. They're waiving the terminal fees and covering today's losses. Credit where it's due 🥖
    -> DONE
* [Fees are charged according to the contract you signed. # channel: private # quality: cites_policy]
    # author: hector
    # after: 30
    # kind: complaint
    They still want to charge me the terminal fee for the day it didn't work. Looking at other banks.
    -> DONE
* [Lost sales are not covered, but we can offer you a discount on your next business loan. # channel: private # quality: dismisses]
    # author: hector
    # after: 30
    # kind: complaint
    They offer me a LOAN for the mess they made 😂 Incredible.
    -> DONE
* [# on: ignored]
    # author: hector
    # after: 5
    # kind: complaint
    They said they'd write. Nothing.
    -> DONE

// ─────────────────────────────────────────────
// The troll: a false bankruptcy rumour. Don't feed it; give the facts to the people it scares.
=== troll ===
# author: cuervo
# id: troll-open
# kind: troll
🚨 CONFIRMED: Banco Alcancía is BROKE. That's why the cards are blocked: they won't let you take your money out. Withdraw EVERYTHING before Monday 🏃‍♂️💸 \#AlcancíaCollapse
* [That's false. The failure is technical, caused by a system update we made last night, and we're fixing it. Customers' money is safe and every balance is intact. # quality: calm_boundary # quality: explains # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: cuervo
    # after: 20
    # kind: troll
    That's exactly what a bank about to go bust would say 🤡
    -> worried
* [Broke? The only thing broke here is your credibility 😂 # quality: sarcastic # quality: feeds_troll]
    ~ rumour_fed = true
    # author: cuervo
    # after: 15
    # kind: troll
    OOOH the bank is nervous 🍿 Why so touchy if it isn't true? 🤔
    -> worried
* [We will take legal action against anyone spreading false information about our bank. # quality: defensive # quality: feeds_troll]
    ~ rumour_fed = true
    # author: cuervo
    # after: 15
    # kind: troll
    Threats! That's what people with something to hide do. RUN to the ATM 🏃‍♀️🏃‍♂️
    -> worried
* [# on: ignored]
    # author: cuervo
    # after: 10
    # kind: troll
    Silence = confirmation. Screenshot this 📸 \#AlcancíaCollapse
    -> worried
* [# on: deleted]
    # author: cuervo
    # after: 10
    # kind: troll
    They DELETED my post 🤐 If it weren't true, why delete it? \#AlcancíaCollapse
    -> worried

= worried
# author: nerea
# id: worried-open
# kind: question
# patience: 100
# after: 40
{rumour_defused: I read the bank's reply but I'm still nervous. Is my money safe or not? All my savings are at @bancoalcancia 😰|Is it true that @bancoalcancia is going bust?? All my savings are there and the app won't open 😰 Should I go and take it out?}
* [Nerea, we understand the worry, and it's fair to ask. Your savings are safe: no balance has changed. This is a technical failure from last night's update, not a money problem, and deposits are also protected by the deposit guarantee fund. You don't need to withdraw anything; if you need cash today, our ATMs work normally. # quality: empathises # quality: explains # quality: acknowledges # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: nerea
    # after: 30
    # kind: praise
    Ok, thank you. That calms me down a lot 🙏
    # author: lucas
    # after: 25
    Good answer. So the bankruptcy thing was a hoax.
    -> DONE
* [Please don't spread hoaxes. Alcancía meets every regulatory solvency requirement. # quality: cites_policy # quality: defensive # quality: belittles]
    # author: nerea
    # after: 20
    # kind: complaint
    I'm not spreading anything, I'm ASKING. Thanks for treating me like a liar.
    # author: sara
    # after: 25
    # kind: complaint
    They treat the scared customer worse than the troll 🙄
    -> DONE
* [There is no problem at all, everything is working normally. # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ bank_run = true
    # author: nerea
    # after: 20
    # kind: complaint
    Working normally? The app won't even open. Now I trust you even less. I'm going to the ATM to take it all out.
    # author: lucas
    # after: 30
    There's a queue at the Alcancía ATM on my street 😳 \#AlcancíaCollapse
    -> DONE
* [# on: ignored]
    ~ worried_ignored = true
    ~ bank_run = not money_safe_said
    # author: nerea
    # after: 5
    # kind: complaint
    No answer... I'm going to the ATM to take everything out, just in case 😰
    # author: lucas
    # after: 30
    {money_safe_said: The bank did say the money is safe, read it before panicking.|Queue at the Alcancía ATMs on my street. So it's true?? 😳 \#AlcancíaCollapse}
    -> DONE

// ─────────────────────────────────────────────
// Marisa: a loyal customer defends the bank. Thank her, don't use her against anyone.
=== fan ===
# author: marisa
# id: fan-open
# kind: praise
# patience: 180
20 years with @bancoalcancia and they've always treated me well. Today is a mess, yes, but it happens to every bank. Give them a little breathing room, folks 🙏
* [Thank you, Marisa, for 20 years and for today 💛 Even so, today we let you down too, and the people complaining are right. We're writing to you privately to thank you properly. # quality: thanks # quality: human_tone # quality: admits_error # quality: rewards # model: true]
    ~ fan_thanked = true
    # author: marisa
    # after: 25
    # kind: praise
    Oh, how kind 😊 Come on, you'll sort it out.
    # author: marisa
    # channel: private
    # after: 40
    A year without maintenance fees? You really didn't have to. Thank you 😊
    -> DONE
* [Thank you, Marisa! Those who really know us know we're reliable. The rest are just jumping on the bandwagon. # quality: thanks # quality: belittles # quality: dismisses]
    # author: marisa
    # after: 20
    Hey, I didn't say that... people are right to be angry.
    # author: carmen
    # after: 25
    # kind: complaint
    So those of us who couldn't pay today are "jumping on the bandwagon". Thanks, @bancoalcancia 🙃
    -> DONE
* [Exactly! And at least we're not Finamar, whose app was down for three days last spring 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: marisa
    # after: 20
    Eh... no need to go after anyone 😕
    # author: bruno
    # after: 25
    # kind: complaint
    Mocking the competition in the middle of your own outage. Bold strategy 🍿
    -> DONE
* [# on: ignored]
    # author: marisa
    # after: 5
    Well, they don't even answer the people defending them 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: marisa
    # after: 10
    They deleted my comment IN THEIR FAVOUR? What is going on over there? 😂
    -> DONE

// ─────────────────────────────────────────────
// Ramón and Lidia: old grievances join the pile (the closed branch, the fees).
=== grievance ===
# author: ramon
# id: grievance-open
# kind: complaint
# patience: 140
First they closed the branch in my village, now the app doesn't work. Where is a 72-year-old supposed to go, @bancoalcancia? To the city, by bus, to ask for my own money?
* [Ramón, you're right to be upset, and we're sorry: closing the branch left many people without an easy option, and today we've let you down again. Our ATMs work, and if you need help with anything we'll call you today, whenever suits you. We're also passing your complaint about the branch to management. # quality: apologises # quality: empathises # quality: acknowledges # quality: offers_private # quality: next_step # model: true]
    # author: ramon
    # after: 30
    Well... nobody had ever apologised for the branch. Call me after lunch.
    -> fees
* [This thread is about today's incident. For other matters, please contact your branch. # quality: dismisses # quality: cites_policy]
    # author: ramon
    # after: 20
    # kind: complaint
    My branch?? You CLOSED it. That's exactly my point.
    -> fees
* [Our digital channels are available 24/7 for your convenience. # quality: canned # quality: dismisses]
    # author: ramon
    # after: 20
    # kind: complaint
    24/7? Today they're not even available 0/24.
    -> fees
* [# on: ignored]
    # author: ramon
    # after: 5
    # kind: complaint
    As expected. Nobody answers. Not at the branch, not here.
    -> fees
* [# on: deleted]
    # author: ramon
    # after: 10
    # kind: complaint
    They deleted my comment. Now they won't even let me complain.
    -> fees

= fees
# author: lidia
# id: fees-open
# kind: complaint
# patience: 120
# after: 30
And while we're at it: 12 a month in maintenance fees for THIS service. Will you at least waive them this month? 🙄 \#Alcancía
* [Lidia, it's a fair question. Yes: this month no customer will pay the maintenance fee, because we didn't give you the service you pay for. It will be applied automatically, you don't need to ask. # quality: acknowledges # quality: offers_redress # quality: explains # quality: next_step # model: true]
    ~ fees_waived = true
    # author: lidia
    # after: 25
    # kind: praise
    Huh. Didn't expect that. Ok, point taken 👍
    # author: lucas
    # after: 25
    Fees waived for everyone? That's decent.
    -> DONE
* [Fees are set out in your contract and reflect the value of our services. # quality: cites_policy # quality: defensive]
    # author: lidia
    # after: 20
    # kind: complaint
    The "value" of a service that hasn't worked all day. I'm switching banks.
    # author: sara
    # after: 25
    # kind: complaint
    I pay the same and today I couldn't even check my balance.
    -> DONE
* [Fees are a separate matter from today's incident. # quality: dismisses]
    # author: lidia
    # after: 20
    # kind: complaint
    Separate? I pay for a service that hasn't worked all day. It's exactly the same matter.
    -> DONE
* [# on: ignored]
    # author: lidia
    # after: 5
    # kind: complaint
    No answer about the fees either. Shocking.
    # author: sara
    # after: 25
    # kind: complaint
    I've been complaining about the fees for a year. Same silence.
    -> DONE
* [# on: deleted]
    # author: lidia
    # after: 10
    # kind: complaint
    They deleted my question about the fees. I'll ask it again, and again.
    -> DONE

// ─────────────────────────────────────────────
// An insult aimed at a group of customers: the only post that may be deleted.
=== abuse ===
# author: pixel
# id: abuse-open
# kind: abuse
All these grandpas crying about their branch 🙄 If you can't use an app, stay home, boomers 🤣👴
* [No insults here. Nobody has to use an app, and our older customers deserve the same respect and the same service as anyone else. # quality: calm_boundary # quality: human_tone # model: true]
    # author: ramon
    # after: 25
    # kind: praise
    Thank you. That's all we ask.
    -> DONE
* [Haha, well, welcome to the 21st century 😅 # quality: sarcastic # quality: belittles]
    # author: pixel
    # after: 15
    # kind: troll
    Even the bank agrees with me 🤣
    # author: ramon
    # after: 30
    # kind: complaint
    I'm 72 and I kept the books of a whole cooperative without an app. What I'd never do is laugh at my own customers, @bancoalcancia.
    -> DONE
* [# on: ignored]
    # author: nerea
    # after: 10
    # kind: complaint
    And this insult to older people is still up? @bancoalcancia, please moderate a little.
    -> DONE
* [# on: deleted]
    # author: ramon
    # after: 20
    Thanks for taking the insult down. Now please answer the people who are still waiting.
    -> DONE

// ─────────────────────────────────────────────
// Bruno threatens to switch to a competitor. The temptation to bash Finamar.
=== competitor ===
# author: bruno
# id: competitor-open
# kind: complaint
# patience: 120
That's it. I'm opening an account at Finamar today, their app never goes down. Bye @bancoalcancia 👋
* [Bruno, we understand: today we didn't deserve your trust, and you have every right to go. If you give us a chance, we'd like to fix whatever you need today and tell you what we're changing so this doesn't happen again. We're writing to you privately. # quality: acknowledges # quality: human_tone # quality: offers_private # quality: next_step # model: true]
    # author: bruno
    # after: 30
    Well, at least you're not begging or trashing anyone. I'll think about it.
    -> DONE
* [Finamar's app was down for three days last spring. Better check before switching 😉 # quality: attacks_competitor # quality: sarcastic]
    ~ competitor_attacked = true
    # author: bruno
    # after: 20
    # kind: complaint
    Wow. Attacking the competition instead of fixing your own mess 🤣
    # author: lucas
    # after: 20
    Screenshot of the bank trashing Finamar. This is going to be good 🍿
    -> DONE
* [You can close your account at any branch, free of charge. # quality: dismisses # quality: canned]
    # author: bruno
    # after: 20
    # kind: complaint
    No "sorry", no "we'll fix it". Just "the door is over there". Ok.
    -> DONE
* [Before you leave, remember Alcancía has the best-rated banking app in the country 📱⭐ # quality: defensive # quality: deceives]
    ~ lied = true
    # author: bruno
    # after: 20
    # kind: complaint
    Best rated? It hasn't opened all day 😂
    -> DONE
* [# on: ignored]
    # author: bruno
    # after: 5
    # kind: complaint
    Not even a goodbye. Confirmed, I'm switching.
    -> DONE
* [# on: deleted]
    # author: bruno
    # after: 10
    # kind: complaint
    They deleted my comment? One more reason to leave.
    -> DONE

// ─────────────────────────────────────────────
// Aitana: a journalist. Only shows up if the crisis is hot (minHeat).
=== press ===
# author: aitana
# id: press-open
# kind: press
# patience: 130
I'm a reporter at Bolsillo Diario, covering the Banco Alcancía outage. @bancoalcancia: how many customers are affected, when will it be fixed, and is there any truth to the rumours about the bank's liquidity?
* [Hi Aitana. Cards and app have been failing since 8 am for a large share of our customers, because of an error in last night's system update. It's our mistake. There is no liquidity problem: it's technical, and every balance is intact. We expect full service this morning and we'll refund the fees it causes. We're messaging you privately with our press contact. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: aitana
    # after: 40
    Thanks for the quick, clear answer. I'll include it.
    # author: aitana
    # after: 60
    Published: "Banco Alcancía admits the error in its update and rules out liquidity problems".
    -> DONE
* [No comment at this time. # quality: dismisses # quality: canned]
    ~ rumour_fed = true
    # author: aitana
    # after: 20
    Noted: "The bank declined to comment on the rumours" 📝
    # author: aitana
    # after: 60
    Published. "Declined to comment on liquidity" is the line everyone is sharing 📈
    -> DONE
* [It is a small incident affecting very few users. There is nothing more to add. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: aitana
    # after: 25
    Very few? We've had hundreds of messages from readers in an hour. I'll publish both versions.
    -> DONE
* [The failure is due to our external technology provider; Alcancía bears no responsibility for it. # quality: defensive]
    # author: aitana
    # after: 20
    So the bank chose the provider and scheduled the update on payday eve... but bears no responsibility? I'll quote that word for word.
    -> DONE
* [# on: ignored]
    ~ rumour_fed = true
    # author: aitana
    # after: 5
    No answer from @bancoalcancia. We'll publish with what we have, rumours included.
    -> DONE

// ─────────────────────────────────────────────
// Dani: a finance influencer on Snapgram, the second network.
=== influencer ===
# author: dani
# id: influencer-open
# kind: question
# patience: 120
{networks > 1: The Alcancía chaos has reached Snapgram 🔥|Lots of you are asking me about Banco Alcancía.} I'm making a video for my followers: what's actually happening, and is your money safe? @bancoalcancia, I'd rather ask you than make things up 👇
* [Thanks for asking us first, Dani. In short: last night's system update went wrong, and that's why cards and app are failing. It's our fault. Money and salaries are safe and will show up today, and we'll refund any fee this causes. We're sending you the details by DM and we'll post every update. # quality: thanks # quality: explains # quality: admits_error # quality: offers_redress # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: dani
    # after: 50
    # kind: praise
    Video's up: "Alcancía messed up, but your money is safe". Clear answers, that's how it's done 👍
    -> DONE
* [We'd appreciate it if you didn't share unverified information about our bank. # quality: defensive # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    I ASKED you precisely so I wouldn't share unverified information. The video goes up anyway.
    # author: sara
    # after: 25
    # kind: complaint
    Treating the one person who asked nicely like that 😬
    -> DONE
* [Happy to collaborate! Could you also mention our new savings account with a great rate? 🤑 # quality: canned # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    Seriously? People don't have their salary and you want me to advertise a savings account? 🤦
    -> DONE
* [# on: ignored]
    ~ rumour_fed = true
    # author: dani
    # after: 5
    # kind: complaint
    No answer. The video goes up with what customers are telling me, and it doesn't look good.
    # author: sara
    # after: 25
    # kind: complaint
    Just watched Dani's video. I'm moving my money out, just in case.
    -> DONE

// ─────────────────────────────────────────────
// Tomás: a video from the supermarket queue goes viral on Clipzy. Only if the crisis is very hot.
=== viral ===
# author: tomas
# id: viral-open
# kind: question
# patience: 100
My video of the supermarket queue with six people's cards declined is at 300k views 📈 Everyone's asking the same thing: @bancoalcancia, are you going to say anything?? \#AlcancíaDown
* [Yes, Tomás, and we're sorry for the scene in that queue. It's our failure: last night's update broke card payments. It's being fixed and the money is safe. Anyone affected can write to us: we'll refund any fee and compensate them. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # model: true]
    ~ money_safe_said = true
    # author: tomas
    # after: 30
    Pinned your reply in the comments. At least they're facing it.
    -> DONE
* [Please remove the video: it shows third parties without their consent. # quality: defensive # quality: dismisses]
    # author: tomas
    # after: 20
    # kind: complaint
    Oh, NOW you care about people? The video stays. And this reply goes in the next one 📹
    -> DONE
* [We are aware of the situation and are working to resolve it. # quality: canned]
    # author: tomas
    # after: 20
    # kind: complaint
    "Aware of the situation". That's it? The comments are on fire 🔥
    -> DONE
* [# on: ignored]
    # author: tomas
    # after: 5
    # kind: complaint
    No answer from the bank. Part two coming: the ATM queue 🎥
    -> DONE

// ─────────────────────────────────────────────
// Irene: what will you change so it doesn't happen again? Learning and the new plan.
=== lessons ===
# author: irene
# id: lessons-open
# kind: question
# patience: 130
Honest question from someone who works in IT: why update your core system on payday eve with no way back? What will you change so this doesn't happen again, @bancoalcancia?
* [Fair question, Irene, and you're right: we updated on the worst night of the month and the way back didn't work. We're changing three things: no more updates near paydays, every update tested with a working rollback, and advance notice to customers with a status page. We'll publish the full review. # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # model: true]
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    # kind: praise
    That's a real answer. I'll hold you to that review 👀
    -> DONE
* [Our systems are among the most robust in the sector; incidents like this one are exceptional. # quality: defensive # quality: dismisses]
    # author: irene
    # after: 20
    # kind: complaint
    "Among the most robust" and down all morning. That's not an answer.
    -> DONE
* [These things happen at every bank; no system is infallible. # quality: dismisses # quality: defensive]
    # author: irene
    # after: 20
    # kind: complaint
    Sure, but not every bank updates on payday eve without a plan B.
    # author: bruno
    # after: 25
    # kind: complaint
    "It happens to everyone" 🙄
    -> DONE
* [Technical details are confidential for security reasons. # quality: cites_policy # quality: dismisses]
    # author: irene
    # after: 20
    # kind: complaint
    I'm not asking for your code. I'm asking what you'll change. Nothing, apparently.
    -> DONE
* [# on: ignored]
    # author: irene
    # after: 5
    # kind: complaint
    No answer to the most important question. Which means it'll happen again.
    -> DONE

// ─────────────────────────────────────────────
// Follow-up: Yolanda comes back in the afternoon. The thread is still public.
=== followup ===
# author: yolanda
# id: followup-open
# kind: question
# patience: 110
{salary_ok: My salary did show up, thanks. But my sister's is still missing and nobody answers her. Is it fixed for everyone or not?|It's afternoon and my salary STILL isn't showing. You said "today". Is anyone going to explain?? @bancoalcancia}
* [Thanks for coming back to tell us, Yolanda. Here's where we are: almost all of today's queued transfers are already applied and the rest will be in before 8 pm. Ask your sister to write to us privately and we'll check hers right now. We'll post when the queue is cleared. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ promised_update = true
    # author: yolanda
    # after: 30
    Ok, that's concrete. Passing it on 👍
    -> DONE
* [All resolved! 👍 # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: yolanda
    # after: 20
    # kind: complaint
    Resolved? My sister is looking at a zero balance right now 📸
    # author: nerea
    # after: 20
    # kind: complaint
    Mine too. "Resolved", they say \#AlcancíaDown
    -> DONE
* [This was already answered this morning. Please check the thread. # quality: dismisses # quality: belittles]
    # author: yolanda
    # after: 20
    # kind: complaint
    I did check it. That's why I'm asking 🙄
    -> DONE
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Silence again. For them it's over; for us it isn't \#AlcancíaDown
    # author: nerea
    # after: 20
    # kind: complaint
    Same. Still nothing here.
    -> DONE

// ─────────────────────────────────────────────
// Flare-up: the double charges. Is anyone still watching?
=== flare ===
~ flare_started = true
~ flare_minute = minute
# author: ines
# id: flare-open
# kind: complaint
# patience: 100
@bancoalcancia you've charged me TWICE for this morning's groceries 😡 86.40 x2. First you don't let me pay and now you charge me double?? \#AlcancíaAgain
* [Inés, we're sorry, and thank you for telling us. It's a duplicate charge caused by this morning's failure: while the queued payments were processed, some went through twice. You won't lose that money: we're reversing it today, and if it causes any fee we'll refund that too. We're messaging you privately, and we'll post an update for everyone affected. # quality: apologises # quality: explains # quality: next_step # quality: offers_private # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: ines
    # after: 30
    Ok... at least it's explained. Waiting for that refund.
    -> DONE
* [Please check the transaction again: it may be a pre-authorisation that will disappear. # quality: blames_customer # quality: dismisses]
    # author: ines
    # after: 20
    # kind: complaint
    It's NOT a pre-authorisation, it's two charges on my statement. Look at them yourselves 📸
    # author: carmen
    # after: 25
    # kind: complaint
    Me too!! Two charges from the supermarket. \#AlcancíaAgain
    -> DONE
* [The incident was fully resolved this morning. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: ines
    # after: 20
    # kind: complaint
    Resolved? Then what's this? 📸 A double charge.
    # author: carmen
    # after: 25
    # kind: complaint
    Same here, charged twice. "Resolved" 🤡
    -> DONE
* [# on: ignored]
    ~ flare_ignored = true
    # author: ines
    # after: 5
    # kind: complaint
    No answer. Charged twice and nobody says a thing \#AlcancíaAgain
    # author: carmen
    # after: 25
    # kind: complaint
    Wait, me too!! Two charges from the supermarket 😱
    # author: lucas
    # after: 20
    Round two 🍿 \#AlcancíaAgain
    -> DONE
* [# on: deleted]
    ~ flare_ignored = true
    # author: ines
    # after: 10
    # kind: complaint
    They DELETED my post about the double charge. Here's the screenshot 📸 \#AlcancíaAgain
    -> DONE

// ─────────────────────────────────────────────
// Flare-up on Snapgram: the service fails again, briefly, at the bakery.
=== flare_app ===
# author: hector
# id: flare-app-open
# kind: complaint
# patience: 90
{hector_ok: The card terminal went down AGAIN for 10 minutes in the middle of the lunch rush. You said it was fixed 😤|Terminal down again, and nobody from @bancoalcancia has talked to me all day. I give up.}
* [Héctor, you're right: we had a second outage of about ten minutes while we processed the backlog. It's working again and we're watching it closely. It's covered: today's terminal fees are waived and we'll compensate those sales too. We'll post an update when the day is closed. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: hector
    # after: 30
    Ok. At least this time you told me before I had to ask.
    -> DONE
* [The service has been operating normally since noon. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: hector
    # after: 20
    # kind: complaint
    Normally? I have a queue of customers holding their cards in the air 📹
    # author: sara
    # after: 20
    # kind: complaint
    Here we go again \#AlcancíaAgain
    -> DONE
* [Intermittent interruptions may occur while the system stabilises. Thank you for your understanding. # quality: canned]
    # author: hector
    # after: 20
    # kind: complaint
    "Thank you for your understanding". I'm running out of it.
    -> DONE
* [# on: ignored]
    ~ flare_ignored = true
    # author: hector
    # after: 5
    # kind: complaint
    Nobody answers. Tomorrow I'm opening an account for the shop at another bank.
    # author: sara
    # after: 25
    # kind: complaint
    The bakery guy again 😬 This bank is a disaster \#AlcancíaAgain
    -> DONE

// ─────────────────────────────────────────────
// Public statement
=== statement ===
* [About today's outage: since 8 am the Alcancía app and card payments have been failing. It's our fault: last night's system update went wrong and we didn't catch it in time. We're sorry. Your money is safe: no balance has been lost, and salaries and transfers received today will appear today, with today's date. Cash withdrawals at our ATMs work. We'll refund every fee or charge this failure causes, and we'll post every step here until it's fixed. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ money_safe_said = true
    ~ rumour_defused = true
    ~ promised_update = true
    # author: yolanda
    # after: 30
    # kind: praise
    Thank you for saying it clearly. The money is safe, that's what I needed to hear.
    # author: marisa
    # after: 20
    # kind: praise
    This is why I trust them 💛
    # author: mateo
    # after: 30
    We'll see if they really post "every step". Following 👀
    -> DONE
* [Banco Alcancía informs that it is experiencing a technical incident. We apologise for any inconvenience and thank you for your patience. # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    What incident? Until when? Is my money safe? They say nothing.
    # author: yolanda
    # after: 20
    # kind: complaint
    Not one word about the salaries.
    -> DONE
* [We would like to inform you that a small incident is affecting a very small number of users. The service is working normally for the vast majority of our customers. # quality: deceives # quality: dismisses # quality: defensive]
    ~ lied = true
    # author: carmen
    # after: 20
    # kind: complaint
    VERY FEW USERS? Half the city can't pay 🤡
    # author: mateo
    # after: 25
    # kind: complaint
    Screenshot saved. "A very small number of users" \#AlcancíaDown
    # author: cuervo
    # after: 25
    # kind: troll
    See? They lie. If they lie about this, what else are they lying about? 🏃‍♂️💸
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Follow-up updates: one honest update per step of the day; each one opens the next.
=== update ===
* {update_step == 0} [Update 1 · The cause: last night's system update broke the link between the app, the cards and the accounts. Our team is undoing the faulty part. Meanwhile, withdrawals at our ATMs work. No money has been lost. Next update within the hour. # quality: explains # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    ~ update_step = 1
    ~ last_update_minute = minute
    # author: mateo
    # after: 30
    # kind: praise
    Nice to actually get the cause. Thanks.
    # author: carmen
    # after: 25
    Ok. Waiting for the next one.
    -> DONE
* {update_step == 1} [Update 2 · The app and card payments are working again for most customers, and we're bringing back the rest now. Every salary and transfer received today is in place: if yours isn't showing yet, it's in the queue and will appear today, with today's date. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # model: true]
    ~ update_step = 2
    ~ last_update_minute = minute
    # author: yolanda
    # after: 30
    {salary_ok: Mine is already showing ✅|Still not showing mine... I'll wait, but I'm watching 👀}
    # author: hector
    # after: 25
    # kind: praise
    The terminal is working again here 🥖
    -> DONE
* {update_step == 2} [Update 3 · How we'll make it right: we'll refund any fee, overdraft charge or returned direct debit caused by today's failure. This month nobody pays the maintenance fee, and shops with our card terminals won't pay this month's terminal fees. You don't need to claim: it's automatic. If you had other costs, write to us privately. # quality: offers_redress # quality: apologises # quality: next_step # quality: explains # model: true]
    ~ update_step = 3
    ~ last_update_minute = minute
    ~ fees_waived = true
    # author: lidia
    # after: 30
    # kind: praise
    Automatic, with no paperwork? That's how it should be 👏
    # author: bruno
    # after: 25
    Ok, that helps. Still thinking about it.
    -> DONE
* {update_step == 3} [Update 4 · Service is fully back. While we process this morning's queue, some card payments may appear twice: the duplicate will be reversed automatically today, and we'll refund any fee it causes. If you see one, write to us and we'll check it on the spot. We're still watching. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # quality: offers_private # model: true]
    ~ update_step = 4
    ~ last_update_minute = minute
    # author: nerea
    # after: 30
    {flare_started: Thanks for saying it about the double charges. Keeping an eye on mine.|Good to know. I'll check my statement tonight.}
    -> DONE
* {update_step >= 4} [Update 5 · End of the day: every transfer and salary has been applied, and the duplicate charges have been reversed. What we're changing: no more system updates near paydays, every update tested with a way back, advance notice to customers and a public status page. We'll publish the full review next week. Sorry again, and thank you for your patience today. # quality: admits_error # quality: explains # quality: next_step # quality: apologises # quality: promises_update # model: true]
    ~ update_step = 5
    ~ last_update_minute = minute
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    # kind: praise
    A public review with concrete changes. That's what I wanted to read.
    # author: marisa
    # after: 25
    # kind: praise
    That's how you close a bad day 👏
    -> DONE
* [We keep working to offer you the best service. Thank you for your patience! 🙏 # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    Working on what, exactly? Is it fixed or not?
    -> DONE
* [Update: the incident is 100% resolved and it will not happen again. Everything is working normally. # quality: deceives]
    ~ lied = true
    # author: ines
    # after: 25
    # kind: complaint
    {flare_started: Resolved? I've just been charged twice 📸|"It will not happen again". A big promise without a single explanation.}
    # author: hector
    # after: 25
    # kind: complaint
    Normally? Tell that to my card terminal.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Crowd voices (the engine invents the author)
=== crowd_complaint ===
{shuffle:
- Card declined at the petrol station. With money in the account. \#AlcancíaDown
- The @bancoalcancia app has been showing "error 503" since 8 am 😤
- Can't pay, can't check my balance, can't talk to anyone. Great payday.
- Declined at the pharmacy with my mum's medicine in my hand 😡
- My salary isn't showing either. Is this a joke?
- On hold on the phone for 40 minutes and still nothing \#AlcancíaDown
- I had to ask a stranger to pay for my coffee 🙃 Thanks, Alcancía
- Has anyone been able to pay with an Alcancía card today? Anyone?
- My rent direct debit was returned. Who pays the fee now?
}
-> DONE

=== crowd_grievance ===
{shuffle:
- While we're at it: they closed my neighbourhood branch last year and never explained why
- 12 a month in fees for a bank that doesn't even work. Nice.
- Last year they charged me twice for a transfer and it took a month to get it back
- I've been asking them to refund a wrong fee for six months. Nothing.
- Their phone line has been impossible for years, not just today
- Same old story: they raise fees and cut service \#Alcancía
- Every time I go to the branch there's only one person at the counter
- They changed my card conditions without telling me. Nothing new.
- This comes from way back. Today is just the last straw.
}
-> DONE

=== crowd_rumour ===
{shuffle:
- Is it true that Alcancía is going bust?? My savings are there 😰
- Someone in my family group says they're going to freeze accounts. Is that true?
- Should I take my money out of Alcancía today, just in case?
- Why won't they let us use the cards? Is something bigger going on?
- I've heard of a "corralito". Can anyone confirm or deny?
- A friend says the ATMs are going to be blocked too. Is that true?
- I'm scared to leave my salary there. Does anyone know anything?
- Real question: is the money safe or not? Nobody's explaining
}
-> DONE

=== crowd_troll ===
{shuffle:
- Alcancía: the piggy bank you can't open 🐷🔒😂
- Withdraw it all before it's too late 🏃‍♂️💸 \#AlcancíaCollapse
- Their IT guy updated the system from his phone on the bus lol
- Banks are all thieves, end of story 🤡
- Love watching a bank burn on a Friday 🍿
- Keep your savings under the mattress, it never goes down 🛏️💰
- Next update they'll delete the accounts too 🤣
- I'm not even a customer, I'm just here for the show 🍿
- \#AlcancíaCollapse \#AlcancíaCollapse \#AlcancíaCollapse
}
-> DONE

=== crowd_support ===
{shuffle:
- 15 years with Alcancía and this is the first time something like this has happened to me 🙌
- At least they're answering people and explaining what happened
- It's a technical failure, not the end of the world. Cash still works.
- Good on them for admitting it was their update, that's rare
- My branch manager called me to see if I needed anything. Respect.
- Give them a little slack, they're answering everyone
- I had my money back in no time when they charged me wrongly once 👍
- I like that they're owning it. That counts.
}
-> DONE

// ─────────────────────────────────────────────
// Ending: the engine writes the variables and comes here.
=== ending ===
{
- bank_run || deleted_criticism >= 2:
    -> bank_run_rumours
- lied && (heat >= 50 || sentiment < 0):
    -> credibility_lost
- (heat >= 70 && sentiment <= -30) || (networks >= 3 && sentiment <= -20) || (trolls_fed >= 3 && not rumour_defused):
    -> bank_run_rumours
- statements > 0 && updates > 0 && sentiment >= 15 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && not worried_ignored && flare_handled && not flare_ignored && last_update_minute >= flare_minute:
    -> trust_kept
- flare_ignored || not flare_handled || last_update_minute < flare_minute:
    -> second_wave
- else:
    -> weathered
}

= trust_kept
# ending: trust_kept
Trust kept
By evening, Banco Alcancía is trending for another reason: how it faced its own mistake on the worst day of the month.
{salary_ok: Yolanda posts her rent receipt with one line: "the bank paid the late surcharge. Respect."|Most customers got their money and their fees back without having to ask.}
Even the afternoon's double charges were answered and explained before they could start a second fire.
{plan_redesigned: The promised review is already on the agenda: no updates near payday, a way back for every change and a public status page.|{escalated: Your manager, who was in the loop from the start, asks you to write the lessons of the day into the new crisis plan.|Your manager finds out in the evening how well it went, and asks you to bring them in from the start next time.}}
-> END

= weathered
# ending: weathered
Weathered, with scars
The service came back and the anger faded, but "Alcancía" and "outage" will show up together in searches for a long time.
{redress_given > 0: Some customers got their compensation; others are still waiting for someone to call them.|Nobody was compensated for the fees and the bad moments, and customers remember it.}
{worried_ignored: Nerea, who only asked whether her savings were safe, never got an answer. She moved them to another bank that same afternoon.|{statements == 0: There was never a statement for everyone: each customer had to dig the facts out of someone else's thread.|{competitor_attacked: Finamar turns your jab into an ad: "Our app works. And we don't talk about anyone else."|{lied: Every time the bank speaks, someone replies with a screenshot of what it said that morning, which wasn't true.|Time to review the crisis plan before the next system update.}}}}
-> END

= second_wave
# ending: second_wave
The second wave
The morning was under control, but the afternoon's double charges and the second outage caught the brand looking the other way.
{flare_ignored: Inés's screenshot with the two charges spreads under \#AlcancíaAgain, and the morning's complaints come back with it.|{not flare_handled: The double charges got excuses instead of explanations, and \#AlcancíaAgain grew with every reply.|{updates == 0: You promised to post every step and never published a single update: whoever wasn't in the threads only saw the double charges.|The replies came, but no update for everyone after the double charges: whoever wasn't in the threads only saw the problem.}}}
A crisis isn't over when the service comes back: it's over when customers stop finding surprises. {escalated: Your manager|Your manager, who found out in the evening,} asks for a follow-up protocol for the day after.
-> END

= credibility_lost
# ending: credibility_lost
Nobody believes the bank
By evening the service is back, but that is not the story: the story is what the bank said while it was down.
Every denial is shared next to a customer's screenshot proving the opposite.
{rumour_defused: Even the true part, that the money is safe, now sounds like one more excuse.|When the bank finally says the money is safe, hardly anyone believes it.}
Bolsillo Diario headlines its piece with the brand's own words. {escalated: Your manager asks for every public reply to be reviewed before it goes out.|Your manager reads the article before anyone tells them, and calls you in.}
-> END

= bank_run_rumours
# ending: bank_run_rumours
Bank-run rumours
There are queues at the Banco Alcancía ATMs, and \#AlcancíaCollapse is trending {networks > 1: on more than one network|on Chirp}.
{bank_run: Where the bankruptcy hoax needed facts, it found silence or denials, and a technical failure turned into a fear for people's savings.|{deleted_criticism >= 2: The deleted complaints circulate as screenshots under the line "Alcancía hides the complaints", and many read them as proof of the rumour.|{statements == 0: You answered case by case, but never published a statement for everyone: the crowd's questions about their money went unanswered, and the rumour filled the gap.|{trolls_fed >= 3: Every reply to the trolls gave the hoax one more screenshot and one more day of life.|Defensive replies and no facts turned a technical failure into a fear for people's savings.}}}}
Bolsillo Diario leads with the withdrawals. {escalated: Your manager calls an emergency meeting to rebuild the crisis plan.|Your manager finds out from the press and calls an emergency meeting.}
-> END
