import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import type { Diagnostic } from './diagnostic';

export interface CompileOptions {
  /** Count visits to every knot, so the scenario checker can find knots no play reaches. */
  readonly countAllVisits?: boolean;
}

export interface InkCompileResult {
  readonly json: string | null;
  readonly diagnostics: Diagnostic[];
}

const INK_MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/**
 * Compiles one ink source. Every compiler message becomes a Diagnostic with file and line.
 * Used by the Vite plugin, the CLI and the tests alike, so all three see the same errors.
 */
export function compileInk(file: string, source: string, options: CompileOptions = {}): InkCompileResult {
  const text = source.replace(/^\uFEFF/, '');
  const diagnostics: Diagnostic[] = [];
  const onMessage = (message: string, type: number): void => {
    const m = INK_MESSAGE.exec(message);
    const kind = m?.[1] ?? 'ERROR';
    if (kind.startsWith('TODO') || type === 0) return;
    const isError = kind.includes('ERROR');
    if (!isError) return;
    diagnostics.push({
      file,
      ...(m?.[3] ? { line: Number(m[3]) } : {}),
      rule: 'ink-compile',
      message: (m?.[4] ?? message).trim(),
    });
  };
  const compilerOptions = new CompilerOptions(
    file,
    [],
    options.countAllVisits ?? false,
    onMessage,
    new JsonFileHandler({ [file]: text }),
  );
  try {
    const story = new Compiler(text, compilerOptions).Compile();
    if (diagnostics.length > 0 || !story) return { json: null, diagnostics };
    return { json: story.ToJson() ?? null, diagnostics };
  } catch (error) {
    if (diagnostics.length === 0) {
      diagnostics.push({ file, rule: 'ink-compile', message: (error as Error).message });
    }
    return { json: null, diagnostics };
  }
}
