import type { LearnedData } from './learned';

// Written by `npm run -s train:grader` (src/cli/train-grader.cli.ts) from the gold set's tune part
// only (thresholds chosen to read its later rounds well too); do not edit by hand. Weights, biases
// and thresholds are logits times `scale`.
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
    -51, -51, -56, -28, -61, -52, -55, -55, -36, -53, -43, -57, -36, -47, -14, -28, -32, -35, -33, -29, -11,
    -31, -18, -42, -51, -41, -37,
  ],
  threshold: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  weights:
    "c:genuine_complaint 210 55 6-8 89 a-6 b-6 c-6 d-8 g6 i-10 j-5 k7 l-6 o5\nc:outage 314 84 f7 l10 m-5\nc:positive 1-4 3-15 5-9 6-4 8-10 a36 b12 c18 d-6 e-13 f-11 h-11 i5 j-6 l-6 m-5 q-5\nc:press 1-8 2-5 311 612 c-11 e7 i5 k4 l4\nc:rude_agent 16 2-6 3-13 49 9-4 c-10 e7 f6 n10\nc:troll 1-6 5-10 6-8 a-4 d31 e-6 f-11 h18 j34 m8 o-4 p-7 q-5\nk:contrast 15 d5 k-4 l-5 o15\nk:mark d-7 g-5 h38 j16 m13\nk:question 8-7 h10 i16 o5\nk:time 115 24 37 534 614 813 98 b-4 d-8 e-16 f-21 g-17 h-6 i-8 j-5 k-16 l-23 m-9 o-15 q-4\nk:unconfirmed 3-25 4-5 5-8 8-8 9-5 a-5 f8 g7 j-5 l8 p9\nk:we_will 611 85 f-7 l-4 m-7\nk:words15 0-4 2-8 3-4 4-6 5-6 6-8 7-4 9-5 b-6 d-13 m5 p7\nk:words40 8-7 c6 e4 f5 i4 j-5\nk:words5 a-4 k7\nk:wordsmore 1-4 38 84 k-9 m-4 n-5 p-5\nk:you 16 26 3-8 44 95 e-6 f7 p-6\nn:a c-5 k-10\nn:accept 38\nn:and 2-8 35\nn:anyon l5\nn:anyth e4\nn:be 14\nn:been l8\nn:by q7\nn:charg 89\nn:comment k17 m4\nn:decision 310 66\nn:for k4\nn:happen 19 94\nn:have 5-10 l9\nn:need m7\nn:of m4\nn:on 34 54\nn:our e14 i5 k-6 l10 q9\nn:the 2-4 f9\nn:with k7\nn:wonder 25\nn:worri p4\nn:yet 36 55\nn:you 3-4 54\nn:your 18 35\np:a e-5\np:and 1-8 2-4\np:as 04\np:be 5-5\np:check k6\np:have e-4 k6 o5\np:is 1-9 3-7 e4 q7\np:it 4-4 f8 o6\np:need m8\np:no d4 m9\np:of p5\np:our 96 c-4 o7\np:the 8-4 e12 f12 o4\np:thi 54\np:to 08 35 f5 o11\np:todai 28\np:us g6 o7\np:we'll 48\np:with g4\np:you k6\np:your f5\ns:1 15 c8\ns:10am 54\ns:2 14\ns:24 o6 p5\ns:3 c-4 g5\ns:30 55\ns:3pm 110\ns:5 j8\ns:50 84\ns:7 c-4 e8 p5\ns:8 24\ns:9 e10\ns:a 04 35 59 9-7 c5 k-5 l-4 p10\ns:about 2-11 d8 f5 o6 p8\ns:absolut l9\ns:abus e4\ns:access 44 55 85 g9\ns:account 54 6-4 8-4 l6\ns:across 64 n4 p8\ns:actual i4\ns:ad 412 89\ns:add k10\ns:affect 45 55\ns:after 14 2-7 d6 k6\ns:again 5-4 k14\ns:agenc e4 l5 q26\ns:agreement g8\ns:aisha 110\ns:all 1-7 a-7 c4 l4\ns:alreadi l5\ns:alwai 34\ns:an 27 5-5 c-10\ns:and 15 27 39 47 512 66 97 f-8 i-10 j-8 k-8 l-6 n-5 p6 q-10\ns:ani 3-4 4-5 5-4 k-12 m-4 n17\ns:annoi 112 3-5\ns:announc 312\ns:answer 14 38 55\ns:anyon 0-5 55\ns:apolog 58\ns:apologis 015 410 57 n5 o4\ns:ar 1-6 8-10 c-6 e13 h-6 j-9 l8 p-6\ns:area 29 315\ns:around 34\ns:as 1-4 5-19 b5 g16 o10\ns:ask f9\ns:at 14 56 9-8 d-9 e-4 f5 g5 l-8 m4 o5\ns:avail 1-7\ns:aw 26\ns:back 1-4 c16\ns:be 24 l-6\ns:becaus 34 49\ns:been 56 94 m-5 q-5\ns:befor 35 56 e7 j6 k-9 l-4\ns:better i4\ns:between 45\ns:bill f6 l6\ns:bin m9\ns:bit 5-4 p13\ns:board 37\ns:book 19 e-6 g4 k-6\ns:both 214 g5\ns:bought 44 55\ns:bring 85\ns:broke 1-5\ns:but 95 d9\ns:by f-11 o-8 q13\ns:call 6-6 8-4\ns:came 5-4 64 c5 q4\ns:can 26 d-6 p-6\ns:can't 88\ns:cancel 25 e-8 f-5\ns:car i6\ns:card 88\ns:carlo m4\ns:carri q5\ns:caus n14 q4\ns:chang 56 69\ns:charg 18 84 g4 l4\ns:chase 25\ns:check 2-7 84 b7 f7 g-5 l4\ns:cheer a10\ns:chuf c6\ns:claim 24 e12 k7\ns:clear f4\ns:clearli p4\ns:close c-5 e-4 p7\ns:coffee' b11\ns:collect d4\ns:come 1-5 c8 d8\ns:comment c-6 e4 g6 k4 p7\ns:commit e-11\ns:commun g17 k4 l5\ns:competitor i20 l7\ns:complet e10\ns:condition f17 g13\ns:context e6\ns:contract f4 g16\ns:contractor e9 q5\ns:control e13\ns:could 8-5 95\ns:counter e4 f4\ns:coupl f9 g4 m4\ns:cover 85 k4\ns:credit 89\ns:crew 16 54\ns:critic d11\ns:custom 16 a-6 c-6 l-5 p-5 q-5\ns:dai m-4\ns:damag 29\ns:dana q6\ns:date 18\ns:deepli 85\ns:delai 5-5 q4\ns:deliveri c-5 e-4 g4\ns:depot 34\ns:deserv c7\ns:detail 54\ns:did 45 e7 f4 l4\ns:didn't 35\ns:differ f7\ns:directli 35 54 9-4\ns:dismiss m6\ns:dm 28 3-6 4-7 57 6-8 763 86 924 b6 m-4\ns:do 1-7 k8\ns:doe g6 o6\ns:don't 2-5 36 4-7 8-8 d8\ns:done 24\ns:door 1-4 34\ns:doubl c7\ns:down 1-4 34 4-6 59 c10 e-5\ns:drop c8\ns:due 14 3-4 q4\ns:els m11\ns:email 8-7 e6 f5\ns:end 3-8 l4\ns:engin 66\ns:enjoi i5\ns:error l6 q5\ns:even 34\ns:everi 04 1-6 37 85 b-4 c-6 k-7\ns:everyon 04 411 811\ns:exactli b9\ns:explain 48\ns:extrem e16 f7\ns:fail 36 44\ns:failur e6 q5\ns:fair 112 44\ns:fake l7\ns:fall e6\ns:fanci c4\ns:far 39 45 5-9\ns:fault 39 58 c-7\ns:fed 28\ns:fee 44 88\ns:feedback a-11 c-9\ns:feel 0-16 g4 n25\ns:find 14 4-6 54 64 c5\ns:fine l8\ns:first 57 65 f10\ns:fit k8\ns:flight 3-4 84\ns:for 2-6 6-6 85 9-7\ns:form g4 k6\ns:free 88 b14\ns:fridai 14 44\ns:from 35 57 e4 k-5 m11 p-6\ns:full 54 64 e-8\ns:fulli e7 g7 k-7\ns:futur g15\ns:gem c8\ns:georg m9\ns:get 17 3-7 812 c4\ns:good i4\ns:guarante g4\ns:gui m10\ns:ha 1-6 e-8 j-6 k5\ns:had 1-8 37 e5\ns:hand 59 m10\ns:handl 85 q6\ns:happi d7\ns:have 2-6 e10 f6 g-7 l4 m4\ns:he 4-6 c8\ns:hear e-4 k-5\ns:her 0-4 34 413 57\ns:here 4-7 5-5 617 8-6 9-8\ns:hi 3-6 5-9 e9 g7 k10 n7\ns:him 15 47 85\ns:hope 215\ns:hour 36 c4\ns:how 45 513\ns:i 8-7\ns:i'll 14 2-7 39 65\ns:i'm 04 1-8 27 c-7\ns:i'v 17\ns:if 34 914 d8 g-5 j-4 m-7 n4\ns:in 14 28 9-4 g4 k-5 m5 q-7\ns:incid p12\ns:inconveni n20\ns:indefens 38\ns:inspect 1-4 k4\ns:into 8-5 e-4\ns:is 26 8-6 9-4 d-4 j-6 m-7 q7\ns:isn't 19 45 m6\ns:issu e-4\ns:it 17 c-6 d4 o-4\ns:it' 110 34 8-10 c-6 d-5 p19 q-4\ns:jess k5\ns:job m10\ns:just 1-4 3-6 910 c4 e-5 m5 p4\ns:keep 1-6\ns:kerri 0-8 e12 n8 p12\ns:know 119 24 36 4-4 66 8-4\ns:lab q8\ns:label f12\ns:last 36 45\ns:late 66\ns:lead 14\ns:least e-4 g8 j7 o4\ns:let 54 c6\ns:liam k4\ns:like k-5 m7\ns:line e4 k6\ns:locker c6\ns:login 15\ns:long 15 2-4\ns:look 44 e8 m6\ns:lose 211 44\ns:lot c12 i6\ns:love a7 c20\ns:luck i5\ns:mai f4\ns:manag 4-5 511 99 c-6\ns:mani 36\ns:mate j7 m4\ns:mayb e14 f10 j9 l7 m6\ns:meant e9 n11\ns:member f15 m11\ns:membership g4\ns:messag 86\ns:mike 34\ns:minut 27\ns:miss 2-5 412 p4\ns:mistak 44 c5\ns:mondai 57\ns:monitor e5 p6\ns:month 412 85 c6\ns:more 48 i4\ns:morn 16\ns:most f4\ns:much c5\ns:must 1-4 e-4 f4\ns:need k6\ns:network 1-4 k6 q5\ns:never 3-4 j4 k-6 l10\ns:next 29 65 b12 f5\ns:no 96 i4 l9 q-6\ns:nobodi 36\ns:normal k-4 l7\ns:not 115 85 e4 p-4 q7\ns:note g14 k12\ns:noth l10 p10 q7\ns:notic g5 o6\ns:now 8-5 c16 p8\ns:number 27 4-4 96 c-4 e-5\ns:occasion p9\ns:of q-10\ns:off c-4\ns:offic p4\ns:oh 74 c8\ns:old 24\ns:on 34 45 5-5 9-5 b7 c8 e-4 g-4 n-7\ns:onc 66 84\ns:one' 49\ns:onlin e5\ns:open c6\ns:oper g9 k8\ns:or 110 2-8 46 76 88 9-7 e-10\ns:order 59 810 94 e6 f5\ns:origin h5 m4\ns:our 46 8-8 a-5 b-4 e9 g5 h-11 j-5 m-8 p-7 q7\ns:out 56 84 g5\ns:outag e5\ns:outsid k4\ns:over i5\ns:own 810 e7 k4 q8\ns:page g8\ns:parcel c6\ns:park 16\ns:partner k7\ns:pass 5-6\ns:passeng 1-4 g5\ns:patienc k4\ns:payment 19 28 k7 q4\ns:peopl h-7 m11\ns:perform 74 m7\ns:person 3-4 45 54\ns:phone d6\ns:photo 99 c6\ns:pick i6\ns:player 95\ns:pleas 1-11 3-9 94 c-4 k14\ns:polici g15\ns:pop b11 c4\ns:possibl p4\ns:post 29 69\ns:problem 111 e-5\ns:product e4\ns:profession e4\ns:profil 58 c5\ns:promis c9\ns:properli 15\ns:provid 3-7 e8 k8 q14\ns:public m6\ns:publish 16 37 54 69\ns:question 34\ns:reach 24 811\ns:read c4 f5\ns:readi 6-4\ns:realli 25 m4\ns:rebook 85\ns:receipt e6 q8\ns:record f6\ns:refer k5\ns:refund 2-9 412 6-6 831 e-4 p-4\ns:regret n14\ns:regul g13\ns:remov k11\ns:replac 513 810\ns:repli 06 2-10 48 57 9-4 c-5\ns:report 34 m5\ns:request k11\ns:respons e9 q10\ns:result q8\ns:review 34\ns:right 115 49 e-7\ns:ring 313\ns:road 4-8 98 i6\ns:room f7\ns:router f12 l4\ns:rude f6\ns:rumour e4 i6 l4\ns:run 1-7 m5 p4\ns:safeguard 111\ns:safeti 3-7\ns:sai 44 e-6 l5 o5\ns:said 49 95 g4\ns:same 14\ns:screenshot e8 l6\ns:season p6\ns:secur g5\ns:see c4\ns:send 27 810 910\ns:serious 123\ns:server 44\ns:set g6\ns:sewag 45\ns:shop 1-5 g4\ns:should 414 6-5 810 c4 e-4\ns:shouldn't 18 84\ns:shout m8\ns:show b6 e4\ns:side 45 f9\ns:sinc 34 4-7 64 e5\ns:site 510\ns:slot 47 57\ns:so 04 26 84 d-4 g-12 q9\ns:social e-6\ns:some 18 f7 i9 m9 p7\ns:someon c-5 m4\ns:sorri 066 46 e-4 g5 k-9 l-9 m-8 n10 o25\ns:sound f5 h6 j10\ns:specif 15 95\ns:spoken 2-5 k7 q4\ns:spread e7 j5\ns:stai 3-8\ns:standard e12 k-4\ns:station 14\ns:still 1-7 5-7 8-8 h10\ns:stop 8-4\ns:store 14 3-5 c-5 e4\ns:suppli 84\ns:supplier q7\ns:system k7 l6 p4\ns:take 15 2-9 3-4 4-6 55 8-7 c5\ns:taken e5\ns:talk 1-6 p4\ns:team 27 3-4 c-7 d-4 g-6 k-6\ns:tell 4-4 99 a4\ns:term g19 o4\ns:test k-5 q4\ns:text 64\ns:than e-6 i14 m5\ns:thank 1-5 2-4 3-11 5-8 8-9 9-4 a35 b12 c15 e-8 f-9 g-7 k-12 l-7 m-5\ns:that 34 99 c9 f-7 m-6\ns:that' 19 27 c6 e-6 m-4\ns:the 39 q6\ns:their e7 g9\ns:them 14 98 g-6 q15\ns:then 4-4\ns:there 2-4 k-4 l14 p5\ns:thi 6-7 8-4 a6 c5 h-6 j-4 k5\ns:thing 1-5\ns:those m5\ns:though o4\ns:three 15 510 85 c-7\ns:thursdai 58\ns:ticket k7\ns:time 17 k-8 m-4\ns:to 54 6-4 c-5 d7 h-4 i-4 j-8 k5 l-6 n-4 o5\ns:todai 211 54 c4\ns:told 44\ns:tom 05 2-4\ns:tomorrow 511\ns:tone e4\ns:too m-5\ns:top c4\ns:touch h5\ns:treat g7 n4\ns:try 1-4 f6 l13\ns:turn k5 m7\ns:two 49 b5 i5\ns:ugh c13\ns:under 34\ns:understand 27\ns:unfortun 5-5 o5 p4\ns:unlik i27 k-5 l5\ns:up 47 c11 f-4\ns:updat 213 615\ns:us 06 3-6 47 6-4 712 927 b5 d6 k-10 n-7 p-6\ns:usual l7\ns:wa 25 416 5-4 84 e4 k-4 m-11 p9\ns:wai n8\ns:warehous 38\ns:wasn't 9-5 e7 f10 q5\ns:we 37 410 a-4 b-4 c-9 f-20 h-5 j-9 m-4 n6 p-8\ns:we'd 74 e4 m5\ns:we'll 617 e-6 f-4 g-7 p-9\ns:we'r 48 65 e-7 m-4\ns:we'v 24 38 9-10 b6 e-11 f-11 m-7 o-5 p-5\ns:weather p5\ns:week 17 2-8 44 e-4 l6\ns:welcom d13\ns:well 25\ns:were 1-13 34 45 86 e7\ns:what 512 614 8-5\ns:whatev d6\ns:when 8-6\ns:where f7 l9\ns:whether 85\ns:which c8 i5\ns:while 3-7\ns:who 44 e-5 f-6 g-7 p-5\ns:whole c10\ns:why 44 8-8 d-4 g5\ns:will 26 610 89 e-6 f-5 m-4 o-5 p-5 q-4\ns:with 6-8 96 e-5 g7 l-5 m-5\ns:within l4\ns:without 25 37\ns:won't 114 54 c-4\ns:word c7\ns:work 8-11 c-10 k6 l6 p-4\ns:worri 34 p9\ns:worst 27 c13\ns:worth m5\ns:would e9\ns:wrong 3-7 418 d13 k-4\ns:ye 113 317 67 87 e-6\ns:yeah c5\ns:you 25 75 c4 e-5 l-5 q-13\ns:you'd c11 d6\ns:you'll k7\ns:you'r 113 88\ns:you'v 16 95\ns:your 39 94 b5 h-4 m-6",
};
