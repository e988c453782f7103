import { resolve } from 'node:path';
import { BAD_QUALITIES, GOOD_QUALITIES } from '../content/quality';
import { gradeReply } from '../grading/grade-reply';
import { loadLexicons } from '../grading/load-lexicon';
import { principlesOf } from '../grading/principles';
import { type GoldLine, readGold } from './gold-replies';
import {
  type Judged,
  polarityFigures,
  type QualityFigures,
  qualityFigures,
  quantile,
  ratio,
} from './grader-metrics';
import { graderSize } from './grader-size';
import { loadLibrary } from './load-library';
import { type ScriptedReply, scriptedReplies } from './scripted-replies';

// The grader's lexicons load per language on demand (load-lexicon.ts); this tool grades in both.
await loadLexicons();

/**
 * `npm run -s bench:grader`: the grader against the gold set (tests/gold/replies.jsonl), for the
 * tune part and the held-out part apart: per-quality precision, recall and Cohen's κ, polarity
 * accuracy per principle, per language and overall, the false-praise rate; then the time to grade
 * one reply and the grader's size. Figures, not a test: nothing here fails.
 *
 * `--failures` lists the tune part's disagreements, to work on rules; it never lists held-out lines.
 * `--rules-only` leaves the learned layer out (src/grading/learned.ts), to compare.
 * `--gold FILE` reads another labelled set in the same format (a new batch, read before any rule is
 * written for it).
 *
 * A third part reads the scenarios' own suggested replies against their quality tags
 * (scripted-replies.ts): the same words written out should score as they do picked.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const KAPPA_TARGET = 0.7;
const KAPPA_MIN_SUPPORT = 10;
const VOCABULARY: readonly string[] = [...GOOD_QUALITIES, ...BAD_QUALITIES];

const input = (g: GoldLine | ScriptedReply) => ({
  text: g.text,
  lang: g.lang,
  context: g.context,
  confirmed: g.confirmed,
  authorName: g.authorName,
  ...('isPrivate' in g
    ? { isPrivate: g.isPrivate, staffNames: g.staffNames, competitorNames: g.competitorNames }
    : {}),
});

// `--rules-only` reads without the learned layer, to compare.
const options = { learned: !process.argv.includes('--rules-only') };

function judge(g: GoldLine | ScriptedReply): Judged {
  const reading = gradeReply(input(g), options);
  return {
    lang: g.lang,
    goldQualities: new Set(g.qualities),
    readQualities: new Set(reading.qualities),
    goldPrinciples: g.principles,
    readPrinciples: principlesOf(reading.qualities, g.context, reading.touches),
  };
}

const f2 = (x: number): string => (Number.isNaN(x) ? '  – ' : x.toFixed(2));
const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`);
const out = (line = '') => process.stdout.write(`${line}\n`);

function printQualities(rows: readonly QualityFigures[]) {
  out('  quality                   n   prec  recall  kappa');
  for (const r of rows) {
    const flag = r.support >= KAPPA_MIN_SUPPORT ? (r.kappa >= KAPPA_TARGET ? '  κ ok' : '  κ BELOW 0.7') : '';
    out(
      `  ${r.quality.padEnd(24)}${String(r.support).padStart(3)}  ${f2(r.precision)}  ${f2(r.recall)}   ${f2(r.kappa)}${flag}`,
    );
  }
  const big = rows.filter((r) => r.support >= KAPPA_MIN_SUPPORT);
  out(
    `  κ ≥ ${KAPPA_TARGET} for ${big.filter((r) => r.kappa >= KAPPA_TARGET).length} of ${big.length} qualities with ≥ ${KAPPA_MIN_SUPPORT} occurrences`,
  );
}

function printPart(name: string, lines: readonly (GoldLine | ScriptedReply)[]) {
  const judged = lines.map(judge);
  const langs = lines.reduce((m, l) => m.set(l.lang, (m.get(l.lang) ?? 0) + 1), new Map<string, number>());
  out(`== ${name}: ${lines.length} replies (${[...langs].map(([l, n]) => `${n} ${l}`).join(', ')})`);
  printQualities(qualityFigures(judged, VOCABULARY));
  const p = polarityFigures(judged);
  out(`  polarity accuracy overall ${f2(ratio(p.overall))} (${p.overall.right}/${p.overall.total} pairs)`);
  for (const [lang, r] of [...p.byLang].sort())
    out(`    ${lang.padEnd(22)} ${f2(ratio(r))} (${r.right}/${r.total})`);
  for (const [principle, r] of [...p.byPrinciple].sort())
    out(`    ${principle.padEnd(22)} ${f2(ratio(r))} (${r.right}/${r.total})`);
  out(
    `  false praise ${pct(ratio(p.falsePraise))} (${p.falsePraise.right}/${p.falsePraise.total} pairs labelled −1 read as +1)`,
  );
  out(`  principles touched that the labels leave untouched: ${p.extraTouches}`);
  for (const lang of [...langs.keys()].sort())
    out(`  ${lang}: ${languageSummary(judged.filter((j) => j.lang === lang))}`);
  out();
}

/** One line per language: polarity, false praise, κ count and micro-averaged precision/recall of qualities. */
function languageSummary(judged: readonly Judged[]): string {
  const p = polarityFigures(judged);
  const rows = qualityFigures(judged, VOCABULARY);
  const big = rows.filter((r) => r.support >= KAPPA_MIN_SUPPORT);
  const sum = (k: 'tp' | 'fp' | 'fn') => rows.reduce((n, r) => n + r[k], 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  return [
    `polarity ${f2(ratio(p.overall))}`,
    `false praise ${pct(ratio(p.falsePraise))} (${p.falsePraise.right}/${p.falsePraise.total})`,
    `κ ≥ ${KAPPA_TARGET} for ${big.filter((r) => r.kappa >= KAPPA_TARGET).length} of ${big.length}`,
    `quality precision ${f2(tp / (tp + fp))} recall ${f2(tp / (tp + fn))}`,
  ].join(', ');
}

function printFailures(lines: readonly GoldLine[]) {
  for (const g of lines) {
    if (g.split !== 'tune') continue;
    const j = judge(g);
    const missed = g.qualities.filter((q) => !j.readQualities.has(q));
    const extra = [...j.readQualities].filter((q) => !j.goldQualities.has(q));
    const wrong = Object.entries(g.principles).filter(([p, s]) => j.readPrinciples[p] !== s);
    if (!missed.length && !extra.length && !wrong.length) continue;
    out(`${g.id} [${g.context}${g.confirmed ? '' : ', unconfirmed'}] ${g.text}`);
    if (missed.length) out(`   missed: ${missed.join(' ')}`);
    if (extra.length) out(`   extra:  ${extra.join(' ')}`);
    for (const [p, s] of wrong) out(`   ${p}: gold ${s}, read ${j.readPrinciples[p] ?? 'none'}`);
  }
}

function printTiming(lines: readonly GoldLine[]) {
  const rounds = 20;
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++)
    for (const g of lines) {
      const t0 = performance.now();
      gradeReply(input(g), options);
      // The first round warms the JIT and the segmenters; it is not what a player waits for.
      if (round > 0) times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  out(
    `time to grade one reply: ${times.length} gradings, median ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms, max ${quantile(times, 1).toFixed(3)} ms`,
  );
}

const goldAt = process.argv.indexOf('--gold');
const gold = readGold(
  goldAt > 0 && process.argv[goldAt + 1]
    ? resolve(process.argv[goldAt + 1] as string)
    : resolve(ROOT, 'tests/gold/replies.jsonl'),
);
if (process.argv.includes('--failures')) {
  printFailures(gold);
} else {
  printPart(
    'tune',
    gold.filter((g) => g.split === 'tune'),
  );
  printPart(
    'held-out',
    gold.filter((g) => g.split === 'heldout'),
  );
  // Timed before the suggested replies are gathered: playing their sessions fills the heap, and the
  // time to grade is what a player waits for in a page that plays one session.
  printTiming(gold);
  if (goldAt < 0) {
    const scripted = scriptedReplies(loadLibrary().scenarios);
    printPart('scripted replies, read against their own tags', scripted);
  }
  const size = await graderSize(resolve(ROOT, 'src/grading/index.ts'));
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const { core, lexicons } = size;
  out(
    `grader size (gzip, each chunk apart, as the game loads it): core ${kib(core.gzip)}; writing in es ${kib(core.gzip + lexicons.es.gzip)} (lexicon and stemmer ${kib(lexicons.es.gzip)}), in en ${kib(core.gzip + lexicons.en.gzip)} (${kib(lexicons.en.gzip)}); both languages ${kib(core.gzip + lexicons.es.gzip + lexicons.en.gzip)} (target: 40 KiB as loaded for one language)`,
  );
}
