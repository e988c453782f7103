import { createInterface } from 'node:readline';
import {
  GRADING_CONTEXTS,
  GRADING_LANGS,
  type GradingContext,
  type GradingLang,
} from '../content/grading-context';
import { gradeReply } from '../grading/grade-reply';
import { loadLexicons } from '../grading/load-lexicon';
import { principlesOf } from '../grading/principles';

// The grader's lexicons load per language on demand (load-lexicon.ts); this tool grades in both.
await loadLexicons();

/**
 * `npm run -s grade -- --json`: one JSON line in ({"lang","context","text"}, optionally
 * "confirmed", "authorName", "private"), one JSON line out with the qualities, their evidence and
 * what the reply shows per principle. Bad input stops with a one-line error and exit code 2.
 */
class InputError extends Error {}

const USAGE = 'usage: npm run -s grade -- --json  < replies.jsonl';

function parseLine(line: string, n: number) {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    throw new InputError(`line ${n}: not JSON`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new InputError(`line ${n}: expected a JSON object`);
  const o = doc as Record<string, unknown>;
  if (!GRADING_LANGS.includes(o.lang as GradingLang))
    throw new InputError(
      `line ${n}: unknown language ${JSON.stringify(o.lang)}; valid: ${GRADING_LANGS.join(', ')}`,
    );
  if (!GRADING_CONTEXTS.includes(o.context as GradingContext))
    throw new InputError(
      `line ${n}: unknown context ${JSON.stringify(o.context)}; valid: ${GRADING_CONTEXTS.join(', ')}`,
    );
  if (typeof o.text !== 'string') throw new InputError(`line ${n}: "text" must be a string`);
  if (o.confirmed !== undefined && typeof o.confirmed !== 'boolean')
    throw new InputError(`line ${n}: "confirmed" must be true or false`);
  if (o.private !== undefined && typeof o.private !== 'boolean')
    throw new InputError(`line ${n}: "private" must be true or false`);
  if (o.authorName !== undefined && typeof o.authorName !== 'string')
    throw new InputError(`line ${n}: "authorName" must be a string`);
  return {
    lang: o.lang as GradingLang,
    context: o.context as GradingContext,
    text: o.text,
    confirmed: o.confirmed ?? true,
    ...(typeof o.authorName === 'string' ? { authorName: o.authorName } : {}),
    isPrivate: o.private === true,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write(`unknown option ${unknown[0]}; ${USAGE}\n`);
    return 2;
  }
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    n++;
    if (!line.trim()) continue;
    try {
      const input = parseLine(line, n);
      const g = gradeReply(input);
      process.stdout.write(
        `${JSON.stringify({ qualities: g.qualities, evidence: g.evidence, principles: principlesOf(g.qualities, input.context, g.touches) })}\n`,
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`grade: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
