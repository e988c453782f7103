import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { ONBOARDING_ORDER } from '../app/progress';
import { LANGS, type Lang } from '../content/scenario.schema';
import { cmi5Manifest } from './lms/cmi5-manifest';
import { scormManifest } from './lms/scorm-manifest';
import { loadLibrary, reportDiagnostics } from './load-library';

/**
 * `npm run package:lms [-- --mastery N] [--lang es|en] [--build]`: the SCORM 1.2 package,
 * `dist-lms/cortafuegos-scorm12.zip` (imsmanifest.xml and the built game), and the cmi5 package,
 * `dist-lms/cortafuegos-cmi5.zip` (cmi5.xml and the same game), both with the pass mark `--mastery`.
 * Builds the game when `dist/` has none (or with `--build`).
 */
function usage(message: string): never {
  process.stderr.write(`package:lms: ${message}\n`);
  process.exit(2);
}

const FLAGS = {
  mastery: { type: 'string', default: '70' },
  lang: { type: 'string', default: 'es' },
  build: { type: 'boolean', default: false },
  out: { type: 'string', default: 'dist-lms' },
} as const;

function parse() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: FLAGS, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    const flag = /'([^']+)'/.exec((error as Error).message)?.[1] ?? (error as Error).message;
    usage(`unknown or malformed flag ${flag}; valid flags: --mastery N, --lang es|en, --build, --out DIR`);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

const args = parse();
if (!/^\d{1,3}$/.test(args.mastery) || Number(args.mastery) > 100)
  usage(`--mastery must be a whole number from 0 to 100, not "${args.mastery}"`);
if (!(LANGS as readonly string[]).includes(args.lang)) usage(`--lang must be one of ${LANGS.join(', ')}`);

const dist = resolve('dist');
if (args.build || !existsSync(join(dist, 'index.html'))) {
  process.stdout.write('package:lms: building the game (npm run build)…\n');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) usage('the build failed; no package was written');
}

const library = loadLibrary();
reportDiagnostics(library);
const order = (id: string): number => {
  const i = ONBOARDING_ORDER.indexOf(id);
  return i < 0 ? ONBOARDING_ORDER.length : i;
};
const scenarios = library.scenarios.map((s) => s.manifest).sort((a, b) => order(a.id) - order(b.id));
const files = filesUnder(dist);
const mastery = Number(args.mastery);
const lang = args.lang as Lang;
const game: Record<string, Uint8Array> = {};
for (const f of files) game[f] = readFileSync(join(dist, f));
const out = resolve(args.out);
mkdirSync(out, { recursive: true });

/** Writes one package: its manifest at the root, beside the built game. */
function writePackage(name: string, manifestName: string, manifest: string, units: string): void {
  const zipPath = join(out, name);
  const zip = zipSync({ [manifestName]: new TextEncoder().encode(manifest), ...game }, { level: 9 });
  writeFileSync(zipPath, zip);
  process.stdout.write(
    `package:lms: ${relative(process.cwd(), zipPath)} (${scenarios.length} ${units}, mastery ${args.mastery}, ${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB)\n`,
  );
}

writePackage(
  'cortafuegos-scorm12.zip',
  'imsmanifest.xml',
  scormManifest({ scenarios, lang, mastery, files }),
  'SCOs',
);
writePackage('cortafuegos-cmi5.zip', 'cmi5.xml', cmi5Manifest({ scenarios, lang, mastery }), 'AUs');
