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
    -44, -54, -53, -47, -50, -44, -62, -63, -43, -57, -58, -69, -32, -56, -11, -33, -39, -46, -43, -37, -11,
    -43, -16, -46, -53, -29, -39,
  ],
  threshold: [
    -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -10, -10, -10, -10, -10, -10, -10, -10, -10, -10,
    -10, -10, -10,
  ],
  weights:
    'c:genuine_complaint 04 16 212 3-5 57 87 a-5 e7 f9 g11 o5 q9\nc:outage 317 4-5 611 84 c4 l6 q4\nc:positive 1-7 3-9 5-9 8-10 a26 b18 c20 e-17 f-5 h-9 i4 p-7 q-8\nc:press 1-7 39 611 c-17 e10 i6 q5\nc:rude_agent 16 2-13 3-7 419 54 c-12 e7 f7 l-15 n10 p5 q-7\nc:troll 0-7 2-13 4-13 5-12 6-7 8-8 910 d33 f-17 h19 j41 l4 m11 p-10 q-7\nk:contrast e6 o9\nk:mark c-13 d-12 e-8 h40 i10 j20 m23\nk:question 25 922\nk:time 06 19 24 34 49 524 614 86 e-12 f-13 g-10 i-12 j-7 k-22 l-10 m-14 n-9 p-4 q-6\nk:unconfirmed 3-10 4-14 5-9 8-4 d-4 f10 l15\nk:we_will 112 34 59 619 e-10 f-7 m-6 p-7 q-9\nk:words5 k10\nk:wordsmore 36 45 84\nk:you 15 74 e-12 g-5 h4 k-7 l-7 p-4 q-5\nn:a m-9\nn:antes 1-5\nn:bien f8\nn:com i13\nn:comentari k7\nn:cost 58 821 c6\nn:de q4\nn:deb 59\nn:deberi 17\nn:el f14 m9 n6\nn:en i6\nn:entrar k5\nn:es 19 3-6 4-5 8-9 c-9 e5 f-5 p7\nn:excus 17\nn:falt m8\nn:hab 14\nn:hay 54 l8 p7\nn:hic 411\nn:la k-6\nn:le 57\nn:lo 49\nn:mas e5 k9 q10\nn:nad c4 e4\nn:nadi e9\nn:ni m7\nn:ningun l23\nn:nosotr 54 e8 q19\nn:nuestr e12 q16\nn:par p4\nn:pas 57\nn:pod f-6 g8\nn:que e4 m4\nn:reembols g5 k9\nn:riesg p5\nn:sab 66 8-5 c-10\nn:tant p18\nn:te 36 m5\nn:tendri 15\nn:teni 49\nn:tien 56 f-5\nn:tuy 47\nn:un l5\nn:una 67\nn:vam d5 k8\np:a 34 44\np:asi 1-5 49 d7\np:avis e5\np:con 8-10\np:de f5 j4\np:del 3-6 e4\np:el 56 c-8 f5 o9\np:en 1-4 3-5 g6\np:hac h5\np:la c-5 f4\np:lo 0-4\np:no 44\np:nuestr e5\np:par e4\np:que f8\np:se 46 g8\np:si 14 f8 m4\np:un c7\np:y g6 m-4\ns:00 310 67 c-9\ns:10 4-9 55\ns:11 513\ns:12 3-8\ns:14 1-10 57\ns:15 f8\ns:20 c5\ns:3 14 f5\ns:30 57\ns:40 44\ns:7 1-7 g10\ns:8 112\ns:a 55 6-4 8-4 f-4 q4\ns:abrim 8-6\ns:aclar e13 o6\ns:actualizacion 65\ns:afect 47\ns:agenci q24\ns:agradec e-7\ns:agu 34 f5\ns:ahor 35\ns:aisl p9\ns:ajen q14\ns:al 8-7 f5 k5 o7\ns:albert 54\ns:algo 24 c4\ns:algun 1-7 94 c4 d6\ns:altur 311\ns:ano 18 37\ns:anoch 1-6 29\ns:anos e12\ns:antes 45 55 87 f7 j6 q-7\ns:apen c7\ns:aplic g6\ns:app 18 e-8\ns:aqui 14 623 8-9 f-5\ns:asi 212 84 b-6\ns:aun 312 65 84\ns:aunqu 15 34\ns:averi 27 311\ns:avis 04 610 e4\ns:ay c18\ns:barat c5\ns:begon 58\ns:bien c5\ns:borr 55\ns:brom p9\ns:buen e4 f11 k-7\ns:bul e8\ns:cad c-6 f4\ns:caf m5\ns:call 86 97\ns:cambi 2-7 54 86 q-4\ns:carg 14 c-9\ns:carl 89\ns:cas 29 m-5\ns:caus e4\ns:centr e-4\ns:certific 07 e6 m4\ns:cit 8-7 e6\ns:clas l14\ns:clausul g7 k6\ns:client 07 87 f4 q-4\ns:cobr 2-6 84 i17\ns:codig b6\ns:com 25 c4 g6\ns:comentari c-11 g8 j-9 k6 m-7 p4\ns:compart 34 m4\ns:compens 89\ns:complet 36 e-5 p11\ns:compr c6 d4\ns:comprob 35 5-6 d6\ns:comun e-4 k5\ns:comunic 57\ns:con 77 g-5 o-7\ns:concret 915 d8\ns:condicion e-5 g20 k6\ns:conexion l7\ns:confirm 55\ns:conform g20 k6\ns:consider m10\ns:cont 68 b-4\ns:contact e-6 k5\ns:contest 44\ns:contrari j6\ns:contrat 87\ns:control p12\ns:corr m7\ns:correspond f7 q8\ns:cort 59\ns:cos c4 f6 o6\ns:cualqu m10\ns:cualqui 1-7 87 k6 p4\ns:cuand 36 b10\ns:cuant 613 8-7\ns:cuent 84 c9\ns:cuentanosl 913\ns:culp 47 56 e5 q9\ns:cumpl e17 g16\ns:curi c9\ns:da c7\ns:dan 28\ns:dar 35\ns:dat 39\ns:de g6 i6\ns:deb q9\ns:deberi 24\ns:dec 86\ns:dej 15 m10\ns:del c5 e7 p-5 q7\ns:dentr g9\ns:des p5\ns:desafortun e6 p4\ns:desastr c7\ns:desd 36 510 c-6\ns:despu 34\ns:devolv 14 44 833\ns:devuelt 89\ns:dia 24\ns:dias 9-6 f6\ns:diez 4-5 f10\ns:difam j7\ns:din 97\ns:disculp 032 39 411 n7 o10\ns:dispon k8\ns:distribuidor 28 q8\ns:dm 726 c7\ns:dobl c7\ns:dond 97 f7\ns:dos a6 b8 m-5\ns:el 37 87 l-5 m-4\ns:ella 17 54 e-4\ns:ellos c5 f-4 q14\ns:en 0-4 16 39 k6\ns:encarg 28\ns:entend 111 217 39 4-8 8-9 f-4 q6\ns:entra 84\ns:entrad 2-9 8-4\ns:entrar p7\ns:entre f6\ns:entreg 69\ns:envi 54\ns:equip 56\ns:equivoc 46\ns:era e7 p11\ns:error 311 420 87 e-6\ns:es 14 36 45 c-4 e4 k-4 q6\ns:esa 2-6 410 9-7\ns:escrib 24 54 68 76 84\ns:ese 310 k6\ns:eso f9\ns:esper c5 m-4\ns:esta e-6\ns:estab 110\ns:establec g10\ns:estacion 15 37\ns:estam 18 26 310 55 610 f-6\ns:estan 37 8-7 e4\ns:estas e8 p5\ns:este 36\ns:estes 116\ns:estim k8\ns:esto n7\ns:estuv d4\ns:examen m7\ns:explic 14 f6\ns:extern q15\ns:fabric 68 q4\ns:fall 1-5 48 5-5 q5\ns:fals e4 j7 l13\ns:falt 25\ns:famili 25\ns:favor k7\ns:fich e7\ns:firm e6 g11 p4\ns:fond p5\ns:form e7 n6\ns:formulari k7\ns:fot 86 912 e4 f9\ns:fue 06 14 36 47\ns:funcion 5-5 f4 l14\ns:graci 0-10 1-4 3-8 5-7 8-7 a51 b16 c17 e-7 f-5 i5 k-13 m-7 p-4\ns:gratis 810 c9 e-4 h7\ns:grav 39 58\ns:gui m8\ns:gust c7 m4\ns:ha 18 m-9\ns:hab 3-5\ns:habitual p7\ns:habl 54\ns:hac h8 m5\ns:hag c8\ns:han q4\ns:hart 26\ns:hast 39\ns:hay 17 d6\ns:hem 0-4 14 24 35 47 59 b7 k-5 l-7\ns:hol 2-13 3-5 4-6 e9 f12 p4 q4\ns:hor 06 54 64 p4\ns:hoy 59 c4 f-5\ns:hub p4\ns:ido e5\ns:igual 25 f13 o9\ns:inacept 15 55\ns:independient q11\ns:indic 1-4 3-6\ns:informat e6 m17\ns:intencion e7\ns:intern 730 910\ns:investig 17\ns:invit 810\ns:ivan 15\ns:jaj 1-4 c22\ns:jajaj j4\ns:juev 66\ns:just 14\ns:km m7\ns:la f5 i-6 o5 q4\ns:lament 012 k-6 n43 o5\ns:las 65 g4 h-4 j-4\ns:le 25 3-5 84 96 l-7\ns:lenguaj k8\ns:les 87\ns:list e4\ns:llam 26 514 6-7\ns:lleg 14 39 59 c4\ns:llev 34 e6\ns:lo 05 25 310 85 94 c5 e-4 j-6 k-9 n-5\ns:los 35 g8\ns:lot 39\ns:lun 1-6 4-5 55\ns:luz g8\ns:mal 96 c10 f5\ns:man 57\ns:manan 24 c7 e-4\ns:mand 75 b17 c8\ns:mandan 3-5 86 915\ns:mandanosl 96\ns:manden 99\ns:manten l6\ns:marc 16 f5\ns:mart e-9\ns:marz 311\ns:mas 5-5 f-4 p6\ns:med 18\ns:mejor 210\ns:men c10 e4 i10\ns:menor p12\ns:mensaj 95\ns:mensajer 17\ns:mes 87\ns:mientr 16 59 c5\ns:mir 18 27\ns:mism 6-5 l8\ns:model 57\ns:molesti c4\ns:moment e8\ns:mont e8\ns:much 07 e5 l4 o7 p-7\ns:muchisim 08 1-5 c4 e4\ns:mund i7\ns:muy 3-8 4-5\ns:nad p8\ns:nadi 513 c5\ns:necesit 213\ns:nere f5\ns:ni 18\ns:nin 26\ns:ningun l14\ns:no 19 49 i5 k4 m4 n-4\ns:noch p5\ns:norm g18 k9\ns:normal 28 89 p15\ns:normat g25\ns:nos 14 6-4 75 912 a4 c4\ns:nosotr 55 i8 l5 q15\ns:not c4\ns:nuestr 411 5-5 6-5 a-7 c-5 e6 l8 m-5 p-12 q-4\ns:nuev 56\ns:numer 113 712 917\ns:nunc e14\ns:o 24 810 f4\ns:ocult 313\ns:ocurr 015 o11\ns:ofend 0-7\ns:oficial k6 m6\ns:olas 28\ns:organizacion l6\ns:os 18 25 615 85\ns:pacienci k12\ns:pag e4 i5\ns:palabr c9\ns:panel 44\ns:par b5 e-4 p-8 q-9\ns:part p8\ns:pas 2-7 94 f5 k-7 l5 q-4\ns:ped 07 3-4 c-4 l-4 p-4\ns:pen 07 e12 q6\ns:pendient l5\ns:peor c4\ns:per 2-4 5-8 d6 o4\ns:perd c4\ns:perdon 051 415 54 86 c4 k-8 m-4 o15\ns:perdonan 017\ns:perfect 89 e5\ns:person 3-8\ns:personal p6\ns:pil 24\ns:plant c5\ns:poc 38\ns:pod 1-8 84 c-7 f-6\ns:polit g20\ns:pon 48\ns:por 35 716 b5 d4 j-7 k-4\ns:posibl 15\ns:preci c4\ns:primer 34\ns:priorid e-5\ns:priv 14 750 923\ns:problem d8\ns:profesional e9\ns:profesor e7 m6\ns:pront 219 p5\ns:propietari e8\ns:protocol e10\ns:proveedor q21\ns:proxim b17 c7\ns:public 19 34 613 95\ns:pud p5\ns:pued 94 f-10 k9 p4\ns:punt f5\ns:puntual p5\ns:que 5-5 a4 c6 n11\ns:quej 3-6 410 f5 m6\ns:quer l9\ns:qui 18 j4 p-6 q4\ns:quien 49\ns:quier 84 9-5\ns:razon 04 137 2-9 414 511 e-8\ns:realiz e7\ns:recib 89 p4\ns:recibir 84\ns:reclam k6\ns:recog o6\ns:recomend f9\ns:record 3-8 c-7 g21 o11\ns:recuperacion p4\ns:red e-8\ns:regal 49 87 c11\ns:reglament g13\ns:rellen 87\ns:repart e8\ns:reserv f6\ns:respet d4\ns:respond q4\ns:respons q6\ns:respuest 45 54 7-5 k-5 p-4\ns:resuelt k11\ns:retras 1-4 27 e9 p7 q8\ns:revis 15 3-5 510 65 74 94 e-4\ns:revision 35\ns:roci k7\ns:ros 27\ns:sab 94 h5 i9 j4 q-4\ns:sal e-8 f5\ns:san h5\ns:se 35 5-5 6-6 d6 e8 f4 k-10 l13 n12\ns:segu 69 p9\ns:segun 5-4 c-4 g23 k6\ns:segur 1-6 f7 m8 q-4\ns:seman 16 46 55 6-9 p-6\ns:sent 046 1-4 29 87 c-4 d-8 m-7 n10 o14\ns:sep 34 55\ns:ser k6\ns:sergi f6\ns:seri m5\ns:servici 15 3-6 c-5 q6\ns:si 36 4-5 74 86 910 d20 e-7 j-6 k-15 m-5 q-5\ns:sid 45\ns:siempr 4-4 o5\ns:sig 37\ns:sin 04 84 k-5\ns:sistem 411\ns:sobr 54\ns:sol i8 l5 n4 p10\ns:son 5-5 e9 p5\ns:su 5-4 8-6 d-6 k5\ns:suel k4 o8\ns:sujet e10\ns:sus 8-4 g5\ns:sust c5\ns:tall 88 f5\ns:tambi c4\ns:tampoc m10 p23\ns:tant 54\ns:tarjet 39\ns:te 27 46 54 76 810 e-5 m-4\ns:tecnic 54\ns:telefon 8-10 95\ns:tem k4\ns:ten 312 e5 o6\ns:ti 26\ns:tiemp 3-7\ns:tien 18 e6\ns:tiend 35\ns:tod 4-5 5-4 9-7 c6 f-5 m-6\ns:todavi 1-5 311 8-8 c-8\ns:tom 64\ns:ton f-5\ns:trabaj c-7 m-4\ns:transport q10\ns:trat p7\ns:trav k4\ns:tres 56 c-5\ns:tu 28 4-8 8-6 b4 h4 i-8 j11 m9\ns:tuv e4\ns:uf c22\ns:un 35 p4\ns:una 46 p6 q4\ns:unas p7\ns:uno 86\ns:usuari 84 f7\ns:uy c10\ns:va c10 m-4\ns:vam 2-8 3-4\ns:vay 84 c12\ns:vem 210\ns:vent q5\ns:verd 05 111 c5\ns:verl o8\ns:vien 2-8 38 b8 c5\ns:viern 56 810\ns:vigent g8\ns:volv 19\ns:vuelv 1-4 34 4-5 65\ns:web 2-7 34 97 k5\ns:y 28 46 58 l-5 n-5 o-4\ns:ya 04 d-6 f-5 p4 q5',
};
