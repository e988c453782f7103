import type { LearnedData } from './learned';

// Written by `npm run -s train:grader` (src/cli/train-grader.cli.ts) from the gold set's tune part
// only (thresholds chosen on its newest round, read by models trained on the rounds before it); do
// not edit by hand. Weights, biases and thresholds are logits times `scale`.
export const LEARNED_EN: LearnedData = {
  lang: 'en',
  scale: 10,
  minEvidence: 10,
  minWords: 12,
  cues: {
    you: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd", 'ur', 'u'],
    weWill: [
      "we'll",
      'we will',
      "we're going to",
      'we are going to',
      'we shall',
      "we'd like to",
      'let us',
      "let's",
    ],
  },
  qualities: [
    'apologises',
    'acknowledges',
    'empathises',
    'explains',
    'admits_error',
    'next_step',
    'promises_update',
    'offers_private',
    'offers_redress',
    'asks_details',
    'thanks',
    'rewards',
    'human_tone',
    'calm_boundary',
    'defensive',
    'blames_customer',
    'cites_policy',
    'sarcastic',
    'attacks_competitor',
    'feeds_troll',
    'dismisses',
    'deceives',
    'belittles',
    'non_apology',
    'apology_then_blame',
    'minimises',
    'blames_third_party',
  ],
  bias: [
    -56, -53, -62, -32, -63, -56, -62, -59, -38, -61, -49, -64, -34, -60, -20, -32, -37, -38, -33, -34, -8,
    -42, -18, -46, -54, -41, -44,
  ],
  threshold: [
    -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -10, -10, -10, -10, -10, -10, -10, -10, -10, -10,
    -10, -10, -10,
  ],
  weights:
    "c:genuine_complaint 211 54 810 95 d-8 g6 i-8 o10\nc:outage 312 4-6 86 l10 q8\nc:positive 1-7 3-23 5-7 6-7 8-7 a37 b14 c19 e-17 f-14 h-9 i5 l-6 m-6\nc:press 1-13 310 613 c-14 e8 l8\nc:rude_agent 14 3-9 412 c-9 e8 f5 n13 p7\nc:troll 36 5-12 6-8 96 c9 d35 e-10 f-10 h18 j38 m13 p-12 q-7\nk:contrast 05 34 d6 k-7 l-10 n-6 o10\nk:mark h34 j16 m14\nk:question 8-5 c4 f5 h10 i13\nk:time 05 115 27 310 529 610 85 99 b-7 c7 e-15 f-18 g-15 i-9 j-6 k-11 l-19 m-10 n-5 o-10 q-6\nk:unconfirmed 3-20 4-13 5-6 b-4 e7 f12 g9 l14 p7 q5\nk:we_will 611 85 f-10 m-5 o-6\nk:words15 d-7 h6 p7\nk:words40 8-4 c4 n5\nk:wordsmore 1-4 310 m-5 n-7\nk:you 15 24 57 8-6 e-6 j7 k-4 m4 p-4\nn:a 47 54 c-5 k-7\nn:accept 36\nn:and 2-11 35\nn:anyon l5\nn:be 14\nn:been l9\nn:by e7 l4 q8\nn:charg 815\nn:comment k15\nn:decision 38 65\nn:further k10\nn:have 3-8 5-7\nn:need 1-5\nn:our e13 l6 q5\nn:the 36 f5\nn:yet 24 37\nn:you 16 44\nn:your 15\np:and 1-9 3-4\np:as 09 g4 o5\np:at o6\np:check f6\np:doe g5\np:in p4\np:is 3-7 4-7 e5 q4\np:it 1-6 a4 e5\np:need m6\np:no m7\np:of p9\np:order f4 o7\np:our g4 p-6 q6\np:that e4\np:the c-4 e6 f11 o6\np:to c-6 o9\np:wa p4\np:you 1-5 84 d-5\ns:000 17\ns:1 14\ns:10 e-5\ns:100 5-7\ns:150 87\ns:20 35\ns:24 p4\ns:2pm 2-6\ns:30 54\ns:3pm 18\ns:50 84\ns:7 c-7\ns:8 54\ns:9 e6\ns:a 05 57 9-4 c8 k-6 p13\ns:about 2-6 d6 o6 p9\ns:absolut l7\ns:account 8-4\ns:across c-6\ns:ad 16 418\ns:add k13\ns:address 95\ns:affect 54 e-4\ns:after 2-5 55\ns:again k10\ns:against 85\ns:agenc q18\ns:agreement g12\ns:ah c8\ns:aisha 19\ns:all 1-4 5-5 a-7 f-6\ns:alwai e6 p5\ns:an c-6 f5\ns:and 05 29 38 410 513 66 d7 f-6 k-8 q-6\ns:ani 2-4 k-7 n15\ns:annoi 18\ns:announc 39\ns:answer 310 56\ns:anyon 54\ns:apolog 44\ns:apologis 021 415 o5\ns:appeal k4\ns:ar 8-7 e6 g4 l10\ns:area 310\ns:as 5-16 e9 g11 k6 n6 o5\ns:ask 18 d5 f14 g4 o9\ns:assur k5\ns:at 57 d-9 f6 g5 k-5\ns:aw 27 94\ns:awai e-5\ns:back 34 c7\ns:batch 28\ns:be c4 l-9\ns:becaus 37 p-4\ns:been 35 56 m-7 q-6\ns:befor 54 86 c-4 e8 f5 j11\ns:ben c4\ns:bit 5-8 p14\ns:book 14\ns:both 215\ns:bring 85\ns:but d4\ns:by f-7 k4 o-7 q11\ns:call 6-4 8-9\ns:can d-5\ns:can't 4-4\ns:cancel 16 27 37 e-7 f-4\ns:cannot g8\ns:card 86\ns:caus n18 q7\ns:chang 55 68\ns:charg 89 l6\ns:chase 19 4-9\ns:check 04 2-8 b9\ns:cheer a9\ns:claim e9\ns:class e8\ns:coffee' b8\ns:collect d5\ns:come 8-4 d6 e9\ns:comment p7\ns:commit e-10\ns:commun g11\ns:competitor i15\ns:complet e7 k7\ns:compli g8\ns:condition f8 g10\ns:confirm f9\ns:congratul k7\ns:contact p5\ns:context e7\ns:contract g12\ns:contractor q17\ns:control e10 q10\ns:could 57 99 p5\ns:coupl f8 m8\ns:courier 85\ns:creator' q8\ns:credit 812\ns:critic d9\ns:custom a-5 c-7 g-4 q-4\ns:cut 38\ns:dai 14 46\ns:dana q7\ns:date 17\ns:dealt k7\ns:dear g4\ns:delai q9\ns:deliveri 29\ns:deposit g9\ns:design k10\ns:did c-4 e4\ns:directli 34 65 9-4\ns:dm 26 4-8 56 763 87 924\ns:do 1-5 e6 f9 o6 q7\ns:doe 87 f4 g4 o16\ns:don't 38 4-7 k4 q-8\ns:door 1-8 e5\ns:down 8-7 c6 q4\ns:eh i4\ns:els m12\ns:email 55 6-6 8-11 e8\ns:employe m7\ns:engin 24 66\ns:equal g6\ns:even 47\ns:ever 110 l13\ns:everi 35 85 c-5 e5 f6\ns:everyon 46 85\ns:explain 9-4\ns:fail 37\ns:failur e6\ns:fair 119 45\ns:fall e12\ns:famili 211\ns:far 38\ns:fault 39 54 c-4\ns:feedback a-5 c-10\ns:feel 0-13 n20\ns:figur 35 c8\ns:find 14 35 68\ns:fine l11\ns:finish e4\ns:first g7\ns:fit c-5\ns:fix q10\ns:flight 96\ns:follow 0-4 e4 g7 n13\ns:for 6-4 9-8 f4 o4\ns:former m11\ns:free 2-5 6-9 818 b10 c6\ns:fridai 2-7 512\ns:from 54 p-5\ns:full 65 e-4\ns:fulli 5-7 m4\ns:futur g9\ns:georg m6\ns:get 17 810 p-5\ns:got l11\ns:guarante k4\ns:gui m4\ns:guidelin g17 k9\ns:ha e-4 m7\ns:had 1-7 5-5 e7 q4\ns:hadn't 36\ns:half m11\ns:hand 510 6-4 m11\ns:handl k5\ns:hannah 35\ns:happen 94 d4 e-4\ns:happi c9 d7\ns:have 2-5 9-4 e9 l8 m6\ns:he c8\ns:hear 15 o8\ns:her 46 510\ns:here 14 5-7 622 8-5 p-4\ns:hi 2-9 3-6 4-4 e10 g5 k4 p6 q6\ns:him 15 44 85\ns:home d4\ns:honestli c9 p6\ns:hope 228\ns:hour g8\ns:how 47 510\ns:i'll 2-5 34\ns:i'm 08 29 c-12 e6\ns:if 0-10 6-7 911 d10 e5 j-7 m-8 n9\ns:in 25 f4 m4\ns:incid p7\ns:includ 8-6\ns:inconveni n20\ns:independ e6\ns:individu e8 g9\ns:inspect 1-8 3-8 e9\ns:is 16 27 34 8-4 j-5 m-7\ns:isn't 17\ns:isol p8\ns:issu 16\ns:it 18 54 e-5 o-4\ns:it' 19 36 p11\ns:joke e6 p12\ns:judg c4\ns:june e8\ns:just 3-7 6-6 99 c5 e-5 f5 o6\ns:kerri p9\ns:know 120 4-7\ns:label f5\ns:last 38\ns:least e-5 g5\ns:leav d4\ns:let c9\ns:line f-4 g6\ns:littl f9\ns:locker c9\ns:long l7\ns:longer 18\ns:look 44 m7\ns:lose 28 44\ns:lost 47\ns:lot c11\ns:love c18\ns:made 5-5\ns:mai 5-9\ns:manag 3-10 57 8-6 96 c-8\ns:mate j11 m6\ns:mayb 37 e8 f6 j8 m12\ns:meant e12 n11\ns:member c-7 f8 m6 p-5\ns:minut 28 c-5\ns:miss 49\ns:mondai 3-5 e-7\ns:month 49 c10\ns:more c9\ns:morn 25 5-4 c6\ns:move p5\ns:much c9\ns:must 1-7 24\ns:natur p11\ns:network k5\ns:never i5 l14 p-5\ns:new 46\ns:next 66 9-10 b13\ns:night' 26\ns:no 84 g-4 l11 q-7\ns:nobodi 312\ns:none l13\ns:normal f4 l7 p7\ns:not 111 2-6 34 45 e6\ns:note g12 k9\ns:noth l5 p7 q8\ns:notic g7\ns:now c12 p4\ns:number 8-4 c-5\ns:occasion p6\ns:of a-4 p5 q-6\ns:off p4\ns:oh c8\ns:on 36 b5 c4 l5 n-8 p-4\ns:onc 69 9-6\ns:one' 411\ns:onli p6\ns:oper k4\ns:or 86 9-8\ns:order 1-9 58 86 f10 o10\ns:our 1-4 8-4 a-5 e10 g5 h-13 j-6 l4 m-8 q6\ns:out 57 84 g4\ns:outsid q5\ns:over e8\ns:own 86 q8\ns:page 84\ns:pai 34\ns:pain g7\ns:parcel p8\ns:parent g6\ns:partner q12\ns:patienc k7\ns:payment 17 24 k5\ns:peopl m12\ns:perfectli f6 l7 p4\ns:person 47\ns:phone d7\ns:photo 47 95\ns:pleas 1-9 97 c-4 k12\ns:polic 24\ns:polici g21\ns:pop b9\ns:post 210 612 k6\ns:problem 14 e-5\ns:product 1-5\ns:profession l9\ns:promis 39 5-4 c11\ns:properli 16\ns:provid 3-9 57 k10 q11\ns:publish 17 35 59 68\ns:purchas 54\ns:push i12\ns:put 46 56\ns:ramp 68\ns:reach 25\ns:read c11\ns:realli 211\ns:rebook 87\ns:receiv f6\ns:recommend f5 p9\ns:record f6\ns:refund 2-4 47 835 e-6\ns:regret n13\ns:regul g19\ns:remov k12\ns:replac 519 811\ns:repli 04 14 2-11 47\ns:report 34 66\ns:resolv p5\ns:respons q11\ns:review 65\ns:right 113 34 410 54 e-4\ns:ring 311\ns:road 96 i11\ns:roughli 16\ns:router f8\ns:rude f7\ns:run 34 c7\ns:safe l5\ns:safeguard 17\ns:safeti 3-7 8-8\ns:sai 48 e-5\ns:said 17 44 95 e-4\ns:schedul 24\ns:season p4\ns:section k7\ns:send 812 912 e6 q4\ns:sent 011\ns:serious 126\ns:server 1-4\ns:servic 1-4 84\ns:set g6\ns:share 27 3-4\ns:shop 1-5\ns:should 418 810 p4\ns:shouldn't 19\ns:shout m7\ns:show 4-9\ns:side f6\ns:sign f6 g13 o5\ns:simpli e6\ns:sinc 39 4-8 e4\ns:sit f6\ns:site 55\ns:six 25\ns:small e5\ns:so 1-6 27 84 c6 g-6\ns:social e-8\ns:some 16 38 f7 i10 m13\ns:someth 96\ns:sorri 063 410 c4 d-7 e-6 k-11 l-11 m-11 n15 o21\ns:sort c14\ns:sound f5 h5 j11\ns:specif 98\ns:spread e5\ns:stai 3-9\ns:standard e5\ns:start 15 l5\ns:state g8\ns:still 5-10 8-9 p5\ns:stock 34\ns:store 3-6 59 e8\ns:stress p7\ns:struggl 27\ns:supplier q8\ns:swap c11\ns:system 5-5 k5\ns:take 4-7 58\ns:team c-5 d-6 f-7 k-5\ns:tell 4-4 910\ns:term g23\ns:than i12\ns:thank 1-10 5-7 8-10 a36 b14 c16 f-7 i4 k-11 p-6\ns:that 04 c5\ns:that' 16 28 c7 f-10 g-4\ns:the 37 a5 m-4 q6\ns:their 4-5 f4\ns:them 4-5 94 g-6 m-5 p-4 q16\ns:there e8 f6 l10\ns:these e8\ns:thi 2-5 a6 c4 e4 m-6\ns:though 16 88 f6 o6 p5\ns:three 19 86\ns:thursdai 56 c-4 e-5\ns:ticket 14 8-5\ns:time 14 f9\ns:to c-4 d5 e-6 i-4 k4 l-5 o6\ns:todai 26 56 88 c4 p-4\ns:told 8-4 9-4\ns:tomorrow 58 87\ns:tone o9\ns:tonight 4-5\ns:trace 210\ns:track 3-4\ns:trip c5\ns:try f7 l6\ns:turn 5-5\ns:two 24 46 l5\ns:ugh c16\ns:unabl k12\ns:unaccept 812\ns:under 34 g6\ns:unlik i32\ns:up 45 c6 g-5\ns:updat 214 620 e-6\ns:upset 94\ns:us 15 3-7 48 712 923 a4 b6 p-7\ns:usual e7 f9\ns:vari p6\ns:veri f4\ns:wa 414 86 e4 k-4 l-4 m-4 p8 q4\ns:wait 68 c-4\ns:waiv 89\ns:want 54\ns:warehous 38\ns:wasn't q9\ns:we 34 47 f-11 m-5 n4\ns:we'd d7\ns:we'll 615 85 f-8 g-7\ns:we'r 45 67 f-5 p-6\ns:we'v 15 24 36 b9 e-8 f-7 g-6 m-9 n-6\ns:websit 64\ns:wed o8\ns:week 14 2-7 45 d-4\ns:weekend 26\ns:welcom d9\ns:well 28\ns:went 36\ns:were 1-7\ns:what 35 510 615\ns:where f4\ns:whether 87\ns:which 95 i7\ns:while 3-6\ns:who 3-4 85 e-7 f-8 k-5 q4\ns:whole c5\ns:why 34 8-8 96\ns:will 26 65 84 c-5 e-9 f-6 o-7 q-8\ns:with 26 c-7 n-4\ns:within 98\ns:without 24\ns:won't 16 54\ns:work 8-9 c-11\ns:world m8\ns:worri 36 5-7 l4 p10\ns:worst 26 c7\ns:worth m12\ns:would e6 q7\ns:wrong 419 d12\ns:ye 112 316 66 85 p-4\ns:yeah 18 c15\ns:year c4\ns:you e-6 p-5 q-7\ns:you'd c7 d7\ns:you'll k4\ns:you'r 118 3-6 84\ns:you'v 95\ns:your b5 p5",
};
