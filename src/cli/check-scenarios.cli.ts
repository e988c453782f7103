import { formatDiagnostic } from '../content/diagnostic';
import { playHeadless } from '../sim/headless';
import { POLICIES } from '../sim/policies';
import { loadLibrary } from './load-library';

/**
 * Compiles every scenario in both languages, validates sidecars and tags, checks the two languages
 * match, then plays seeded sessions with every built-in policy and reports what they reached.
 * Exits non-zero on any content error, naming file, line and rule.
 */
const SEEDS = Number(process.env.CHECK_SEEDS ?? 200);

const library = loadLibrary();
for (const d of library.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
let failed = library.diagnostics.length > 0;

const rows = library.scenarios.map((scenario) => {
  const m = scenario.manifest;
  const endings = new Map<string, number>();
  let posts = 0;
  let crowd = 0;
  let runs = 0;
  let error = '';
  for (const lang of ['es', 'en'] as const) {
    for (const policy of Object.values(POLICIES)) {
      for (let seed = 0; seed < SEEDS && !error; seed++) {
        try {
          const s = playHeadless(scenario, lang, seed, policy);
          runs++;
          endings.set(s.ending ?? '(none)', (endings.get(s.ending ?? '(none)') ?? 0) + 1);
          for (const e of s.log) {
            if (e.type !== 'post' || e.post.authorType === 'brand') continue;
            if (e.post.crowd) crowd++;
            else posts++;
          }
        } catch (err) {
          error = `${lang} ${policy.name} seed ${seed}: ${(err as Error).message}`;
        }
      }
    }
  }
  if (error) {
    failed = true;
    process.stderr.write(`scenarios/${m.id}: [play] ${error}\n`);
  }
  return {
    scenario: m.id,
    minutes: Math.round((m.durationSeconds / 60) * 10) / 10,
    threads: m.threads.length,
    principles: m.principles.length,
    'scripted posts/run': runs ? Math.round(posts / runs) : 0,
    'crowd posts/run': runs ? Math.round(crowd / runs) : 0,
    endings: [...endings].map(([k, v]) => `${k} ${v}`).join(', '),
    runs,
  };
});

console.table(rows);
if (library.broken.length > 0) console.log(`broken: ${library.broken.join(', ')}`);
console.log(failed ? 'scenario check FAILED' : `scenario check passed: ${rows.length} scenario(s)`);
process.exit(failed ? 1 : 0);
