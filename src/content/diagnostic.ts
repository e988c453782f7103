/** A problem found in scenario content: always names the file, the line where one exists, and the rule. */
export interface Diagnostic {
  readonly file: string;
  readonly line?: number;
  readonly rule: string;
  readonly message: string;
}

export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: [${d.rule}] ${d.message}`;

export class ContentError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ContentError';
  }
}
