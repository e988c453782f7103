import type { LearnedData } from './learned';

// Written by `npm run -s train:grader` (src/cli/train-grader.cli.ts) from the gold set's tune part
// only (thresholds chosen to read its later rounds well too); do not edit by hand. Weights, biases
// and thresholds are logits times `scale`.
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
    -40, -46, -49, -48, -49, -44, -58, -55, -35, -55, -50, -60, -32, -52, -3, -31, -39, -42, -44, -25, -10,
    -32, -14, -41, -47, -33, -33,
  ],
  threshold: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  weights:
    'c:genuine_complaint 04 14 27 3-6 56 6-6 74 87 a-7 b-8 d-10 f8 g14 i-6 l-7 q6\nc:outage 14 319 4-6 67 a-5 e-11 l9 o4\nc:positive 1-8 3-8 5-10 8-10 a28 b14 c16 d-6 e-21 f-9 h-10 i7 k6 l-6 m-7 p-7 q-5\nc:press 1-9 313 4-5 610 c-15 e7 f-4 i5\nc:rude_agent 15 2-11 3-12 420 8-4 c-13 f8 k-8 l-11 n6 p11\nc:troll 0-5 1-11 2-9 3-4 4-10 5-7 6-6 8-8 913 d28 f-14 h15 j38 m9 o-5 p-9 q-5\nk:contrast 04 1-4 48 f4 o15\nk:mark c-14 d-6 e-7 h41 i5 j13 m21\nk:question 4-5 55 926\nk:time 04 16 29 35 531 610 87 c5 e-13 f-14 g-15 h-6 i-11 j-5 k-20 l-12 m-9 n-7 p-4 q-7\nk:unconfirmed 14 3-12 4-13 5-8 8-10 a-5 f9 j-11 k5 l7 m-7\nk:we_will 19 311 59 621 c-4 e-15 f-6 i-7 j-9 l-6 m-8 p-11 q-8\nk:words15 0-7 1-5 2-7 3-5 4-8 5-8 6-6 7-5 b-7 d-5 m5 p5\nk:words40 3-7 c4 l6\nk:words5 e-5 k12\nk:wordsmore 36 44 85\nk:you 14 b8 e-13 g-5 h4 k-8 l-4 q-7\nn:a 1-4 3-5 6-4\nn:algo 1-5 5-5\nn:bien f5\nn:com i7\nn:comentari k10\nn:cost c5\nn:de 8-4 e7 m7\nn:deb 56\nn:el e4 f20 g4 m7\nn:en 24\nn:enter m5\nn:es 111 8-4 c-10 f-6\nn:este 1-6\nn:excus 18\nn:falt m12\nn:ha q6\nn:hac 5-6 k8 m5\nn:hay 38 55 p14\nn:hic 45\nn:just i5\nn:la 85 e-6 f9\nn:lo 2-7 46\nn:nad c5\nn:nadi e13\nn:ni m6\nn:ningun l30 p6\nn:nosotr e6 q15\nn:nuestr q13\nn:par p5\nn:pas 15\nn:pod 95 f-4 k9\nn:que 3-4 e8 f-7 k-8 m6 p5\nn:respond g7\nn:sab 8-4 i9 m8\nn:se e-7\nn:tant p29\nn:te c10\nn:ten 38\nn:tendri 05\nn:tuy 44\nn:un l11 m6\nn:vam d6 k6\nn:volver 5-6 85\nn:y i6\np:a 45\np:asi d9\np:con d5\np:de 8-7 c-6 o7\np:del e5 g5\np:el 9-5 c-8 f11 g7 o13\np:en o4\np:funcion e5\np:hub o4\np:la f6 o5\np:lo 5-6\np:no 45 d4\np:por d6\np:que d6 g6 o4\np:se c-5 g6\np:si f12 o5\ns:00 37 54 610\ns:10 56\ns:11 511\ns:12 2-4 3-6 5-5 c-5\ns:14 1-7 c-7\ns:2 114\ns:3 15\ns:7 1-6 g15 k12\ns:8 113 8-6\ns:9 4-5\ns:a 1-5 55 7-4 8-4 f-4 m-4\ns:academi i6\ns:actualizacion 24 65\ns:afect 45 85 e-5\ns:agenci q22\ns:agu 96\ns:ahor 56\ns:al 34 54 9-8 i7 l-8 m-8\ns:albert 55\ns:algui d6\ns:algun 95 c4 n12\ns:aliment m6\ns:alli i5\ns:almac 37\ns:angusti 26\ns:anoch 210 66\ns:anos e7 i5\ns:antes 2-5 45 84 f5 k-6 m4\ns:anunci 413\ns:app 5-7 e-9 f6 k8 m8 n8\ns:aqui 625 8-9 9-4 d-6\ns:asi 24 l4 o-5 p5\ns:asistent k5\ns:atencion k8\ns:aun 24 310 65\ns:aunqu 25 39 56\ns:averi 213 310 4-4\ns:avis 15 66 8-8\ns:ay 34 c16\ns:banc l10 m5\ns:barri 14\ns:bien 07 47 c8\ns:brom p7\ns:buen c8 f10 m5\ns:cad 610 c-9\ns:caid 54\ns:calcul 35\ns:calid e9\ns:call 87\ns:cambi 2-6 44 87\ns:carg 65 f6\ns:carl 88\ns:cas 211 311 85\ns:caus e5 q4\ns:cerr e-5\ns:cit 8-8\ns:clausul g9 k6\ns:client 017 88 e-4 i-5 n-6\ns:cobr 2-5 88 c-9 i15\ns:codig 74\ns:col 15\ns:colg 25\ns:com 26 g4 k-4\ns:comentari 0-9 c-8 g9 j-8 m-5 n9\ns:compani i5\ns:compr k5\ns:comun g9 k13\ns:comunic 36 58\ns:con 76 f-7 g-8 o-8 p-5\ns:concret 912 d11\ns:condicion g16\ns:conductor c4 k10\ns:conect 84\ns:conform g24 k6\ns:consider m14\ns:consult k9\ns:cont 4-5 611\ns:contact e-7\ns:contrat 17 e5\ns:correspond 85\ns:cort 35 q4\ns:cos 212\ns:cualqui 1-5 9-7 c-9 k6\ns:cuand 18 87 f4\ns:cuant 310 618 8-12 q8\ns:cuent 26 c8\ns:cuentanosl 912\ns:culp 414 e7 q8\ns:cumpl e10 k4\ns:da c17\ns:dan 29\ns:dat 310\ns:de 39 65 g7 i4 n-4\ns:deb q6\ns:deberi 26\ns:dej 17 54 b6 e7 k-7 m16\ns:del 65 c4 e6\ns:denunci e10 i5\ns:desastr i7\ns:desd 311\ns:desped m7\ns:devolucion 85\ns:devolv 44 824\ns:devuelt 89\ns:dia a-5\ns:dias 1-5 3-5\ns:dic c10\ns:diez 4-6\ns:diner 26 85\ns:dir 25\ns:disculp 024 2-5 47 54 n11 o4\ns:dispon k7\ns:dm 722 c8\ns:dond f9\ns:dos 05 84 c8\ns:el 87 9-4 c-5 m-8\ns:electr q6\ns:electron g8\ns:elimin k6\ns:ella 19 55\ns:ello 5-6\ns:ellos 05 q14\ns:empez 35 f7\ns:empres e5 k5 q9\ns:en 14 315 d-6 g4 i-7 k4 l-4 p-6 q-8\ns:encantari b5\ns:encarg 29 g8\ns:entend 222 36 8-7 e6 f-6 o-6 p4 q9\ns:entreg e6\ns:equip 35 59 8-10 9-5 a5\ns:equivoc 410\ns:era e8 p14\ns:eres m5\ns:error 314 418 85\ns:es k-8 l7 p8 q13\ns:esa 2-8 48\ns:esas p8\ns:escrib 64 84 9-6\ns:ese c5 e-5 k7 q4\ns:eso 06 55 c4 f7\ns:esper c4\ns:esta 16 55 e-4 f-8\ns:estab 19\ns:establec g10\ns:estacion 16 35 e8\ns:estam 111 25 312 55 612 e-9\ns:estar 5-8\ns:estas 26 e6\ns:este 311 57 c-6\ns:estes 117 27 97\ns:estim q5\ns:esto 3-4 8-5 a8 e4 f-6 n8\ns:estos p8\ns:estuv 15 5-5\ns:eur e-5 p8\ns:explic f4\ns:extern q12\ns:fall 1-8 36 44 5-6 c-6\ns:fals l13\ns:falt f5\ns:favor k11 m7\ns:fich e7\ns:firm e4 g11\ns:form c8 e12\ns:formulari k5\ns:fot 76 86 911 f7\ns:fri 29\ns:fue 05 15 46 k-5\ns:funcion c9 l8\ns:garantiz 5-5\ns:gem 86\ns:graci 0-7 3-9 5-10 8-12 a45 b16 c18 f-6 g-5 i6 k-13 l-5 m-6 q-6\ns:gratis 821 c5 h14 j8\ns:grav 37 54\ns:ha 0-5 17 m-6\ns:habil e-5\ns:habl i7\ns:hac 1-4 c-5 h10 m5\ns:hag c12\ns:hart 16 28 84 c-6\ns:hast 16 35\ns:hay 16 65 87 c-5 o-6\ns:hem 37 410 511 b9 c5 d-5 k-7\ns:hol 2-6 3-10 e19 f6\ns:hor k6 p13\ns:hoy 58 c9\ns:hub f4\ns:ido e10\ns:igual h7\ns:import 16\ns:incident p4\ns:incumpl g11\ns:independient q18\ns:inform 1-4\ns:informat e8 m9\ns:investig 110 67\ns:invit 86\ns:ivan 14\ns:jaj c27\ns:javi 112\ns:jef 17\ns:la 7-5 c-4 f7 i-5 q6\ns:lament 08 k-5 n38\ns:las 24 65 e-5 j-10 l5 p6\ns:le 17 5-4 88 e-6 f-5 k5 l-5\ns:legal e7\ns:lenguaj j-5 k15\ns:les 85\ns:line 94\ns:lio 85\ns:llam 15 28 518 6-8\ns:lleg 57 85\ns:llev 16 e6\ns:lo 25 312 c6 e-7 j-7 k-9\ns:los 35 88 c-5 k-4\ns:lot 15 34\ns:lun 4-7\ns:mal c5\ns:manan 14 24 37 9-5 c8 e-10\ns:mand 14 36 77 85 b11 c8\ns:mandan 77 89 915\ns:marc f7\ns:mart 2-6 e-6\ns:mas f-5 g4\ns:mejor 26\ns:men c7 i16\ns:mensaj 95\ns:mensajer 111\ns:merced k5\ns:mes 9-5 b5 j4\ns:mientr 16 c7\ns:minut o8\ns:mir 111 26 c5 e5\ns:mism 44 6-5 c5\ns:molesti c5\ns:moment e7\ns:much 07 e6\ns:muchisim 1-5 85 c4 e9\ns:nadi 24 57 e-7 h5\ns:necesit 215\ns:ni 110\ns:nin m4\ns:ningun e-6 l5\ns:no 17 412 f-4 i6 m4 n-4\ns:noch p8\ns:nocturn k5\ns:nombr 97\ns:norm g11 k4\ns:normal 210 i5 p7\ns:normat g17\ns:nos 16 2-5 74 915 c8 j-4\ns:nosotr 3-5 e5 i6 l8 p-8 q14\ns:not c7 d5\ns:nuestr 412 6-7 e6 l4 m-12 o-5 p-10\ns:nuev 16 35 55 c5\ns:numer 113 79 917\ns:o 5-7 811\ns:obrador l4\ns:ocult 36\ns:ofend n10\ns:os 15 5-5 616\ns:otra i5\ns:otro 3-4 86\ns:pac c-6\ns:pacienci k13\ns:pacient e9\ns:pag 110 i9\ns:palabr c13\ns:pan l4\ns:par 46 88 e-7 f-7 k4 q-8\ns:part 54 b8 f7\ns:pas 8-4 95 c-4 f7 g-5 k-11 l7 m-8\ns:pasan 96\ns:ped 3-4 p-5\ns:peor i5\ns:per 2-5 5-12 94 d11 f4 o4\ns:perd 25 c6\ns:perdon 051 2-5 416 7-5 86 k-9 o13\ns:perfect f10\ns:person 1-5 3-9\ns:personal e6 p12\ns:plant c7\ns:pod e6 q4\ns:polit g19 k5\ns:pon 413\ns:por 34 715 d7 e-5 j-8 k-5 l-5\ns:porqu 05 36\ns:prefer i6\ns:primer 56 f6\ns:priv 15 750 918\ns:product e5 l5\ns:profesor e8\ns:promet d4\ns:propietari e11\ns:protocol e5 g6\ns:proveedor q12\ns:proxim b13\ns:public 15 34 612 c-5\ns:pued 97 f-9\ns:puert 1-5\ns:que 5-8 8-6 c7 k-4 n11\ns:qued 5-5 d5\ns:quej 412 c-7 f7 m18\ns:quem 94\ns:quer 3-6 95\ns:qui 16\ns:quier 1-10\ns:razon 05 135 413 513 8-6\ns:recepcion m10\ns:recib 012 c-5\ns:reclam k8 q7\ns:recog g4\ns:record 3-6 g10\ns:red e-8\ns:reembols e-6 k5\ns:regal c4\ns:repart e9 q4\ns:report k4\ns:respet d9\ns:respuest 04 47 56 7-5 o4\ns:restaur q6\ns:retir 88\ns:retras q6\ns:revis 14 517 68 96 e-8\ns:revision 39\ns:roci k14\ns:ros 214\ns:rumor i5\ns:sab 8-13 i10 j4\ns:salud g9\ns:se 1-6 38 d6 e4 k-9 l10 n11 p5\ns:segu 66 p7\ns:segun g23\ns:segur 5-6 f15\ns:seman 18 6-6\ns:sent 050 210 3-6 87 d-7 n8 o15\ns:sep 65\ns:ser k13\ns:sergi 27 f6\ns:servici e-6 f-6 q6\ns:si 2-6 4-4 84 912 b-6 d19 e-4 j-10 k-10 l-8 m-6 q-8\ns:sid 46\ns:siempr e8 l11\ns:sient l7\ns:sig 24\ns:sin 54 e-6\ns:sirv 34\ns:sistem 35 410\ns:sobr k6\ns:soci 0-8\ns:sol c-7 i14 m-4 p12\ns:son p7\ns:soni p9\ns:soport k10\ns:su 4-4 8-5 a-6 c-5 p-6\ns:sub e-7\ns:sus m5 n5 p-5\ns:tambi 15\ns:tampoc 19 m15 p9\ns:taquill 55\ns:tarjet 84\ns:te 212 512 710 817 98 d5 e-6 f-9 g-5 k-7 l-5 m-5\ns:tecnic 14 f7\ns:ten 35 e5\ns:teng 5-5\ns:ti 3-7\ns:tien 15 6-6 8-6 d11 e4 j4 m-5 p-4\ns:tiend 29\ns:tod 7-5 810 c8 f-6 k-5 m-6\ns:todavi 1-4 2-4 8-6 p7\ns:tom 67 c5 d5\ns:ton f-5 o7\ns:toni m5\ns:trabaj 2-6 a-5 c-6\ns:trafic e7\ns:transport q6\ns:tras l5\ns:tres 4-7\ns:tu 25 4-8 74 8-6 b8 i-6 j8 m8\ns:tuv e12 p8\ns:uf c21\ns:un 04 b7 k4 o-9\ns:una 410 k-15 o-5 p5 q5\ns:uno 9-5 m5\ns:urgenci c5\ns:usuari 35 f10 q8\ns:va 26 57 c8\ns:vari 34\ns:vay 46 c12\ns:vec 38 e5\ns:ver 54\ns:verd 010 14\ns:vien 1-4 38 b10 c17\ns:viern 37 54 816\ns:vigent g8\ns:volv 115 45\ns:vuelv 4-6\ns:web 54 e-6 k8\ns:y 26 48 513 96 b-6 f-4 j-6 l-8 n-8\ns:ya 04 26 3-8 87 9-4 d-5 e-11 g-5 k-5',
};
