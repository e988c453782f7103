import type { Diagnostic } from './diagnostic';
import { parseTags, type TagContext } from './tag.schema';

export interface InkOutline {
  /** Knot names in source order (functions excluded). */
  readonly knots: string[];
  /** Every tag in source order with its line, for comparing the two languages. */
  readonly tags: { line: number; context: TagContext; text: string }[];
  /** Number of choices per knot, in order. */
  choices: number;
  /** VAR names. */
  readonly variables: string[];
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][A-Za-z0-9_]*)/;
const CHOICE = /^\s*(?:[*+]\s*)+/;
const VAR = /^\s*VAR\s+([A-Za-z_][A-Za-z0-9_]*)/;

function stripComments(lines: string[]): string[] {
  let inBlock = false;
  return lines.map((line) => {
    let out = '';
    for (let i = 0; i < line.length; i++) {
      if (inBlock) {
        if (line[i] === '*' && line[i + 1] === '/') {
          inBlock = false;
          i++;
        }
        continue;
      }
      if (line[i] === '\\') {
        out += line.slice(i, i + 2);
        i++;
      } else if (line[i] === '/' && line[i + 1] === '*') {
        inBlock = true;
        i++;
      } else if (line[i] === '/' && line[i + 1] === '/') {
        break;
      } else {
        out += line[i];
      }
    }
    return out;
  });
}

/** Splits the tags out of one source line, telling choice-bracket tags from line tags. */
function tagsOfLine(line: string): { context: TagContext; text: string }[] {
  const found: { context: TagContext; text: string }[] = [];
  const isChoice = CHOICE.test(line);
  let depth = 0;
  let current: { context: TagContext; text: string } | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      if (current) current.text += line.slice(i, i + 2);
      i++;
      continue;
    }
    if (isChoice && c === '[') depth++;
    if (isChoice && c === ']' && depth > 0) {
      depth--;
      if (current?.context === 'choice') {
        found.push(current);
        current = null;
      }
      continue;
    }
    if (c === '#') {
      if (current) found.push(current);
      current = { context: isChoice && depth > 0 ? 'choice' : 'line', text: '' };
      continue;
    }
    if (current) current.text += c;
  }
  if (current) found.push(current);
  return found.map((t) => ({ context: t.context, text: t.text.trim() })).filter((t) => t.text !== '');
}

/**
 * Reads an ink source for what the compiler does not check: every tag must be `key: value` from
 * the tag schema, and every author must be a persona of the sidecar. Reports file and line.
 */
export function lintInkTags(
  file: string,
  source: string,
  personas: ReadonlySet<string>,
): { diagnostics: Diagnostic[]; outline: InkOutline } {
  const diagnostics: Diagnostic[] = [];
  const outline: InkOutline = { knots: [], tags: [], choices: 0, variables: [] };
  const lines = stripComments(source.replace(/^\uFEFF/, '').split(/\r?\n/));
  lines.forEach((text, index) => {
    const line = index + 1;
    const knot = KNOT.exec(text);
    if (knot?.[2] && !knot[1]) outline.knots.push(knot[2]);
    const variable = VAR.exec(text);
    if (variable?.[1]) outline.variables.push(variable[1]);
    if (CHOICE.test(text)) outline.choices++;
    const tags = tagsOfLine(text);
    for (const context of ['line', 'choice'] as const) {
      const group = tags.filter((t) => t.context === context).map((t) => t.text);
      if (group.length === 0) continue;
      for (const t of group) outline.tags.push({ line, context, text: t });
      const parsed = parseTags(group, context as 'line');
      if (!parsed.ok) {
        for (const p of parsed.problems) diagnostics.push({ file, line, rule: p.rule, message: p.message });
        continue;
      }
      const author = context === 'line' ? parsed.value.author : undefined;
      if (author !== undefined && !personas.has(author)) {
        diagnostics.push({
          file,
          line,
          rule: 'unknown-persona',
          message: `author "${author}" is not a persona of the sidecar (known: ${[...personas].join(', ')})`,
        });
      }
    }
  });
  return { diagnostics, outline };
}
