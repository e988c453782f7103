import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../content/scenario.schema';
import { findScenario } from '../content/scenario-library';
import { loadLexicons } from '../grading/load-lexicon';
import { POLICIES } from '../sim/policies';
import { calibrate, formatCalibration } from './calibrate';
import { loadLibrary, reportDiagnostics } from './load-library';
import { runMany, runManyParallel, runOne } from './sim-run';
import { verifyFile } from './verify-results';

// The grader's lexicons load per language on demand (load-lexicon.ts); this tool grades in both.
await loadLexicons();

/** Usage errors are one line naming the bad value and the valid choices, exit code 2. */
function usage(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

const FLAGS = {
  scenario: { type: 'string' },
  lang: { type: 'string', default: 'es' },
  seed: { type: 'string', default: '1' },
  policy: { type: 'string', default: 'random' },
  runs: { type: 'string' },
  workers: { type: 'string', default: '1' },
  out: { type: 'string' },
  json: { type: 'boolean', default: false },
  calibrate: { type: 'boolean', default: false },
  seeds: { type: 'string' },
  verify: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

function parse() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: FLAGS, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    const flag = /'([^']+)'/.exec((error as Error).message)?.[1] ?? (error as Error).message;
    usage(
      `unknown or malformed flag ${flag}; valid flags: ${Object.keys(FLAGS)
        .map((f) => `--${f}`)
        .join(', ')}`,
    );
  }
}

const args = parse();
if (args.help) {
  process.stdout.write(
    'usage: npm run -s sim -- --scenario <id> [--lang es|en] [--seed n] [--policy name] [--runs n [--workers n]] [--json] [--out FILE]\n' +
      '       npm run -s sim -- --calibrate [--seeds n] [--seed first] [--json] [--out FILE]\n' +
      '       npm run -s sim -- --verify FILE   (exit 0 verified, 1 forged, 2 unreadable, 3 another version)\n',
  );
  process.exit(0);
}
const library = loadLibrary();
reportDiagnostics(library);
const ids = library.scenarios.map((s) => s.manifest.id);
if (args.verify !== undefined)
  process.exit(
    verifyFile(args.verify, library, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    }),
  );
if (args.calibrate) runCalibration();
if (!args.scenario) usage(`missing --scenario; valid scenarios: ${ids.join(', ')}`);
const scenario = findScenario(library, args.scenario);
if (!scenario)
  usage(`unknown scenario "${args.scenario}"; valid scenarios: ${ids.join(', ') || '(none loaded)'}`);
if (!LANGS.includes(args.lang as Lang))
  usage(`unknown language "${args.lang}"; valid languages: ${LANGS.join(', ')}`);
const lang = args.lang as Lang;
const policy = POLICIES[args.policy];
if (!policy) usage(`unknown policy "${args.policy}"; valid policies: ${Object.keys(POLICIES).join(', ')}`);
const seed = Number(args.seed);
if (!Number.isInteger(seed)) usage(`--seed must be an integer, got "${args.seed}"`);
const runs = args.runs === undefined ? undefined : Number(args.runs);
if (runs !== undefined && !(Number.isInteger(runs) && runs > 0))
  usage(`--runs must be a positive integer, got "${args.runs}"`);

const workers = Number(args.workers);
if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64))
  usage(`--workers must be a whole number from 1 to 64, got "${args.workers}"`);
if (workers > 1 && runs === undefined) usage('--workers needs --runs');

let report: unknown;
if (runs === undefined) {
  report = runOne(scenario, lang, seed, policy);
} else if (workers > 1) {
  report = await runManyParallel(scenario, lang, seed, runs, policy, workers);
} else {
  const tty = process.stderr.isTTY;
  report = runMany(scenario, lang, seed, runs, policy, (done) => {
    if (tty && (done % 50 === 0 || done === runs)) process.stderr.write(`\r${done}/${runs} playthroughs`);
  });
  if (tty) process.stderr.write('\n');
}
const text = `${JSON.stringify(report, null, args.json ? 0 : 2)}\n`;
if (args.out) writeFileSync(args.out, text);
process.stdout.write(text);

/** `--calibrate`: every scenario, every policy, many seeds; a table of mean scores (or JSON rows). */
function runCalibration(): never {
  const seeds = args.seeds === undefined ? 50 : Number(args.seeds);
  if (!(Number.isInteger(seeds) && seeds > 0))
    usage(`--seeds must be a positive integer, got "${args.seeds}"`);
  const first = Number(args.seed);
  if (!Number.isInteger(first)) usage(`--seed must be an integer, got "${args.seed}"`);
  const tty = process.stderr.isTTY;
  const rows = calibrate(library.scenarios, Object.values(POLICIES), seeds, first, (done, total) => {
    if (tty && (done % 25 === 0 || done === total)) process.stderr.write(`\r${done}/${total} playthroughs`);
  });
  if (tty) process.stderr.write('\n');
  const text = args.json ? `${JSON.stringify(rows)}\n` : formatCalibration(rows);
  if (args.out) writeFileSync(args.out, text);
  process.stdout.write(text);
  process.exit(0);
}
