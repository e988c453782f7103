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
    -55, -54, -57, -34, -64, -58, -64, -61, -37, -62, -49, -68, -31, -57, -18, -32, -36, -38, -33, -39, -6,
    -43, -21, -49, -56, -40, -41,
  ],
  threshold: [
    -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -10, -10, -10, -10, -10, -10, -10, -10, -10, -10,
    -10, -10, -10,
  ],
  weights:
    "c:genuine_complaint 27 55 810 95 d-7 f5 g6 i-7 o12\nc:outage 311 4-7 85 l13 q9\nc:positive 1-5 3-21 5-9 6-7 8-7 a37 b15 c20 e-17 f-11 h-8 m-5\nc:press 1-14 38 613 c-15 e7 l9 q4\nc:rude_agent 3-8 413 c-13 f6 n12 p5\nc:troll 38 4-10 5-12 6-6 96 c8 d37 e-10 f-12 h18 j37 m12 p-14 q-7\nk:contrast 85 d5 f5 l-9 n-7 o11\nk:mark 3-4 c-4 h33 j18 m17\nk:question 8-4 h9 i13\nk:time 115 25 38 530 69 87 98 c7 e-16 f-18 g-14 i-10 j-7 k-11 l-19 m-10 o-10\nk:unconfirmed 15 3-19 4-15 5-4 e7 f11 g8 l16 p5 q7\nk:we_will 56 611 f-8 m-6 o-5\nk:words15 h5 p8\nk:words40 8-5 c4\nk:wordsmore 310 85 n-5\nk:you 14 26 3-4 54 e-6 f4 j8 k-4 m4\nn:a 47 c-4 f-7 k-5 p5\nn:and 14 2-10 36\nn:be 15\nn:been l8\nn:by 4-4 q9\nn:charg 814\nn:comment k14\nn:decision 38\nn:everyon c6\nn:forget k6\nn:further k10\nn:have 3-6 5-5\nn:know 35\nn:on 34\nn:our e18 l6 q12\nn:the 35 f5\nn:what 1-4\nn:yet 38\nn:you 16\np:12 q7\np:and 1-6 3-6\np:anyon 16\np:as 09\np:at o6\np:be e-7\np:is e7\np:it a5 e4\np:need m6\np:no m6\np:of p11\np:on f6\np:order f5 o6\np:our 15 2-8 p-5 q5\np:that e4\np:the e6 f9\np:thei 17\np:to m7 o7\np:two c5\np:us g4\np:you 1-5 88 d-9\np:your 1-5 o6\ns:000 16\ns:1 16\ns:100 5-7 85\ns:150 86\ns:2pm 2-5\ns:3pm 18\ns:5 86\ns:50 84\ns:6 54\ns:7 e4\ns:8 24\ns:a 04 56 9-5 c5 k-5 p12\ns:about 2-5 d6 o6 p4\ns:absolut l7\ns:accept n9\ns:access g7\ns:across p10\ns:ad 18 416\ns:add k13\ns:address 94\ns:after 54\ns:afternoon 15\ns:again k10\ns:agenc q16\ns:agreement g12\ns:ah c10\ns:ahead g5\ns:aisha 18\ns:all 1-4 3-4 5-4 f-5 g4 l4\ns:alreadi l4\ns:alwai 0-4 d5 e8 k-6\ns:an c-9\ns:ana q4\ns:and 06 27 37 49 59 66 d7 f-6 k-6\ns:ani 2-5 k-6 n18\ns:annoi 18\ns:announc 39\ns:answer 39 55 p-4\ns:anyon 0-4\ns:apolog 44\ns:apologis 020 416 55 o5\ns:approv f4\ns:ar 4-5 8-4 e7 l7 m4 p4\ns:area 38\ns:as 1-4 3-4 5-13 e8 g9 k9 n7 o7\ns:ask 17 d5 f14 o7\ns:at 57 d-8 f6 g6 k-7\ns:aw 210 94\ns:back 36 c6 q-5\ns:batch 26 64\ns:be c4 l-10\ns:becaus 37 45 p-4\ns:been 35 55 m-6 q-7\ns:befor 54 c-5 e9 f7 j9 k-4\ns:best e5\ns:bin m5\ns:bit 5-7 p12\ns:book 15 e-4\ns:both 213\ns:bought 47\ns:bring 1-5 59 86\ns:busi e9\ns:but d6\ns:by 2-4 44 f-7 o-6 q10\ns:call 44 8-8\ns:can c-5\ns:can't 2-6 36 55 d5\ns:cancel 16 24 35\ns:cannot g7\ns:care e-6 o7\ns:caus n18 q6\ns:chang 68 c-4\ns:charg 56 87 l7\ns:chase 19 4-10\ns:check 2-7 b8 f5 o4 q-4\ns:cheer a9\ns:chloe 84\ns:claim e8 l6\ns:class e10\ns:clear e4\ns:club c8\ns:coffee' b7\ns:colleagu e6\ns:collect d4\ns:come 34 8-4 d5 e4 q-4\ns:comment k6 p4\ns:commit e-9\ns:commun g9\ns:competitor i15\ns:compli g8\ns:condition f6 g8\ns:confirm f8\ns:contact 14 p4\ns:context e11\ns:contract g12\ns:contractor q16\ns:control e10 q9\ns:could 910 e5 p9\ns:coupl f10 m5\ns:cover 88\ns:creator' q8\ns:credit 811\ns:critic d7\ns:custom 84 c-6 g-4 q-4\ns:dai 46\ns:dana q6\ns:date 19\ns:definit 5-6\ns:delai 5-7 q8\ns:deliveri 29\ns:deposit g8\ns:design k9\ns:detail 36\ns:dev 16\ns:didn't 47\ns:directli e4\ns:dm 28 4-7 6-6 762 85 926 f-7\ns:do 1-4 e7 f7 q4\ns:doe o15\ns:don't 36 4-9 8-4 c-5 k5 q-9\ns:down 54 8-7 c8 p-4\ns:driver e6\ns:due k4\ns:each 34\ns:els m10\ns:email f6\ns:employe m8\ns:engin c-6 p-4\ns:ever 19 l12\ns:everi 85 c-5 e5 f7\ns:everyon 44 c-5 q-5\ns:exchang 5-5\ns:extrem e8 l10\ns:fail 36\ns:failur e5\ns:fair 119 44 e-4 g-4\ns:fall e13\ns:famili 210\ns:far 47 5-4\ns:fault 4-8\ns:feedback c-9\ns:feel 0-13 n16\ns:figur c8\ns:find 14 36 68\ns:fine e5 l9\ns:firm e8\ns:first 85 e5 g5 p4\ns:fix c4 q6\ns:flight 96\ns:floor l6\ns:follow 0-4 g7 n13\ns:for 9-8 f4 o5\ns:former m10\ns:free 2-7 6-10 817 b10 c4\ns:fridai 2-8 54 68\ns:from 35 55 c4 p-7\ns:full 66 e-7\ns:fulli 5-7 e4 k-6\ns:futur g9\ns:game 1-6\ns:genuin c4\ns:georg m5\ns:get 18 811\ns:give 2-4\ns:glad k4\ns:go 54\ns:gone 16\ns:got l9\ns:guest c-4\ns:gui c5\ns:guidelin g15 k8\ns:gut q7\ns:ha 24 e-5 m6\ns:had e6\ns:hadn't 35\ns:half m9\ns:hand 512 e7 m11\ns:happen d4 e-4\ns:happi c5 d7\ns:have 2-4 9-4 e6 l5 m4\ns:he c9\ns:hear 15 o9\ns:help 37\ns:her 45 57\ns:here 623 8-4 p-4\ns:hi 2-6 3-5 4-4 c-5 e7 g5 p4\ns:him 87 c10\ns:honestli p6\ns:hope 228\ns:hour 84 g7\ns:how 46 510\ns:i'll 14 2-7 610\ns:i'm 07 1-8 211 c-17\ns:i'v 114\ns:if 0-9 6-8 910 c5 d9 e6 n7\ns:in 27 f4\ns:incid p6\ns:inconveni n22\ns:independ e5\ns:individu g9\ns:inspect 1-6 3-8 e9\ns:intern k7\ns:into e-5\ns:is 15 28 j-5 k5 m-6\ns:isol p7\ns:issu 16\ns:it 16 57 m4\ns:it' 110 p11\ns:joke e6 p13\ns:june e8\ns:just 3-6 6-7 99 f4 l5 o8\ns:kate l4\ns:kerri p7\ns:kid 310 810\ns:know 116 4-7\ns:label 5-5\ns:last 38\ns:late 5-4\ns:left f-4\ns:let 54\ns:limit p4\ns:line g6\ns:littl f6\ns:live 14\ns:locker c7\ns:log e-5\ns:long 2-8 l7\ns:longer 17\ns:look 44 j8 m9 q-4\ns:lose 27 44\ns:lost 45\ns:lot 67 c9 m-6\ns:love c15\ns:mai 5-7 n6\ns:make e-7\ns:manag 3-6 510 8-6 95 c-9\ns:mani 16\ns:marcu 15\ns:mate d-4 j10 m6\ns:materi l7\ns:matter k4\ns:mayb 37 e7 f7 j7 m12\ns:meant e9 n10 p4\ns:member c-8 f9 m7\ns:mention o6\ns:minut 27 c-4\ns:miss 47 5-5 p7\ns:mistak 44 c7\ns:mondai 3-5 e-5\ns:month 48 c9\ns:morn 36 c7\ns:move p4\ns:much c8\ns:must 1-6 8-5\ns:natur p10\ns:never l13 p-5 q-5\ns:new 34 45\ns:next 66 85 9-10 b13\ns:night' 27\ns:no 44 86 96 g-4 l11 n-4 p4 q-4\ns:nobodi 311 d4\ns:none l9\ns:normal l6\ns:not 17 2-5 44 e7\ns:note g11 k8\ns:noth p7 q7\ns:notic e4 g6\ns:now 8-7 c9 p5\ns:number 34 8-4 c-4\ns:occasion p5\ns:of p5 q-6\ns:off p4\ns:oh 211 c6\ns:ok c4\ns:old c7\ns:on 35 b7 n-6 p-6 q-4\ns:onc 68 9-6\ns:one' 410\ns:onli p8\ns:oper g5\ns:or 14 2-7 84 9-7 e-6 q-5\ns:order 1-9 54 85 f7 o7\ns:our e7 g5 h-13 j-5 m-7 q6\ns:out 1-4 56\ns:outsid q8\ns:over e5\ns:own c4 q5\ns:pai 34\ns:pain g6\ns:parcel p5\ns:parent g5\ns:partner q11\ns:patienc k7\ns:payment 16 24\ns:peopl m11\ns:perfectli f5 l7\ns:person 47\ns:phone d6\ns:photo 47 95\ns:plai 27\ns:pleas 1-8 97 c-6 k13\ns:plenti p5\ns:polici g22\ns:pop b8\ns:post 29 612 d-4 k4 p-6\ns:pressur e6\ns:product 1-4 e7\ns:profession l9\ns:profil 15 57\ns:promis 37 c10\ns:properli 17\ns:provid 3-7 55 q11\ns:publish 18 34 57 69\ns:pull p4\ns:push i12\ns:put 48\ns:question 34\ns:reach 25 84\ns:read c7\ns:real 19\ns:realli 24\ns:rebook 85\ns:receipt 95\ns:recommend f8 p7\ns:refund 2-6 45 833 e-6\ns:regret n13\ns:regul g21\ns:remov k9\ns:replac 513 811\ns:repli 15 2-9 47\ns:report 66\ns:reprint f5\ns:respons q9\ns:right 115 410 56 e-5 p-4\ns:ring 38\ns:road 97 i12\ns:roughli 16\ns:router f7\ns:rude f7\ns:run 310 g-4\ns:safe l5\ns:safeguard 15\ns:safeti 3-7 8-9\ns:sai 46 e-7\ns:said 16 46 95\ns:same 14\ns:schedul 24\ns:school j7\ns:section k7\ns:send 815 911 e7\ns:sent 010\ns:serious 126\ns:session 54 g9\ns:set 24 g5\ns:share 28\ns:short 5-6\ns:should 35 417 54 87 p7\ns:shouldn't 110\ns:shout m6\ns:show 4-8 f4 o6\ns:sign 9-6 f5 g11\ns:sinc 24 39 4-8 8-4\ns:sit 3-4 f5\ns:site c-4\ns:six 24\ns:size k9 p4\ns:small e6\ns:so 1-6 25 5-5 84 c5 g-6 p5 q4\ns:social 89 e-9\ns:some 18 39 f6 i15 m11 q-5\ns:someth 94\ns:soon 65\ns:sorri 064 3-4 410 86 c5 d-8 e-6 f4 k-12 l-9 m-12 n14 o22\ns:sort c13\ns:sound h5 j11\ns:specif 98\ns:spread e4\ns:stai 3-10\ns:standard e9\ns:state g12\ns:still 1-4 5-9 8-9\ns:stop 8-6\ns:store 512 e6\ns:supplier q10\ns:swap c9\ns:system 5-5\ns:take 3-4 4-7 510 8-6\ns:team c-4 f-5\ns:tell 910 c4\ns:term 8-8 g23\ns:than i11 m5\ns:thank 1-9 5-8 8-11 a37 b16 c13 e-5 f-8 k-13 p-6\ns:that 06 44 94 c6\ns:that' 19 210 e-5 f-7 p-4\ns:the 36 a4 m-6 q8\ns:thei f4\ns:their 4-7\ns:them 16 24 4-5 94 m-6 q21\ns:then 86\ns:there e5 f5 l9\ns:these e11 l4\ns:thi 2-5 a6 f-6 h-6 o-6\ns:think 5-4\ns:though 17 86 f7 o8 p7\ns:thread 84\ns:three 112 86 c-5\ns:thursdai c-5\ns:ticket 8-7\ns:time 15 f9\ns:to 6-4 c-5 d5 e-5 i-5 o5\ns:todai 26 57 87\ns:tomorrow 24 56 85\ns:tone o10\ns:too c5\ns:touch 25\ns:trace 29\ns:try f7 l5\ns:two 24\ns:ugh c16\ns:unabl k8\ns:unaccept 87\ns:under 35\ns:unlik i30 l4\ns:up 45 c7 f-5 g-7\ns:updat 215 36 617\ns:us 16 3-6 46 713 923 b5 d4 j-5 p-4\ns:usual e7\ns:van q4\ns:vari p4\ns:veri f4\ns:wa 414 5-4 84 e4 p9\ns:wait 65 c-5 f-5\ns:waiv 86\ns:want 26\ns:warehous 38\ns:wasn't e7 q7\ns:we 49 f-10 m-4\ns:we'd 5-4 d6\ns:we'll 614 84 f-6 g-8\ns:we'r 34 45 65 p-8\ns:we'v 16 26 39 9-6 b10 c5 e-7 f-8 g-7 m-8 n-7\ns:websit d5 k4\ns:week 2-4 45 q5\ns:weekend 26\ns:welcom d8\ns:well 25\ns:went 38 5-8\ns:what 35 510 614 q-5\ns:whatev 34 d8\ns:when f4\ns:where l8\ns:whether 86\ns:which 95\ns:while 3-4\ns:who 810 e-4 f-8\ns:whole c10\ns:why 8-7\ns:will 27 84 e-9 f-8 o-6 q-9\ns:with 27 c-7\ns:within 96\ns:without 14\ns:won't 19\ns:work 8-9 c-13 f8\ns:world m8\ns:worri 35 5-5 l4 p9\ns:worst 25 c8\ns:worth m11\ns:would e5\ns:wrong 418 55 d12\ns:ye 112 314 65 88 q-4\ns:yeah 110 c15\ns:year 8-4\ns:you e-6 p-7\ns:you'd d6\ns:you'r 116 44 p-6\ns:you'v 15\ns:your b6 p7",
};
