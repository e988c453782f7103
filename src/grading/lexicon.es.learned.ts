import type { LearnedData } from './learned';

// Written by `npm run -s train:grader` (src/cli/train-grader.cli.ts) from the gold set's tune part
// only (thresholds chosen on its newest round, read by models trained on the rounds before it); do
// not edit by hand. Weights, biases and thresholds are logits times `scale`.
export const LEARNED_ES: LearnedData = {
  lang: 'es',
  scale: 10,
  minEvidence: 10,
  minWords: 12,
  cues: {
    you: ['tu', 'tus', 'te', 'ti', 'contigo', 'usted', 'ustedes', 'os', 'vosotros', 'vuestro', 'vuestra'],
    weWill: [
      'vamos a',
      'iremos',
      '\\p{L}+(?:aremos|eremos|iremos)',
      'te (?:llamamos|escribimos|contamos|avisamos)',
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
    -42, -54, -53, -46, -52, -46, -65, -64, -41, -56, -58, -67, -34, -57, -12, -33, -39, -45, -42, -34, -10,
    -41, -15, -42, -52, -30, -35,
  ],
  threshold: [
    -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -10, -10, -10, -10, -10, -10, -10, -10, -10, -10,
    -10, -10, -10,
  ],
  weights:
    'c:genuine_complaint 16 212 57 86 e7 f9 g12 i-4 q6\nc:outage 317 4-4 611 85 c5 e-8 l6\nc:positive 3-9 5-7 8-9 a30 b17 c16 e-18 h-10 i5 p-8\nc:press 1-9 312 612 c-18 e9 i4 p4\nc:rude_agent 16 2-13 3-5 419 c-16 f7 k-7 l-16 n8 p7 q-6\nc:troll 0-7 2-10 4-12 5-11 6-8 8-10 910 d30 f-18 h19 j40 l4 m11 p-9 q-6\nk:contrast e9 k-4 o10\nk:mark c-12 d-11 e-7 h40 i10 j18 m21\nk:question 15 921\nk:time 06 19 26 36 48 526 615 87 c4 e-14 f-13 g-14 i-11 j-6 k-22 l-11 m-13 n-9 p-5\nk:unconfirmed 3-12 4-14 5-8 8-7 d-5 f9 l15 o5\nk:we_will 111 37 512 621 c-4 e-9 f-6 j-5 m-4 o-5 p-5 q-6\nk:words5 k10\nk:wordsmore 36 44 i-7\nk:you 74 84 94 b6 e-11 g-5 k-6 l-6 p-5\nn:a g8 m-8\nn:cobr 87\nn:com i16\nn:comentari k8\nn:cost 57 815 c8\nn:cuant 14\nn:de e7\nn:deb 57\nn:deberi 17\nn:el e5 f16 m9\nn:en 26\nn:es 112 8-8 c-10\nn:excus 18 44\nn:falt m8\nn:ha 65\nn:hab 15\nn:hac f-4\nn:hay k-9 l5 p9\nn:hic 410\nn:la 86 k-6\nn:le 510\nn:lo 49\nn:mas e5\nn:nad c4 e5\nn:nadi e10\nn:ni m9\nn:ningun l25 p6\nn:nosotr e10 q18\nn:nuestr q11\nn:par p4\nn:pas 512\nn:pod f-6 g8 k5\nn:problem f4\nn:que 2-4 g-4 m6 p4\nn:reembols g5 k8\nn:sab 8-9 c-8 i5\nn:tant p21\nn:te c4\nn:ten 36\nn:teni 49\nn:tuy 46\nn:un l6\nn:una 66\nn:vam d4 k7\np:a 44\np:asi 48 d8\np:avis 55\np:cambi f-4\np:con d5\np:de c-6 f5\np:del 3-8 e7\np:el 64 c-7 f5 g6 o9\np:en g6\np:hac h7\np:la f6 m-9 o5\np:le c5\np:no 24 46\np:nuestr f-5\np:par e7\np:que f8\np:se 46 g9\np:si f7 m7\np:una 34\np:y m-7\ns:00 310 67 c-10\ns:10 4-7 54\ns:11 511\ns:12 3-8\ns:14 1-9 57\ns:17 85\ns:2 17\ns:30 57\ns:48 e4\ns:7 1-11 g11 k6\ns:8 115\ns:a 54 8-6\ns:abiert 3-6\ns:abrim 8-8\ns:aclar e10\ns:actualizacion 65\ns:afect 47 54\ns:agenci q19\ns:agu 35 97\ns:ahor 38\ns:aisl p7\ns:ajen q7\ns:al 8-8 f6 k5\ns:algo 26\ns:algui d4\ns:algun 1-8 c5 d8\ns:almac 34\ns:altur 312\ns:ano 18 35\ns:anoch 211 64\ns:anos e12\ns:antes 2-4 46 89 f7 j4 k-4\ns:anul f7\ns:anunci 47\ns:aplic g8\ns:app 15 3-6 c-5 e-5 f10\ns:aqui 16 34 622 8-8 f-5\ns:asegur 07 l6\ns:asi 213 84 94 b-7\ns:aun 26 310 66 p4\ns:aunqu 55 p5\ns:averi 29 312 e4\ns:avis 69 e6\ns:ay c17\ns:barc d5\ns:barri 38\ns:begon 59\ns:bien c6\ns:buen e6 f14 k-6\ns:cad c-9\ns:caf m4\ns:calcul 34\ns:call 88 98\ns:cambi 2-6 64\ns:capitani 1-4\ns:carg 14 c-7\ns:carl 88\ns:cas 27 35 m-5\ns:caus e5\ns:certific e7\ns:cit 8-9\ns:clas l11\ns:clausul g8 k6\ns:client 07 85 q-6\ns:cobr 2-4 84 i19\ns:com 25 g8 i5 o4\ns:comentari c-9 g8 j-10 k7 m-8 p6\ns:companer e7\ns:compani q8\ns:compart m4\ns:compens 811\ns:complet 37 p12\ns:comprob 36 5-7 d4\ns:comun e-4\ns:comunic 34 59\ns:con 76 c5 f-4 g-5 o-6\ns:concret 914 d9\ns:condicion e-6 g21 k6\ns:conexion l6\ns:confirm 55\ns:conform g21\ns:consider m10\ns:cont 4-9 69 9-4\ns:contact k6\ns:contest 44\ns:contrari e5\ns:contrat 85\ns:control p12\ns:corr m8\ns:correct p4\ns:cort 34 54\ns:cualqui 1-6 k7\ns:cuand 34 b10\ns:cuant 37 612\ns:cuent 24 6-4 b4 c8\ns:cuentanosl 913\ns:culp 411 q7\ns:cumpl e17 g10 k4\ns:curi c8\ns:da c11\ns:dan 26\ns:dar 34\ns:dat 310\ns:de 64 g5 i7\ns:deb q9\ns:dej 16 e5 m13\ns:del c8 e5 q4\ns:denunci e6\ns:desafortun e9\ns:desastr c6\ns:desd 310 510 7-6 c-4 e-4 f-4\ns:devolv 49 830\ns:devuelt 88\ns:dias f7\ns:diez f9\ns:difam j8\ns:difund e4\ns:din 97\ns:diner 84\ns:disculp 028 312 49 n11\ns:disfrut c5\ns:dispon k8\ns:dm 724 c7\ns:dond f9\ns:dos b9\ns:el 37 88 l-4 m-4\ns:ella 15 54\ns:ellos c6 f-4 q16\ns:en 0-5 14 39 65 8-7 d-4 k6 q-8\ns:encarg 210 g5\ns:entend 223 36 8-6 f-5\ns:entra 87\ns:entrad 2-9 69\ns:entre f6 p5\ns:equip 57\ns:equivoc 47\ns:era e6 p12\ns:error 310 419 86 c7\ns:es 14 45 c-5 e6 k-5 q8\ns:esa 410 e-7\ns:escrib 24 75 9-6\ns:ese 1-4 312 k7\ns:eso 05 f8 m5\ns:esper c6\ns:esta 54 e-6\ns:estab 18 311 e-7\ns:establec g10\ns:estacion 310\ns:estam 111 26 310 610 l-8\ns:estan 38 8-7 e6 k-5\ns:estar 16\ns:estas 28\ns:este 37 c-4\ns:estes 118 25 84\ns:estim k8 q5\ns:esto 15 8-5 n8\ns:estuv 5-4\ns:examen m9\ns:explic f4\ns:extern q18\ns:fall 1-6 35 46 5-6\ns:fals j9 l13\ns:falt 26\ns:famili 1-5 28\ns:favor k7\ns:fin 36\ns:firm e4 g5\ns:fond p6\ns:form e7\ns:fot 75 89 911 e7 f11\ns:fue 05 49 p5\ns:funcion l15\ns:garantiz 5-5\ns:graci 0-13 1-6 3-9 5-9 8-11 a45 b16 c20 e-8 f-4 g-4 i5 k-13 m-6\ns:gratis 814 c4 h9\ns:grav 36\ns:gui m8\ns:gust m6\ns:ha 17 m-9\ns:hac 9-6 h10 m7\ns:hag c8\ns:han l6\ns:hart 25\ns:hast 311\ns:hay 16 d4 n4\ns:hem 34 49 511 b8 k-10 l-8\ns:hij e5\ns:hol 2-12 4-6 8-4 e10 f10 p6 q5\ns:hor 05 54 64 84 94 f-4 p5\ns:hoy 510 c5\ns:hub f4\ns:ido e7\ns:igual 26 f7\ns:import 17\ns:incumpl g9\ns:independient q13\ns:inform 64\ns:informat e11 m11\ns:intern 728 910\ns:invit 44 810\ns:jaj c19\ns:juev 65\ns:km m8\ns:la c-4 f4 i-5 o5 p-4 q5\ns:lament 011 5-4 n45\ns:las 66 g4 j-5 m-4\ns:le 14 86 k5 l-8 o-6 p-5\ns:lenguaj k8\ns:list e8\ns:llam 16 24 516 6-8\ns:lleg 17 38 57 c4\ns:llev 15 e5\ns:lo 04 16 24 312 85 c6 e-7 j-6 k-6 n-5\ns:los 35 f5 g7\ns:lot 311\ns:lun 55\ns:luz 35\ns:mal 97 c8\ns:man 57\ns:manan 29 c4\ns:mand 77 85 b10 c9\ns:mandan 85 915\ns:manden 911\ns:manten l6\ns:manteng k8\ns:marc 17 f5\ns:mart e-6\ns:marz 310 45\ns:mas 5-4 m-4 p8\ns:medi c7\ns:mejor 213 k4\ns:men c10 i11\ns:menor p14\ns:mensaj 97\ns:mes 85 b4\ns:mientr 110 511 c5\ns:mir 18\ns:mism 54 l9\ns:molesti 07 c7 f-5\ns:moment e8\ns:much 07 e5\ns:muchisim 08 1-10 25 e7\ns:mund i8\ns:muy 25 4-6\ns:nach 88\ns:nad p11\ns:nadi 56 c6\ns:necesit 213\ns:ni 15\ns:nin 27\ns:ningun 49 l14\ns:no 18 411 e-4 i5 k5 m4\ns:noch p7\ns:norm g15 k10\ns:normal 211 86 e-7 l4 p15\ns:normat g24\ns:nos 16 99 c4\ns:nosotr 55 e6 g-4 i8 l6 p-7 q15\ns:nuestr 2-5 410 5-7 a-8 c-4 e5 h-8 l7 m-5 p-11\ns:nuev 55\ns:numer 115 2-4 712 916\ns:nunc e9\ns:o 811\ns:ocult 310\ns:ocurr 013\ns:ofend n8\ns:oficial k5 m7\ns:opcion c7\ns:organizacion l7\ns:os 17 28 3-4 615 f6\ns:pacienci k13\ns:pacient e5\ns:pag 2-4 i6\ns:palabr c9\ns:pan 1-4\ns:par e-4 p-8 q-5\ns:part f5 p7\ns:pas 2-4 97 f4 g-4 k-7 l6 p5 q-5\ns:ped 07 3-6 66 86 e-4 l-4 p-6\ns:pen 07\ns:pendient l7\ns:per 2-7 5-13 d8 o4\ns:perd c7\ns:perdon 050 2-5 415 55 6-4 85 c7 k-9 o18\ns:perdonan 017\ns:perfect f7\ns:person 3-7\ns:personal p6\ns:plant c10\ns:poc 39\ns:pod c-7 f-5\ns:polit g23 k6\ns:pon 411\ns:por 25 36 718 b6 d4 j-8 n-4\ns:posibl 15\ns:primer 35 55 m8\ns:priorid e-7\ns:priv 14 747 921 m-7\ns:problem c-5\ns:product 36 f5\ns:profesional e10\ns:profesor e9 m6\ns:promet 14\ns:pront 214\ns:propietari e9\ns:protocol e9\ns:proveedor q24\ns:proxim b19 c8\ns:public 19 34 54 614\ns:pud e4\ns:pued f-10 k7\ns:punt f8\ns:que 5-7 8-5 c7 n9\ns:quej 410 m8\ns:quer 3-6 6-4 l9\ns:qui 17 j5 p-4\ns:quier c5\ns:razon 134 416 510 e-7\ns:realiz e7\ns:recib 88 g-4\ns:reclam k7\ns:recog o5\ns:recomend f14\ns:record 3-7 c-4 g22 o12\ns:recuper 1-4\ns:red 85 e-7 q6\ns:regal 85 b8 c8\ns:reglament g16\ns:repart e9\ns:respuest 46 56 7-6 k-4\ns:restablec 24\ns:result f4\ns:retir 84\ns:retras 28 e7 q15\ns:revis 14 3-6 511 66 95\ns:roci k8\ns:ros 29\ns:sab i12\ns:sal 35 e-6 f4\ns:salud k4\ns:se 6-7 d6 e7 k-12 l10 n14 p4\ns:segu 610 p4\ns:segun 65 g18 k7\ns:segur f8 m5\ns:seman 14 47 6-8\ns:sent 048 1-4 28 85 d-9 e-4 m-7 n8 o18\ns:sep 57\ns:ser k7\ns:sergi f8\ns:servici 3-6 c-6\ns:si 34 4-4 75 911 d19 e-6 j-7 k-14 l-4 m-8 q-4\ns:sid 47\ns:siempr o7\ns:sient l4\ns:sin 85\ns:sistem 37 413\ns:soci 0-5\ns:sol 2-5 i8 l4 p14\ns:son 16 e8 p6\ns:soni p6\ns:soport k6\ns:su k4 p-4\ns:suel k5\ns:tall 16\ns:tampoc 110 m10 p17\ns:tan p5\ns:tant 54\ns:taquill 55\ns:tarjet 36\ns:te 27 54 77 810 95 e-6 f-5 m-6 q-4\ns:tecnic 56\ns:telefon 8-10\ns:ten 311\ns:teni 88\ns:termin 4-5\ns:ti 25\ns:tiemp 3-8\ns:tien 16 d5 e6 f-5\ns:tiend 26 34 f-4\ns:tod 4-4 5-5 9-9 c6 f-5 m-4\ns:todavi 1-5 38 8-10\ns:ton o10\ns:trabaj g-8\ns:transport q14\ns:trav k4\ns:tres 58\ns:tu 27 4-8 8-5 j7 m7\ns:tuv e7 p8\ns:uf c23\ns:un o-6 p6\ns:una 14 47 o-9 p4 q4\ns:uno 9-5\ns:usted 04\ns:usuari f6\ns:uy c11\ns:va c10\ns:vam 2-6\ns:vay c12\ns:vec 36\ns:vehicul 04\ns:vem 28\ns:verd 06 111 c5\ns:verl o9\ns:vez f4\ns:vien 2-10 39 b11 c6 l4\ns:viern 55 65 89\ns:vigent g7\ns:volv 18\ns:web 34 98 c-4\ns:whatsapp 67\ns:y 26 45 512 b-6 f-4 l-6 n-7\ns:ya 06 24 3-5 87 d-5 g-6 m-5',
};
