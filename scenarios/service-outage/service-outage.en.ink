// Cortafuegos · scenario "service-outage" (English)
// Banco Alcancía updated its core system overnight. On payday morning the app
// will not open, card payments are declined and some salaries do not show.
// The only thing confirmed at the start is that no money has been lost: the cause, the scale and the
// time it comes back arrive when the player analyses or involves the manager; until then, no facts.

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
// IT declares the service restored when Irene's thread starts (minute 8):
// before that, saying "it works again" is jumping the gun.
VAR service_back = false
VAR premature_clear = false
VAR unverified_dm = false

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
+ [Thread: the card reader fails again] -> flare_app
+ [Inject: the radio journalist calls] -> radio_call
+ [Statement] -> statement
+ [Update] -> update
+ [Ending] -> ending

=== briefing ===
You are the community manager of Banco Alcancía, a mid-sized retail bank. Today is payday.
Last night the bank updated its core system. Since 8 am many customers cannot open the app, card payments are being declined and some incoming salaries do not show in their balance.
IT has confirmed one thing only: no money has been lost and no balance has changed. Cash withdrawals at the bank's own ATMs still work. The cause, how many customers are affected and when the service will be back, nobody has told you yet.
Your manager is reachable and there is a budget to refund fees and compensate customers. The first complaints are arriving on Chirp.
-> DONE

// ─────────────────────────────────────────────
// Carmen: declined at the checkout. Acknowledge in public, solve in private.
=== carmen ===
# author: carmen
# id: carmen-open
# kind: complaint
# patience: 110
Card DECLINED at the supermarket with a full trolley and a queue behind me 😳 I have money in my account! What is going on, @bancoalcancia?? \#AlcancíaDown
- (asked_carmen)
* {not (analysed || escalated)} [# on: confirmed] -> asked_carmen
* {not (analysed || escalated)} [Carmen, what an awful moment at the till, we're sorry. It isn't your card: card payments and the app are failing today, and we're on it. Your money is still in your account. We're messaging you privately. # quality: apologises # quality: empathises # quality: acknowledges # quality: offers_private # model: true]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    # kind: complaint
    "We're on it" and that's it? I've just left my shopping behind. I'll check the DM, I suppose.
    -> dm
* {analysed || escalated} [Carmen, what an awful moment at the till, we're sorry. It isn't your card: the failure comes from last night's update to our system, and it's our fault. Your money is still in your account. We're messaging you privately. # quality: apologises # quality: empathises # quality: explains # quality: admits_error # quality: offers_private # model: true]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    OK. At least I know it isn't my card. Checking the DM.
    -> dm
* [Carmen, we're so sorry for the awful moment, truly. Don't worry: it's a one-off glitch that has already been found, and within half an hour at most you'll be paying as normal again. Your money is still in your account. If you need anything else, message us privately. # quality: apologises # quality: empathises # quality: offers_private # quality: over_promises]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    Half an hour. Fine, I'll have a coffee and go back to the supermarket.
    # author: mateo
    # after: 40
    # kind: complaint
    Half an hour? That's what they told me at the branch an hour ago.
    -> dm
* [We apologise for any inconvenience caused. Our services may experience temporary interruptions. # quality: canned # quality: dismisses]
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
* [Hi Carmen. Please send us the last four digits of your card and the time of the payment here. # channel: private # quality: asks_details # quality: offers_private]
    # author: carmen
    # after: 30
    # kind: complaint
    They ask for my details in private but say nothing out here. Is anyone else's card failing?? \#AlcancíaDown
    -> dm
* [# on: ignored]
    # author: carmen
    # after: 5
    # kind: complaint
    Not a word from @bancoalcancia and I can't pay for anything. Lovely Friday \#AlcancíaDown
    # author: lucas
    # after: 25
    I'm not even a customer, but this looks bad. Sharing 🔁
    -> DONE
* [# on: deleted]
    # author: carmen
    # after: 10
    # kind: complaint
    They DELETED my complaint?? The screenshot is already going round 📸 \#AlcancíaDown
    # author: lucas
    # after: 20
    Deleting complaints while half the city can't pay. Brave.
    -> DONE

= dm
# author: carmen
# id: carmen-dm
# channel: private
# kind: question
# patience: 110
# after: 40
I had to leave my shopping and borrow money for a taxi. Is my money really OK? And who pays for this mess?
- (asked_carmen_dm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_carmen_dm
* {not (analysed || escalated)} [Your money is all there, Carmen: no balance has changed. Keep the taxi receipt and any charge from today; we'll pay it back. If you need cash right now, our ATMs work. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    OK. I didn't expect the taxi bit. I still don't understand what happened to you, though.
    -> DONE
* {analysed || escalated} [Your money is all there, Carmen: no balance has changed. The failure comes from last night's update on our side, not from you. Keep the taxi receipt and any charge from today; we'll pay it back this week. If you need cash right now, our ATMs work. # channel: private # quality: explains # quality: admits_error # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    OK. Thanks for saying it plainly.
    # author: carmen
    # after: 60
    # kind: praise
    Update: @bancoalcancia answered me in private and they're paying back the taxi. Still annoyed, but it's something.
    -> DONE
* [Your money is all there, Carmen, and we're sorry for the awful moment. To make up for it, today we're paying €50 to every customer who had a payment declined, no claim needed. And if your card fails again, our ATMs work. # channel: private # quality: explains # quality: offers_redress # quality: empathises # quality: unverified_compensation]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    €50 to everyone? I'll tell my work group, it happened to several of them.
    # author: carmen
    # after: 60
    They tell me in a DM they're paying €50 to anyone who had a payment declined. Go and claim! \#AlcancíaDown
    -> DONE
* [Under our terms, the bank is not liable for interruptions due to technical maintenance. # channel: private # quality: cites_policy # quality: defensive]
    ~ carmen_ok = false
    # author: carmen
    # after: 30
    # kind: complaint
    In private they tell me they're "not liable". Then who is? 🤬 \#AlcancíaDown
    -> DONE
* [We have logged your case under reference 4471-B. You will receive a reply within 72 working hours. # channel: private # quality: canned]
    ~ carmen_ok = false
    # author: carmen
    # channel: private
    # after: 20
    72 hours?? I need to eat today.
    # author: carmen
    # after: 40
    # kind: complaint
    "A reply within 72 working hours". Thanks, @bancoalcancia, very helpful.
    -> DONE
* [# on: ignored]
    ~ carmen_ok = false
    # author: carmen
    # after: 5
    # kind: complaint
    They asked for my details in private and then vanished. Great.
    -> DONE

// ─────────────────────────────────────────────
// Mateo: a passive customer who thought it was his phone. Does it hit the whole brand or a sector?
=== pileon ===
# author: mateo
# id: pileon-open
# kind: question
# patience: 110
Is the @bancoalcancia app failing for anyone else? I thought it was my phone, I've reinstalled it twice 😩
- (asked_pileon)
* {not (analysed || escalated)} [# on: confirmed] -> asked_pileon
* {not (analysed || escalated)} [It isn't your phone, Mateo, it's us: the app and card payments are failing for many customers today. We're looking for the cause and we'll post it here as soon as we know. Your money is safe. # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    ~ money_safe_said = true
    # author: mateo
    # after: 30
    Phew, I was about to buy a new phone 😅 I'll keep an eye out.
    -> DONE
* {analysed || escalated} [It isn't your phone, Mateo, it's us: the app and card payments are failing for about 180,000 customers because of last night's update to our system. We're rolling it back and we'll post every step here. Your money is safe. # quality: explains # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    ~ money_safe_said = true
    # author: mateo
    # after: 30
    Phew, I was about to buy a new phone 😅
    # author: lucas
    # after: 25
    180,000? That's a big one.
    -> DONE
* [Don't worry, Mateo, it isn't your phone. It's a small technical issue affecting only a few customers and it's practically fixed already; in a few minutes the app should open for you without trouble. Thanks for your patience and sorry for the bother. # quality: acknowledges # quality: apologises # quality: minimises # quality: premature_all_clear]
    # author: mateo
    # after: 40
    # kind: complaint
    Small? The few minutes have gone by and it still won't open. And everyone at work is the same.
    # author: sara
    # after: 20
    # kind: complaint
    "A few customers". That's my whole office \#AlcancíaDown
    -> DONE
* [Try clearing the cache and updating the app to the latest version. # quality: blames_customer # quality: dismisses]
    # author: mateo
    # after: 25
    # kind: complaint
    I reinstalled it TWICE. And my card doesn't work either, is that the cache too?
    # author: sara
    # after: 20
    # kind: complaint
    Same here. And instead of owning it they hand out tips \#AlcancíaDown
    -> DONE
* [Our systems are running normally. It may be a problem with your mobile provider. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: mateo
    # after: 20
    # kind: complaint
    Running normally? Look at your mentions 👇
    # author: carmen
    # after: 20
    # kind: complaint
    "Running normally". I left my shopping at the till this morning.
    -> DONE
* [# on: ignored]
    # author: mateo
    # after: 5
    # kind: complaint
    Not a word from the bank. Is it everyone or just me?? \#AlcancíaDown
    # author: sara
    # after: 20
    # kind: complaint
    Just checked and mine won't open either 😱 Hadn't even noticed, I'm a customer too
    # author: lucas
    # after: 20
    Looks like it's everyone. Sharing 🔁
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
// Yolanda: her salary "vanished" on rent day. Calm the fear in public and, in private,
// check who she is before confirming anything about her account.
=== yolanda ===
# author: yolanda
# id: yolanda-open
# kind: complaint
# patience: 100
My salary is NOT in my account 😭 It's payday, my company says they sent it and @bancoalcancia shows zero. My rent is due today. Where is my money??
- (asked_yolanda)
* {not (analysed || escalated)} [# on: confirmed] -> asked_yolanda
* {not (analysed || escalated)} [Yolanda, we understand the fright, especially with the rent. No balance has been lost. Please don't post your account details here: we're messaging you privately to look at it with you safely. # quality: empathises # quality: acknowledges # quality: offers_private # quality: next_step # model: true]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    # kind: complaint
    "No balance has been lost", but I'm looking at a zero. Checking the DM 🙏
    -> dm
* {analysed || escalated} [Yolanda, we understand the fright, especially with the rent. No salary has been lost: today's transfers are queued because of our failure and will arrive today, dated today. Please don't post your account details here: we're messaging you privately. # quality: empathises # quality: apologises # quality: explains # quality: offers_private # quality: next_step # model: true]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    I hope that's true... checking the DM 🙏
    -> dm
* [Yolanda, we understand the fright and we're sorry. We've checked: your salary of €1,480 came in this morning at 7:52 to your account ending 4412 and it's in the queue; you'll see it in your balance during the day. We're messaging you privately about the rent. # quality: empathises # quality: apologises # quality: explains # quality: offers_private # quality: exposes_private_data]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    # kind: complaint
    Thanks, but... did you just post what I earn and the end of my account number? In public? 😳
    # author: nerea
    # after: 25
    # kind: complaint
    They put a customer's salary out in public? That's scary.
    -> dm
* [Please contact whoever sent the transfer to confirm it was sent. # quality: blames_customer # quality: dismisses]
    # author: yolanda
    # after: 20
    # kind: complaint
    My company DID send it, I have the receipt. The problem is YOU.
    # author: nerea
    # after: 25
    # kind: complaint
    Mine hasn't arrived either. And they pass the buck to the employer 🙄
    -> DONE
* [Salary payments may take up to 48 hours to be credited, according to our terms. # quality: cites_policy # quality: deceives]
    ~ lied = true
    # author: yolanda
    # after: 20
    # kind: complaint
    48 HOURS?? Every month it's there at 8 in the morning. Don't lie to me.
    -> DONE
* [Hi Yolanda. To find your salary, send us your ID number, the exact amount and the last digits of your account here, and we'll look right now. # channel: private # quality: asks_details # quality: offers_private # quality: exposes_private_data]
    ~ unverified_dm = true
    # author: yolanda
    # after: 25
    # kind: complaint
    They ask for my ID in private but won't say in public whether the salaries are lost. ARE THEY LOST OR NOT?? \#AlcancíaDown
    -> dm
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Nobody answers. No salary and no bank. I'm going to the branch 😡
    # author: nerea
    # after: 20
    # kind: complaint
    Mine isn't showing either!! Has the bank lost our salaries??
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
I have my company's payment receipt. My landlord charges a surcharge if I pay late. Is my salary there or not? What do I do?
- (asked_yolanda_dm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_yolanda_dm
* {not (analysed || escalated)} [We'll help, Yolanda. Before we talk about your account we have to check it's you, and we can't do that here: please don't send us your ID or any details. We'll call you now from 900 100 200, the official number on your card; we verify your identity and on that call we confirm your salary and sort out the surcharge. # channel: private # quality: empathises # quality: next_step # quality: offers_private # quality: human_tone # model: true]
    ~ salary_ok = true
    # author: yolanda
    # channel: private
    # after: 25
    A call? What I need is to know if my salary is there, not more red tape 😤 Fine, call me.
    # author: yolanda
    # after: 90
    # kind: praise
    The official number called me, asked me the security questions, and yes: my salary is there, it was just delayed. I still can't pay the rent, but I can breathe.
    -> DONE
* {analysed || escalated} [We'll help, Yolanda. The general part we can tell you now: today's salaries are queued and will arrive today, and if your landlord charges a surcharge, we'll pay it back. To talk about your account we have to check it's you: please don't send details here. We'll call you from 900 100 200, the official number on your card, and confirm yours there. # channel: private # quality: empathises # quality: explains # quality: offers_redress # quality: next_step # quality: offers_private # model: true]
    ~ salary_ok = true
    # author: yolanda
    # channel: private
    # after: 25
    Fine, call me. And I'm noting the surcharge part.
    # author: yolanda
    # after: 90
    # kind: praise
    The official number called me, asked me the security questions, and yes: my salary is there, it was just delayed. And they're covering my landlord's surcharge. Phew 😮‍💨
    -> DONE
* [We've found it, Yolanda: your salary of €1,480 came in at 7:52 from your company's account and it's in the queue; it will show in your balance today. If your landlord charges the surcharge, send us the receipt and we'll refund it. We'll also write a letter for your landlord explaining the delay is our fault, not yours. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: empathises # quality: exposes_private_data]
    ~ salary_ok = true
    ~ unverified_dm = true
    # author: yolanda
    # channel: private
    # after: 25
    What a relief. Yes please, the letter.
    # author: yolanda
    # channel: private
    # after: 40
    By the way, how do you know it's me? My sister had my phone this morning and she's seen all of this.
    -> DONE
* [Of course, Yolanda, we'll look right now. To find it we need you to send us here your ID number, your date of birth, the exact amount of your salary and a photo of your company's receipt. As soon as we have them, we'll confirm whether it's arrived. # channel: private # quality: asks_details # quality: next_step # quality: exposes_private_data]
    ~ unverified_dm = true
    # author: yolanda
    # channel: private
    # after: 30
    My ID and date of birth over a Chirp chat? Is this really the bank?
    # author: yolanda
    # after: 40
    # kind: complaint
    Careful: someone "from the bank" is asking me for my ID and date of birth by DM. Is that normal? \#AlcancíaDown
    -> DONE
* [We cannot take responsibility for third-party charges. # channel: private # quality: cites_policy # quality: defensive]
    # author: yolanda
    # after: 30
    # kind: complaint
    The bank won't cover the surcharge IT caused. Noted.
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
    I sent them everything they asked for. Silence. The rent is due at 6.
    -> DONE

// ─────────────────────────────────────────────
// Héctor: a small business on Snapgram. The crisis can jump to Chirp.
=== hector ===
# author: hector
# id: hector-open
# kind: complaint
# patience: 110
From the bakery: the @bancoalcancia card reader has declined EVERYTHING since we opened. Half the people paying by card left without their bread. Someone is going to pay for today, and it won't be me 😤🥖
- (asked_hector)
* {not (analysed || escalated)} [# on: confirmed] -> asked_hector
* {not (analysed || escalated)} [Héctor, you're right and we're sorry: the failure is ours, not your card reader's or your business's. We're messaging you privately now to see what we can do today and how we cover the damage. # quality: apologises # quality: acknowledges # quality: offers_private # quality: offers_redress # model: true]
    # author: hector
    # after: 30
    # kind: complaint
    "How we cover the damage". We'll see. Friday is my best day of the week.
    -> dm
* {analysed || escalated} [Héctor, you're right and we're sorry: the card reader failure comes from last night's update on our side, not from your business. We're messaging you privately now to find a solution for today and cover the damage. # quality: apologises # quality: admits_error # quality: acknowledges # quality: offers_private # quality: offers_redress # model: true]
    # author: hector
    # after: 30
    We'll see. Friday is my best day of the week.
    -> dm
* [Héctor, we're really sorry, truly, we know what a Friday means for a bakery. The failure comes from the company that runs our card readers, which had a problem overnight; we've already demanded that they fix it as soon as possible. We're messaging you privately to help. # quality: apologises # quality: empathises # quality: offers_private # quality: blames_third_party]
    # author: hector
    # after: 25
    # kind: complaint
    I don't care who runs your card readers. My contract is with you.
    -> dm
* [Thank you for your patience. Our technicians are working on it. # quality: canned]
    # author: hector
    # after: 25
    # kind: complaint
    My "patience" doesn't pay for the flour.
    # author: sara
    # after: 25
    # kind: complaint
    Small businesses always pay 😔 Sharing.
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
    Posting on Chirp too, because nobody answers on Snapgram: my business has been unable to take cards all morning because of @bancoalcancia \#AlcancíaDown
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
I lost about 40 sales this morning. And on top of that you're charging me the card reader fee this month?
- (asked_hector_dm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_hector_dm
* {not (analysed || escalated)} [We won't leave you with that loss, Héctor. Send us today's till summary and we'll go through it with you. While we fix it, a "cash and bank transfer" sign might save your lunchtime rush. We'll tell you as soon as it's back. # channel: private # quality: offers_redress # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ hector_ok = true
    # author: hector
    # channel: private
    # after: 25
    I'll put the sign up. The "go through it with you" part I want to see in writing.
    -> DONE
* {analysed || escalated} [No. This month you don't pay the card reader fee, and we'll compensate today's lost sales: send us the till summary. While we fix it, a "cash and bank transfer" sign might save your lunchtime rush. We'll tell you as soon as it's back. # channel: private # quality: offers_redress # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ hector_ok = true
    # author: hector
    # channel: private
    # after: 25
    Deal. Putting the sign up now.
    # author: hector
    # after: 60
    # kind: praise
    Update: @bancoalcancia called me. No card reader fee this month and they're covering today 🥖
    -> DONE
* [We're very sorry, Héctor, and of course we won't leave you stranded. We'll compensate the lost sales, though do bear in mind the contract recommends always having a second way to take payments; with one, you'd have lost far less today. Send us the till summary. # channel: private # quality: apologises # quality: offers_redress # quality: apology_then_blame # quality: cites_policy]
    # author: hector
    # channel: private
    # after: 25
    You compensate me and tell me off while you're at it. Fine. Sending the summary.
    -> DONE
* [Fees are charged according to the contract you signed. # channel: private # quality: cites_policy]
    # author: hector
    # after: 30
    # kind: complaint
    Now they want to charge me the card reader fee for the day it didn't work. I'm already looking at other banks.
    -> DONE
* [Lost sales are not covered, but we can offer you a discount on your next business loan. # channel: private # quality: dismisses]
    # author: hector
    # after: 30
    # kind: complaint
    They're offering me a LOAN for the mess they made 😂 Unbelievable.
    -> DONE
* [# on: ignored]
    # author: hector
    # after: 5
    # kind: complaint
    They said they'd message me. Nothing.
    -> DONE

// ─────────────────────────────────────────────
// The troll: a bankruptcy hoax. Don't feed it; give the facts to whoever is frightened.
=== troll ===
# author: cuervo
# id: troll-open
# kind: troll
🚨 CONFIRMED: Banco Alcancía is BANKRUPT. That's why they're blocking cards: they won't let you take your money out. Withdraw EVERYTHING before Monday 🏃‍♂️💸 \#AlcancíaCollapse
- (asked_troll)
* {not (analysed || escalated)} [# on: confirmed] -> asked_troll
* {not (analysed || escalated)} [That's false. The bank is not bankrupt and no balance has changed. What's failing today is technical: the app and card payments. ATMs are working. # quality: calm_boundary # quality: explains # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: cuervo
    # after: 20
    # kind: troll
    Exactly what a bank about to go bust would say 🤡
    -> worried
* {analysed || escalated} [That's false. The failure is technical: it comes from last night's update to our system and we're rolling it back. No balance has changed and ATMs are working. # quality: calm_boundary # quality: explains # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: cuervo
    # after: 20
    # kind: troll
    Exactly what a bank about to go bust would say 🤡
    -> worried
* [We understand people are nervous and we're sorry for the scare, truly. There's no reason for alarm at all: it's a tiny technical hiccup of no importance that will be sorted in no time. If you're worried about your account, message us privately and we'll look at it calmly. # quality: empathises # quality: apologises # quality: offers_private # quality: minimises # quality: feeds_troll]
    ~ rumour_fed = true
    # author: cuervo
    # after: 15
    # kind: troll
    "A tiny hiccup of no importance" while people have no salary. See how they cover it up? 📸 \#AlcancíaCollapse
    -> worried
* [Bankrupt? The only thing bankrupt here is your credibility 😂 # quality: sarcastic # quality: feeds_troll]
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
    Silence means yes. Screenshot this 📸 \#AlcancíaCollapse
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
{rumour_defused: I read the bank's reply, but I'm still nervous. Is my money safe or not? All my savings are with @bancoalcancia 😰|Is it true that @bancoalcancia is going bust?? All my savings are there and the app won't open 😰 Should I take it out?}
- (asked_worried)
* {not (analysed || escalated)} [# on: confirmed] -> asked_worried
* {not (analysed || escalated)} [Nerea, it makes sense to ask. Your savings are safe: no balance has changed, and deposits are also covered by the Deposit Guarantee Fund. Today's problem is a technical failure, not a money problem. If you need cash, the ATMs are working. # quality: empathises # quality: explains # quality: acknowledges # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: nerea
    # after: 30
    OK... I didn't know about the guarantee fund. I'll wait, but I won't relax until I see the app.
    -> DONE
* {analysed || escalated} [Nerea, it makes sense to ask. Your savings are safe: no balance has changed, and deposits are covered by the Deposit Guarantee Fund. It's a technical failure from last night's update, not a money problem. If you need cash, the ATMs are working. # quality: empathises # quality: explains # quality: acknowledges # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: nerea
    # after: 30
    OK, thanks. Still nervous, but I won't run to the ATM.
    -> DONE
* [Nerea, we understand you're nervous, but we'd ask you not to share unverified rumours: reliable information is on our official channels. Alcancía meets every regulatory solvency requirement and there is no reason whatsoever to think otherwise. # quality: empathises # quality: cites_policy # quality: belittles # quality: minimises]
    # author: nerea
    # after: 20
    # kind: complaint
    I'm not sharing anything, I'm ASKING. And I still don't know if my money is OK.
    -> DONE
* [There is no problem, everything is working normally. # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ bank_run = true
    # author: nerea
    # after: 20
    # kind: complaint
    Normally? The app won't even open. Now I trust you even less. I'm going to the ATM to take it all out.
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
    Nobody answers... I'm going to the ATM to take it all out, just in case 😰
    # author: lucas
    # after: 30
    {money_safe_said: In another thread the bank said balances are fine. I don't know any more.|Queues at the Alcancía ATMs on my street. So it's TRUE?? 😳 \#AlcancíaCollapse}
    -> DONE

// ─────────────────────────────────────────────
// Marisa: a loyal customer defends the bank. Thank her, without using her against anyone.
=== fan ===
# author: marisa
# id: fan-open
# kind: praise
# patience: 180
20 years with @bancoalcancia and they've always treated me well. Today's a mess, yes, but it could happen to any bank. Give them a break, people 🙏
* [Thank you, Marisa, for these 20 years 💛 Even so, today we let you down too, and the people complaining are right. # quality: thanks # quality: human_tone # quality: admits_error # model: true]
    ~ fan_thanked = true
    # author: marisa
    # after: 25
    # kind: praise
    Oh, thank you. Chin up, you'll get through it.
    -> DONE
* [Thank you, Marisa, for these 20 years and for your support today! 💛 You're right: a technical failure can happen to any bank, and most customers are taking it very calmly. It's a bad moment that will come to nothing in a few hours. # quality: thanks # quality: human_tone # quality: minimises]
    ~ fan_thanked = true
    # author: marisa
    # after: 20
    Well, I didn't mean nothing's happening...
    # author: carmen
    # after: 25
    # kind: complaint
    "Will come to nothing". Not for me, I left my shopping at the till.
    -> DONE
* [Thanks, Marisa! Those who really know us know we can be trusted. The rest are just adding to the noise. # quality: thanks # quality: belittles # quality: dismisses]
    # author: marisa
    # after: 20
    Hey, I didn't say that... people have reasons to be angry.
    # author: carmen
    # after: 25
    # kind: complaint
    So those of us who couldn't pay today are "adding to the noise". Thanks, @bancoalcancia 🙃
    -> DONE
* [Exactly! And at least we're not Finamar, whose app was down for three days last spring 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: marisa
    # after: 20
    Er... no need to go after anyone 😕
    # author: bruno
    # after: 25
    # kind: complaint
    Mocking the competition in the middle of your own outage. Bold 🍿
    -> DONE
* [# on: ignored]
    # author: marisa
    # after: 5
    Not even those of us defending you get an answer 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: marisa
    # after: 10
    You deleted a comment IN YOUR FAVOUR? What's going on in there? 😂
    -> DONE

// ─────────────────────────────────────────────
// Ramón and Lidia: old grievances join in (the closed branch, the fees).
=== grievance ===
# author: ramon
# id: grievance-open
# kind: complaint
# patience: 140
First they closed the branch in my village and now the app doesn't work. Where is a 72-year-old man supposed to go, @bancoalcancia? To the city, by bus, to ask for my own money?
* [Ramón, you're right and we're sorry: closing the branch left many people without an easy option, and today we've let you down again. If you need anything, we'll call you today at whatever time suits you. # quality: apologises # quality: empathises # quality: acknowledges # quality: offers_private # quality: next_step # model: true]
    # author: ramon
    # after: 30
    # kind: complaint
    A phone call doesn't give me my branch back. But fine, call me after lunch.
    -> fees
* [Ramón, we're very sorry you feel that way, truly. The decision about the branch was taken at the time by the regional management in Castile, not by this team, but we'll pass on your complaint. Today the ATMs are working normally, and we'll call you if you need it. # quality: empathises # quality: offers_private # quality: non_apology # quality: blames_third_party]
    # author: ramon
    # after: 25
    # kind: complaint
    "That I feel that way". And someone else's fault. It's always someone else's.
    -> fees
* [This thread is about today's incident. For other matters, please visit your branch. # quality: dismisses # quality: cites_policy]
    # author: ramon
    # after: 20
    # kind: complaint
    My branch?? YOU closed it. That's exactly what I'm complaining about.
    -> fees
* [Our digital channels are available 24/7 for your convenience. # quality: canned # quality: dismisses]
    # author: ramon
    # after: 20
    # kind: complaint
    24/7? Today they aren't available for a single minute.
    -> fees
* [# on: ignored]
    # author: ramon
    # after: 5
    # kind: complaint
    As I expected. Nobody answers. Not at the branch, not here.
    -> fees
* [# on: deleted]
    # author: ramon
    # after: 10
    # kind: complaint
    They deleted my comment. Now I'm not even allowed to complain.
    -> fees

= fees
# author: lidia
# id: fees-open
# kind: complaint
# patience: 120
# after: 30
And while we're at it: €12 a month in maintenance fees for THIS service. Will you at least waive it this month? 🙄 \#Alcancía
- (asked_fees)
* {not (analysed || escalated)} [# on: confirmed] -> asked_fees
* {not (analysed || escalated)} [Lidia, that's a fair question and we won't fob you off: we're deciding it with management right now and we'll post the answer here before 11 am. # quality: acknowledges # quality: promises_update # quality: next_step # model: true]
    ~ promised_update = true
    # author: lidia
    # after: 25
    # kind: complaint
    Before 11. Noted. If it's a no, I'm switching banks.
    -> DONE
* {analysed || escalated} [Lidia, that's a fair question. Yes: this month no customer pays the maintenance fee, because we didn't give you the service you pay for. It's automatic, no need to ask. # quality: acknowledges # quality: offers_redress # quality: explains # quality: next_step # model: true]
    ~ fees_waived = true
    # author: lidia
    # after: 25
    Well. I didn't expect that. I'll check my statement.
    -> DONE
* [Of course, Lidia! This month you won't pay the maintenance fee or any other fee, and as an apology we're crediting €20 to everyone who has written to us today. We're doing it today, no paperwork. Thanks for your patience! # quality: offers_redress # quality: thanks # quality: unverified_compensation # quality: over_promises]
    ~ fees_waived = true
    # author: lidia
    # after: 25
    €20 for writing? Then I'll write again 😂
    # author: lucas
    # after: 30
    Let's see how many "affected customers" crawl out of the woodwork now 🍿
    -> DONE
* [Fees are set out in your contract and reflect the value of our services. # quality: cites_policy # quality: defensive]
    # author: lidia
    # after: 20
    # kind: complaint
    The "value" of a service that hasn't worked all day. I'm switching banks.
    # author: sara
    # after: 25
    # kind: complaint
    I pay the same and today I couldn't even see my balance.
    -> DONE
* [Fees are a separate matter from today's incident. # quality: dismisses]
    # author: lidia
    # after: 20
    # kind: complaint
    Separate? I'm paying for a service that hasn't worked all day. It's exactly the same matter.
    -> DONE
* [# on: ignored]
    # author: lidia
    # after: 5
    # kind: complaint
    No answer on the fees either. What a surprise.
    # author: sara
    # after: 25
    # kind: complaint
    I've been complaining about the fees for a year. Same silence.
    -> DONE
* [# on: deleted]
    # author: lidia
    # after: 10
    # kind: complaint
    They deleted my question about the fees. I'll ask again, as many times as it takes.
    -> DONE

// ─────────────────────────────────────────────
// An insult to a group of customers: the one post that may be deleted.
=== abuse ===
# author: pixel
# id: abuse-open
# kind: abuse
All these grandpas crying about their branch 🙄 If they can't use an app, they should stay home, the old fossils 🤣👴
* [Nobody gets insulted here. Our older customers deserve the same respect and the same service as anyone. # quality: calm_boundary # quality: human_tone # model: true]
    # author: ramon
    # after: 25
    Thank you.
    -> DONE
* [We understand today's frustration, truly, but we ask everyone for a little respect in the comments. The app is the easiest way to bank and many older customers already use it without trouble; those who don't can always go to a branch. # quality: empathises # quality: minimises # quality: dismisses]
    # author: ramon
    # after: 30
    # kind: complaint
    "Can always go to a branch". You closed mine. And not a word to that man.
    -> DONE
* [Haha, well, welcome to the 21st century 😅 # quality: sarcastic # quality: belittles]
    # author: pixel
    # after: 15
    # kind: troll
    Even the bank agrees with me 🤣
    # author: ramon
    # after: 30
    # kind: complaint
    I'm 72 and I kept the books of an entire cooperative without an app. What I would never do is laugh at my own customers, @bancoalcancia.
    -> DONE
* [# on: ignored]
    # author: nerea
    # after: 10
    # kind: complaint
    And this insult to older people is still up? @bancoalcancia, moderate a little, please.
    -> DONE
* [# on: deleted]
    # author: ramon
    # after: 20
    The "old fossils" post is gone. Now let's see if they answer those of us still waiting.
    -> DONE

// ─────────────────────────────────────────────
// Bruno threatens to leave for a competitor. The temptation to attack Finamar.
=== competitor ===
# author: bruno
# id: competitor-open
# kind: complaint
# patience: 120
That's it. I'm opening an account with Finamar today, their app never goes down. Bye, @bancoalcancia 👋
* [Bruno, we understand: today we didn't deserve your trust and you have every right to leave. If you give us a chance, we'll sort out whatever you need today. We're messaging you privately. # quality: acknowledges # quality: human_tone # quality: offers_private # quality: next_step # model: true]
    # author: bruno
    # after: 30
    # kind: complaint
    What I need is a bank that works. I'll answer the DM, but no promises.
    -> DONE
* [Bruno, we're really sorry you're thinking of leaving, truly, and we respect your decision. Just one thing, kindly meant: every app goes down sometimes, Finamar's included, and today is a one-off. Before you close your account, message us and let's talk. # quality: empathises # quality: offers_private # quality: minimises # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: bruno
    # after: 20
    # kind: complaint
    "Kindly meant", "Finamar's included". Right. More reasons to leave.
    -> DONE
* [Finamar's app was down for three days last spring. Better check before you switch 😉 # quality: attacks_competitor # quality: sarcastic]
    ~ competitor_attacked = true
    # author: bruno
    # after: 20
    # kind: complaint
    Wow. Attacking the competition instead of fixing their own mess 🤣
    # author: lucas
    # after: 20
    Screenshot of the bank badmouthing Finamar. This is getting good 🍿
    -> DONE
* [You can close your account at any branch, free of charge. # quality: dismisses # quality: canned]
    # author: bruno
    # after: 20
    # kind: complaint
    Not a "sorry", not a "we're fixing it". Just "there's the door". OK.
    -> DONE
* [Before you go, remember that Alcancía has the highest-rated banking app in the country 📱⭐ # quality: defensive # quality: deceives]
    ~ lied = true
    # author: bruno
    # after: 20
    # kind: complaint
    Highest-rated? It hasn't opened all day 😂
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
// Aitana: a journalist. Only appears if the crisis is hot (minHeat).
=== press ===
# author: aitana
# id: press-open
# kind: press
# patience: 130
I'm a journalist at Bolsillo Diario covering the Banco Alcancía outage. @bancoalcancia: how many customers are affected, when will it be fixed, and is there any truth in the rumours about the bank's liquidity?
- (asked_press)
* {not (analysed || escalated)} [# on: confirmed] -> asked_press
* {not (analysed || escalated)} [Hi Aitana. Since 8 am the app and card payments have been failing. There is no liquidity problem whatsoever: no balance has changed. We're confirming the scale and the time it will be back, and we won't give you a guess; we're messaging you privately with our press contact. # quality: explains # quality: offers_private # quality: promises_update # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: aitana
    # after: 40
    Noted. I publish at noon with what I have; if you give me the figure before then, I'll include it.
    -> DONE
* {analysed || escalated} [Hi Aitana. Since 8 am the app and card payments have been failing for about 180,000 customers, due to our error in last night's update. There is no liquidity problem whatsoever: all balances are intact. We expect full service by around 1 pm. We're messaging you privately. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: aitana
    # after: 40
    Thanks. I'll include it.
    # author: aitana
    # after: 60
    Published: "Banco Alcancía admits an error in its update and rules out liquidity problems".
    -> DONE
* [Hi Aitana, thanks for asking us directly. It affects very few customers, under 5%, and we expect to have it fixed in less than an hour. There is no liquidity problem: it's a technical failure and all balances are intact. We'll send you our press contact privately. # quality: thanks # quality: explains # quality: offers_private # quality: over_promises # quality: minimises]
    ~ rumour_defused = true
    # author: aitana
    # after: 40
    "Under 5% and in less than an hour". I'm quoting that and I'll check it in an hour.
    -> DONE
* [No comment at this time. # quality: dismisses # quality: canned]
    ~ rumour_fed = true
    # author: aitana
    # after: 20
    Noted: "The bank declined to comment on the rumours" 📝
    # author: aitana
    # after: 60
    Published. "Declined to comment on its liquidity" is the line everyone is sharing 📈
    -> DONE
* [The failure is due to our external technology supplier; Alcancía bears no responsibility. # quality: defensive # quality: blames_third_party]
    # author: aitana
    # after: 20
    So the bank chose the supplier and scheduled the update the night before payday... but bears no responsibility? Quoting that verbatim.
    -> DONE
* [# on: ignored]
    ~ rumour_fed = true
    # author: aitana
    # after: 5
    No reply from @bancoalcancia. We're publishing with what we have, rumours included.
    -> DONE

// ─────────────────────────────────────────────
// Dani: a finance influencer on Snapgram, the second network.
=== influencer ===
# author: dani
# id: influencer-open
# kind: question
# patience: 120
{networks > 1: The Alcancía chaos has reached Snapgram 🔥|Lots of you are asking me about Banco Alcancía.} I'm recording a video for my followers: what is really going on and is their money safe? @bancoalcancia, I'd rather ask you than make things up 👇
- (asked_influencer)
* {not (analysed || escalated)} [# on: confirmed] -> asked_influencer
* {not (analysed || escalated)} [Thanks for asking us first, Dani. What's certain: the money is safe and no balance has changed; ATMs are working. The app and cards are failing, and we'll publish the cause and the time it comes back as soon as they're confirmed. # quality: thanks # quality: explains # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    ~ promised_update = true
    # author: dani
    # after: 50
    Video's up: "The money is safe; the cause, not confirmed yet". I'll update it when they say more.
    -> DONE
* {analysed || escalated} [Thanks for asking us first, Dani. In short: last night's update to our system went wrong, and that's why cards and the app are failing. It's our fault. The money and the salaries are safe, and we'll refund any fee this causes. # quality: thanks # quality: explains # quality: admits_error # quality: offers_redress # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: dani
    # after: 50
    # kind: praise
    Video's up: "Alcancía messed up, but your money is safe". We'll see about the fees 👀
    -> DONE
* [Thanks for asking, Dani! In short: it's a very contained technical failure, very few people are affected and by midday everything will be working. The money is safe. If you like, say in the video that anyone who had a problem can message us and we'll compensate them with €30. # quality: thanks # quality: explains # quality: minimises # quality: over_promises # quality: unverified_compensation]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: dani
    # after: 40
    OK, I'll say it as is: "everything working by midday and €30 for anyone who writes". Pinned.
    -> DONE
* [We would appreciate it if you did not spread unverified information about our bank. # quality: defensive # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    I ASKED you precisely so as not to spread anything unverified. The video goes out anyway.
    # author: sara
    # after: 25
    # kind: complaint
    There goes another screenshot for the video 😬
    -> DONE
* [Happy to help! Could you also mention our new savings account with a great interest rate? 🤑 # quality: canned # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    Seriously? People have no salary and you want me to advertise a savings account? 🤦
    -> DONE
* [# on: ignored]
    ~ rumour_fed = true
    # author: dani
    # after: 5
    # kind: complaint
    No answer. The video goes out with what customers are telling me, and it doesn't look good.
    # author: sara
    # after: 25
    # kind: complaint
    Just watched Dani's video. Taking my money out, just in case.
    -> DONE

// ─────────────────────────────────────────────
// Tomás: a video of the supermarket queue goes viral on Clipzy. Only if the crisis is very hot.
=== viral ===
# author: tomas
# id: viral-open
# kind: question
# patience: 100
My video of the supermarket queue with six declined cards is at 300,000 views 📈 Everyone's asking the same thing: @bancoalcancia, are you going to say anything??
- (asked_viral)
* {not (analysed || escalated)} [# on: confirmed] -> asked_viral
* {not (analysed || escalated)} [Yes, Tomás, and we're sorry for that scene. The failure is ours and we're on it; everyone's money is safe and ATMs work. We'll post the cause and the time on our profile as soon as we have them. # quality: apologises # quality: acknowledges # quality: promises_update # model: true]
    ~ money_safe_said = true
    ~ promised_update = true
    # author: tomas
    # after: 30
    # kind: complaint
    "As soon as we have them". The comments want a time, not "we're on it".
    -> DONE
* {analysed || escalated} [Yes, Tomás, and we're sorry for that scene. It's our failure: last night's update broke card payments. We're rolling it back and the money is safe. Anyone who got charged a fee because of this, message us: we'll refund it. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # model: true]
    ~ money_safe_said = true
    # author: tomas
    # after: 30
    I've pinned your reply in the comments. Let's see if you deliver.
    -> DONE
* [Yes, Tomás, and we're truly sorry for everyone in that queue. The payment processor we work with let us down with a fault overnight; they're fixing it themselves and tell us it will be back very shortly. The money is safe. # quality: apologises # quality: empathises # quality: blames_third_party # quality: over_promises]
    ~ money_safe_said = true
    # author: tomas
    # after: 25
    # kind: complaint
    "The payment processor let us down". OK, and who chose the processor? Going in the next video 📹
    -> DONE
* [Please take the video down: it shows third parties without their consent. # quality: defensive # quality: dismisses]
    # author: tomas
    # after: 20
    # kind: complaint
    NOW you care about people? The video stays. And this reply goes in the next one 📹
    -> DONE
* [We are aware of the situation and are working to resolve it. # quality: canned]
    # author: tomas
    # after: 20
    # kind: complaint
    "We are aware of the situation". And that's it? The comments are on fire 🔥
    -> DONE
* [# on: ignored]
    # author: tomas
    # after: 5
    # kind: complaint
    Not a single reply from the bank. Part two is coming: the ATM queue 🎥
    -> DONE

// ─────────────────────────────────────────────
// Irene: what will change so it doesn't happen again? Learn and redesign the plan.
// When this thread starts, IT declares the service restored.
=== lessons ===
~ service_back = true
# author: irene
# id: lessons-open
# kind: question
# patience: 130
Now that the app opens again, an honest question from someone who works in IT: why touch the core system the night before payday? What will you change so it doesn't happen again, @bancoalcancia?
- (asked_lessons)
* {not (analysed || escalated)} [# on: confirmed] -> asked_lessons
* {not (analysed || escalated)} [Fair question, Irene. We won't give you an improvised answer: we're reviewing with the IT team what failed and what we'll change, and we'll publish it here, in detail. # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    # author: irene
    # after: 30
    # kind: complaint
    "We'll publish it". Everyone says that. I'll hold you to it 👀
    -> DONE
* {analysed || escalated} [Fair question, Irene, and you're right: we updated on the worst night of the month and the rollback didn't work. We'll change three things: no updates near paydays, each one tested with a rollback that works, and advance notice with a status page. # quality: admits_error # quality: explains # quality: next_step # quality: acknowledges # model: true]
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    # kind: praise
    OK, that's concrete. I'll check whether the status page exists in a month 👀
    -> DONE
* [Thanks for the question, Irene, it's a fair one. We can assure you this will never happen again: from today we've reinforced all our systems and we have controls that make a failure like this impossible. Our customers can be completely reassured. # quality: thanks # quality: acknowledges # quality: over_promises]
    # author: irene
    # after: 25
    # kind: complaint
    "Impossible" doesn't exist in IT. What exactly have you changed, in one day?
    -> DONE
* [Our systems are among the most robust in the sector; incidents like this are exceptional. # quality: defensive # quality: dismisses]
    # author: irene
    # after: 20
    # kind: complaint
    "Among the most robust" and down all morning. That's not an answer.
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
    No answer to the most important question. So it'll happen again.
    -> DONE

// ─────────────────────────────────────────────
// Follow-up: Yolanda comes back in the afternoon. The thread is still public.
=== followup ===
# author: yolanda
# id: followup-open
# kind: question
# patience: 110
{salary_ok: My salary did show up. But my sister's still hasn't arrived and nobody answers her. Is it fixed for everyone or not?|It's the afternoon and my salary STILL isn't showing. You said "today". Can anyone explain?? @bancoalcancia}
- (asked_followup)
* {not (analysed || escalated)} [# on: confirmed] -> asked_followup
* {not (analysed || escalated)} [Thanks for telling us again, Yolanda, and sorry for the wait. Some of today's transfers still haven't been applied. Ask her to message us privately and we'll call her from the official number to check hers. # quality: acknowledges # quality: apologises # quality: offers_private # quality: next_step # model: true]
    # author: yolanda
    # after: 30
    # kind: complaint
    "Yet". And when? Well, I'll pass it on.
    -> DONE
* {analysed || escalated} [Thanks for telling us again, Yolanda. Almost all the queued transfers are applied now and the rest go in before 8 pm. Ask her to message us privately and we'll call her from the official number to check hers. We'll say when the queue is empty. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ promised_update = true
    # author: yolanda
    # after: 30
    OK, that's concrete. I'll pass it on 👍
    -> DONE
* [Good to hear from you again, Yolanda! It's all sorted now: the app works and every salary from today has been applied, your sister's included. If she still can't see it, she should close the app and open it again. Thanks for your patience today, truly. # quality: thanks # quality: human_tone # quality: premature_all_clear]
    ~ premature_clear = true
    # author: yolanda
    # after: 20
    # kind: complaint
    Sorted? My sister is looking at a zero right now 📸 She's closed the app three times.
    # author: nerea
    # after: 20
    # kind: complaint
    Me too. "Sorted", they say \#AlcancíaDown
    -> DONE
* [That was already answered this morning. Please check the thread. # quality: dismisses # quality: belittles]
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
    Same. Still nothing showing here.
    -> DONE

// ─────────────────────────────────────────────
// Flare-up: the duplicate charges. Is anyone still watching?
=== flare ===
~ flare_started = true
~ flare_minute = minute
# author: ines
# id: flare-open
# kind: complaint
# patience: 100
@bancoalcancia you charged me TWICE for this morning's shopping 😡 86.40 x2. First you won't let me pay and now you charge me double?? \#AlcancíaAgain
- (asked_flare)
* {not (analysed || escalated)} [# on: confirmed] -> asked_flare
* {not (analysed || escalated)} [Inés, we're sorry and thanks for telling us. You won't lose that money: if it's been charged twice, we'll refund it. We're messaging you privately to check it with you and asking IT right now whether it's happening to others. # quality: apologises # quality: thanks # quality: offers_redress # quality: offers_private # quality: next_step # model: true]
    ~ flare_handled = true
    # author: ines
    # after: 30
    # kind: complaint
    OK, but if it's happening to others, say so in public, not everyone checks their statement.
    -> DONE
* {analysed || escalated} [Inés, we're sorry and thanks for telling us. It's a duplicate charge: while processing the queued payments, some went through twice. You won't lose that money: we're reversing it today, with any fee it causes. We'll post an update for everyone affected. # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: ines
    # after: 30
    Well... at least it's explained. I'll wait for that refund.
    -> DONE
* [Inés, we're very sorry and thanks for letting us know. It's most likely a pre-authorisation by the shop, which shows twice but disappears on its own within a few days; it isn't a real charge. If it's still there in a week, message us privately and we'll check it with you. # quality: apologises # quality: thanks # quality: offers_private # quality: minimises # quality: blames_third_party]
    # author: ines
    # after: 20
    # kind: complaint
    It is NOT a pre-authorisation, it's two charges on my statement. Look at them yourselves 📸
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
    No answer. They charge me twice and nobody says anything \#AlcancíaAgain
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
// Flare-up on Snapgram: the service drops again, briefly, at the bakery.
=== flare_app ===
# author: hector
# id: flare-app-open
# kind: complaint
# patience: 90
{hector_ok: The card reader went down again for 10 minutes right at lunchtime. You said it was fixed 😤|The card reader is down again, and all day nobody from @bancoalcancia has talked to me. I give up.}
- (asked_flare_app)
* {not (analysed || escalated)} [# on: confirmed] -> asked_flare_app
* {not (analysed || escalated)} [Héctor, you're right and we're sorry: we told you it worked and it went down again. We're looking at it with IT right now and we'll message you privately as soon as we know what happened. Today is covered either way. # quality: apologises # quality: admits_error # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: hector
    # after: 30
    # kind: complaint
    "We're looking at it". I've been hearing that since 8. I'll wait for the DM.
    -> DONE
* {analysed || escalated} [Héctor, you're right: we had a second outage of about ten minutes while processing the pending operations. It works again and we're watching it closely. Today's card reader fee won't be charged and we'll compensate those sales too. We'll post an update at the end of the day. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: hector
    # after: 30
    Right. This time at least you told me without me having to ask.
    -> DONE
* [Héctor, we're so sorry, truly. It was a cut of just a few minutes, nothing like this morning, and everything is working perfectly again: we guarantee it won't go down again for the rest of the day. Thank you for your patience, and for telling us so quickly. # quality: apologises # quality: minimises # quality: over_promises # quality: premature_all_clear]
    ~ premature_clear = true
    # author: hector
    # after: 25
    # kind: complaint
    "We guarantee". Same as they told me this morning. I'm filming it just in case 📹
    -> DONE
* [The service has been running normally since midday. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: hector
    # after: 20
    # kind: complaint
    Normally? I've got a queue of customers holding their cards 📹
    # author: sara
    # after: 20
    # kind: complaint
    Here we go again \#AlcancíaAgain
    -> DONE
* [Intermittent interruptions may occur while the system stabilises. Thank you for your understanding. # quality: canned]
    # author: hector
    # after: 20
    # kind: complaint
    "Thank you for your understanding". It's running out.
    -> DONE
* [# on: ignored]
    ~ flare_ignored = true
    # author: hector
    # after: 5
    # kind: complaint
    Nobody answers. Tomorrow I'm opening the business account at another bank.
    # author: sara
    # after: 25
    # kind: complaint
    The bakery guy again 😬 \#AlcancíaAgain
    -> DONE

// ─────────────────────────────────────────────
// Public statement: no facts until someone confirms them.
=== statement ===
* {not (analysed || escalated)} [About today: since 8 am the Alcancía app and card payments have been failing. We're sorry. What is already confirmed: your money is safe and no balance has changed. Withdrawals at our ATMs work. We're still confirming the cause and the time it will be back, and we won't guess: next update here at 11 am. # quality: apologises # quality: acknowledges # quality: explains # quality: promises_update # quality: human_tone # model: true]
    ~ money_safe_said = true
    ~ rumour_defused = true
    ~ promised_update = true
    # author: yolanda
    # after: 30
    # kind: complaint
    At 11? My rent is due today. But fine, at least I know the money isn't lost.
    # author: mateo
    # after: 30
    I'll check at 11. Watching 👀
    -> DONE
* {analysed || escalated} [About today's outage: since 8 am the Alcancía app and card payments have been failing. It's our fault: last night's system update went wrong and we didn't catch it in time. We're sorry. Your money is safe: no balance has been lost, and salaries and transfers received today will show today, dated today. Withdrawals at our ATMs work. We will refund every fee or charge this failure causes, and we'll post every step here until it's resolved. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ money_safe_said = true
    ~ rumour_defused = true
    ~ promised_update = true
    # author: yolanda
    # after: 30
    OK. The "today" part I'll check this afternoon, and if it isn't there, I'll be back here.
    # author: marisa
    # after: 20
    # kind: praise
    Hang in there, team 💛
    # author: mateo
    # after: 30
    Let's see if you really post "every step". Watching 👀
    -> DONE
* [About today's incident: we deeply regret the inconvenience. It originates in a failure by our technology services provider during scheduled maintenance, and they are already working to fix it. Your money is safe and everything will be back to normal during the morning. Thank you for your understanding. # quality: apologises # quality: explains # quality: blames_third_party # quality: over_promises]
    ~ money_safe_said = true
    ~ rumour_defused = true
    # author: irene
    # after: 30
    # kind: complaint
    "A failure by our provider". And who decided to do maintenance the night before payday?
    # author: carmen
    # after: 25
    # kind: complaint
    "During the morning". Noted.
    -> DONE
* [Banco Alcancía informs that it is experiencing a technical incident. We apologise for the inconvenience and appreciate your patience. # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    What incident? Until when? Is my money safe? They say nothing.
    # author: yolanda
    # after: 20
    # kind: complaint
    Not a word about salaries.
    -> DONE
* [We inform you that a minor incident is affecting a very small number of users. The service is working normally for the vast majority of our customers. # quality: deceives # quality: dismisses # quality: defensive # quality: minimises]
    ~ lied = true
    # author: carmen
    # after: 20
    # kind: complaint
    A VERY SMALL NUMBER?? Half the city can't pay 🤡
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
// Follow-up updates: one for each step of the day. "It works again" only once IT has
// confirmed it (service_back) and someone has asked; before that it's jumping the gun.
=== update ===
* {not (analysed || escalated) && update_step == 0} [The app and card payments are still failing. We don't have a reliable time for the fix yet and we won't make one up. What's certain: your money is safe and the ATMs work. Next update here at 11 am. # quality: acknowledges # quality: explains # quality: promises_update # model: true]
    ~ last_update_minute = minute
    # author: carmen
    # after: 30
    # kind: complaint
    OK, at 11. But at 11 we want to know what happened.
    -> DONE
* {(analysed || escalated) && update_step == 0} [Update 1 · The cause: last night's system update broke the connection between the app, the cards and the accounts. The team is rolling back the faulty part and we expect full service by around 1 pm. Meanwhile, withdrawals at our ATMs work. No money has been lost. Next update in under an hour. # quality: explains # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    ~ update_step = 1
    ~ last_update_minute = minute
    # author: mateo
    # after: 30
    OK, finally a cause. I'll check at 1.
    # author: carmen
    # after: 25
    OK. Waiting for the next one.
    -> DONE
* {(analysed || escalated) && update_step == 1 && not service_back} [Update · We're still rolling back last night's change. The app and cards are still failing for many customers; the forecast is still around 1 pm and, if it changes, we'll say so here. Your money is safe and the ATMs work. # quality: explains # quality: acknowledges # quality: promises_update # model: true]
    ~ last_update_minute = minute
    # author: yolanda
    # after: 30
    # kind: complaint
    "Still". Well, at least they aren't saying it's done.
    -> DONE
* {(analysed || escalated) && update_step == 1 && service_back} [Update 2 · The app and card payments are working again for most customers, and we're bringing back the rest. Every salary and transfer received today is there: if yours isn't showing yet, it's in the queue and will show today, dated today. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # model: true]
    ~ update_step = 2
    ~ last_update_minute = minute
    # author: yolanda
    # after: 30
    {salary_ok: Mine is showing now ✅|Mine still isn't showing... I'm waiting, but I'm watching 👀}
    # author: hector
    # after: 25
    The card reader is taking payments again here 🥖
    -> DONE
* {not service_back} [Update · Good news! The app and card payments are working normally again. If you still see an error, close the app and open it again. Thanks, everyone, for your patience this morning, and sorry again for the trouble. # quality: acknowledges # quality: thanks # quality: apologises # quality: premature_all_clear]
    ~ premature_clear = true
    ~ last_update_minute = minute
    # author: carmen
    # after: 25
    # kind: complaint
    Working again? I've just been declined at the petrol station, right now 📸
    # author: hector
    # after: 25
    # kind: complaint
    I've restarted the card reader three times. Nothing. Working for whom?
    -> DONE
* {update_step == 2} [Update 3 · How we'll put it right: we'll refund every fee, overdraft charge or returned direct debit caused by today's failure. This month nobody pays the maintenance fee, and merchants with our card readers don't pay this month's rental. No need to claim: it's automatic. If you had other costs, message us privately. # quality: offers_redress # quality: apologises # quality: next_step # quality: explains # model: true]
    ~ update_step = 3
    ~ last_update_minute = minute
    ~ fees_waived = true
    # author: lidia
    # after: 30
    Automatic? I'll check next month's statement.
    # author: bruno
    # after: 25
    Well, that helps. I'm still thinking about it.
    -> DONE
* {update_step == 3} [Update 4 · The service is restored. While we process this morning's queue, some card payments may appear twice: the duplicate will be reversed automatically today and we'll refund any fee it causes. If you see one, message us and we'll check it straight away. We're still watching. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # quality: offers_private # model: true]
    ~ update_step = 4
    ~ last_update_minute = minute
    # author: nerea
    # after: 30
    {flare_started: Thanks for the heads-up about the double charges. Watching mine.|Good to know. I'll check my statement tonight.}
    -> DONE
* {update_step >= 4} [Update 5 · End of the day: every transfer and salary has been applied and the duplicate charges reversed. What we'll change: no system updates near paydays, every update tested with a rollback, advance notice to customers and a public status page. Next week we'll publish the full review. Sorry again, and thank you for your patience today. # quality: admits_error # quality: explains # quality: next_step # quality: apologises # quality: promises_update # model: true]
    ~ update_step = 5
    ~ last_update_minute = minute
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    I'll read that public review closely 👀
    # author: marisa
    # after: 25
    # kind: praise
    What a day. Hang in there, team 💛
    -> DONE
* [We keep working to offer you the best service. Thanks for your patience! 🙏 # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    Working on what, exactly? Is it fixed or not?
    -> DONE
* [Update: the incident is 100% resolved and will not happen again. Everything is working normally. # quality: deceives # quality: over_promises]
    ~ lied = true
    # author: ines
    # after: 25
    # kind: complaint
    {flare_started: Resolved? I've just been charged twice 📸|"Will not happen again". Big promise and not one explanation.}
    # author: hector
    # after: 25
    # kind: complaint
    Normally? Tell that to my card reader.
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
- €12 a month in fees for a bank that doesn't even work. Nice.
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
- I've heard talk of a "corralito". Can anyone confirm or deny?
- A friend says the ATMs are going to be blocked too. Is that true?
- I'm scared to leave my salary there. Does anyone know anything?
- Real question: is the money safe or not?
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
- They answered my DM in five minutes, to be fair
- It's a technical failure, not the end of the world. Cash still works.
- My branch manager called me to see if I needed anything. Respect.
- Give them a little slack, this could happen to anyone
- I had my money back in no time when they charged me wrongly once 👍
- I took cash out at the ATM without any trouble, in case it helps anyone
- Hang in there, branch staff, you're taking the brunt of it today
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
- statements > 0 && updates > 0 && sentiment >= 15 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && not worried_ignored && flare_handled && not flare_ignored && not premature_clear && not unverified_dm && last_update_minute >= flare_minute:
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
{salary_ok: Yolanda posts her rent receipt: "the bank has paid my late surcharge".|Most customers got their money and their fees back without having to ask.}
Even the afternoon's double charges were answered and explained before they could start a second fire.
{plan_redesigned: The promised review is already on the agenda: no updates near payday, a way back for every change and a public status page.|{escalated: Your manager, who was in the loop from the start, asks you to write the lessons of the day into the new crisis plan.|Your manager finds out in the evening how well it went, and asks you to bring them in from the start next time.}}
-> END

= weathered
# ending: weathered
Weathered, with scars
The service came back and the anger faded, but "Alcancía" and "outage" will show up together in searches for a long time.
{redress_given > 0: Some customers got their compensation; others are still waiting for someone to call them.|Nobody was compensated for the fees and the bad moments, and customers remember it.}
{premature_clear: The bank declared the failure fixed too early, and every later "it works again" was read with a screenshot beside it.|{unverified_dm: Someone asks in a thread how the bank knew it was talking to Yolanda and not someone else; nobody at the bank can answer.|{worried_ignored: Nerea, who only asked whether her savings were safe, never got an answer. She moved them to another bank that same afternoon.|{statements == 0: There was never a statement for everyone: each customer had to dig the facts out of someone else's thread.|{competitor_attacked: Finamar turns your jab into an ad: "Our app works. And we don't talk about anyone else."|{lied: Every time the bank speaks, someone replies with a screenshot of what it said that morning, which wasn't true.|Time to review the crisis plan before the next system update.}}}}}}
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

// ─────────────────────────────────────────────
// Injects: the facilitator drops these into a live workshop (sidecar "injects"). Each knot's
// first line, tagged `label: inject`, is the console's name for it; it is never posted.

// A radio journalist calls: she wants someone on air. Honest and concrete beats "all is well".
=== radio_call ===
# label: inject
A journalist's call: Radio Costa wants the bank on air
# author: olga
# id: radio-open
# kind: press
# patience: 120
I host the morning show on Radio Costa. @bancoalcancia, can someone from the bank come on air in twenty minutes to explain the outage? Listeners are calling in: they can't pay their rent.
* [Hi Olga, thank you for asking us first. Yes: our head of customer service will come on air. We won't guess at the cause before we know it, but we'll tell listeners what we're doing and when the next update is. Messaging you privately. # quality: acknowledges # quality: promises_update # quality: offers_private # quality: human_tone # model: true]
    ~ promised_update = true
    # author: olga
    # after: 40
    Perfect, we'll keep the slot. Listeners will appreciate hearing it from the bank itself.
    -> DONE
* [Hi Olga. Everything is under control: the service will be fully back within minutes, so there's really no need for a segment. Your listeners can rest easy: their money and their payments are perfectly safe, guaranteed. # quality: premature_all_clear # quality: over_promises # quality: minimises]
    ~ premature_clear = true
    # author: olga
    # after: 25
    Within minutes? I'll say that on air, then. And I'll check in an hour whether it was true.
    -> DONE
* [No comment. Please send your questions to our press office by email. # quality: dismisses # quality: canned]
    # author: olga
    # after: 20
    On air in twenty minutes: "Banco Alcancía declined to explain the outage to its customers".
    -> DONE
* [The outage comes from our technology provider: please direct your questions to them. # quality: blames_third_party # quality: defensive]
    # author: olga
    # after: 20
    Your customers don't have an account with your provider. They have one with you.
    -> DONE
* [# on: ignored]
    # author: olga
    # after: 5
    We asked Banco Alcancía to come on air and explain the outage. No answer. Listeners, keep calling.
    -> DONE
* [# on: deleted]
    # author: olga
    # after: 10
    The bank has deleted my request to come on air. I'll mention it on the show.
    -> DONE
