import { gradeReply } from '../grading/grade-reply';

/**
 * `npm run -s bench:grader`: the time to grade one reply (median, p95) over a fixed sample of
 * replies in both languages. Accuracy figures against the gold set come later.
 */
const SAMPLE: readonly { text: string; lang: 'es' | 'en' }[] = [
  {
    lang: 'es',
    text: 'Lo sentimos mucho, Ana. Fue un error nuestro. Te escribimos por privado hoy antes de las 18:00.',
  },
  {
    lang: 'es',
    text: 'No es culpa nuestra, el proveedor tiene la culpa. Según nuestra política no hay reembolso.',
  },
  { lang: 'es', text: 'Perdona, pero deberías haber leído las condiciones. Gracias por tu paciencia 🙃' },
  { lang: 'es', text: 'Disculpen las molestias ocasionadas, su opinión es muy importante para nosotros.' },
  {
    lang: 'es',
    text: '¿Podrías enviarnos tu número de pedido por privado? Te mantendremos informado en las próximas 2 horas.',
  },
  {
    lang: 'en',
    text: "Sam, we're so sorry. I can imagine how frustrating that is. We'll call you today at 3pm.",
  },
  { lang: 'en', text: "Sorry you feel that way, but you should have read the terms. It's fixed now anyway." },
  { lang: 'en', text: 'We apologise for any inconvenience caused. Your feedback is very important to us.' },
  { lang: 'en', text: "lol you're a troll, get a life 😂" },
  {
    lang: 'en',
    text: "Thank you so much! We'd love to send you a little gift ❤️ Your refund of $45.90 went to sam@example.com",
  },
];

const ROUNDS = 300;
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const s of SAMPLE) {
    const t0 = performance.now();
    gradeReply({
      text: s.text,
      lang: s.lang,
      context: 'genuine_complaint',
      confirmed: false,
      authorName: 'Ana',
    });
    times.push(performance.now() - t0);
  }
// The first round warms the JIT and the segmenters; it is not what a player waits for.
const warm = times.slice(SAMPLE.length).sort((a, b) => a - b);
const at = (q: number): number => warm[Math.min(warm.length - 1, Math.floor(q * warm.length))] ?? 0;
process.stdout.write(
  `grader: ${warm.length} gradings, median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(3)} ms\n`,
);
