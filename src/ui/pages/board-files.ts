/** The files on the facilitator's board: read within limits, then checked one by one against their scenario. */

import catalog from 'virtual:scenarios';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  MAX_BOARD_FILES,
  MAX_RESULTS_FILE_BYTES,
  readResultsFile,
  tooLarge,
} from '../../app/workshop/results-file';
import { type Examined, examineRead, unverified } from '../../app/workshop/verify-results';
import type { CompiledScenario } from '../../content/compiled-scenario';
import { loadLexicons } from '../../grading';

interface Entry {
  readonly name: string;
  /** What tells the same file dropped twice: its text's digest, or its size when it was too large to read. */
  readonly key: string;
  examined: Examined | null;
  text: string | null;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** Lets the page paint (the progress) between two files' checks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const known = new Set(catalog.manifests.map((m) => m.id));

/** A scenario's compiled stories, fetched once (the catalog keeps them). */
export const loadScenario = (id: string): Promise<CompiledScenario | undefined> =>
  known.has(id) ? catalog.load(id) : Promise.resolve(undefined);

/**
 * Holds at most MAX_BOARD_FILES files; a file larger than a results file can be is turned away by
 * its size, before its text is read. Replaying a session takes tens of milliseconds, so files are
 * checked one at a time with the page free in between, and `onProgress` reports how far it got.
 */
export class BoardFiles {
  private entries: Entry[] = [];
  private checking = false;
  /** Files not read because the board was full. */
  overflow = 0;

  constructor(
    private readonly onProgress: (progress: Progress) => void,
    private readonly onChecked: () => void,
  ) {}

  get count(): number {
    return this.entries.length;
  }

  /** The checked files, in the order they came. */
  examined(): Examined[] {
    return this.entries.flatMap((e) => (e.examined ? [e.examined] : []));
  }

  async add(files: readonly File[]): Promise<void> {
    for (const file of files) {
      if (this.entries.length >= MAX_BOARD_FILES) {
        this.overflow++;
        continue;
      }
      if (file.size > MAX_RESULTS_FILE_BYTES) {
        this.push({
          name: file.name,
          key: `size:${file.size}`,
          examined: { ok: false, rejection: tooLarge(file.name, file.size) },
          text: null,
        });
        continue;
      }
      this.pushText(file.name, await file.text());
    }
    await this.check();
  }

  /** Results that came as text from elsewhere (the workshop server): checked like any file. */
  async addTexts(texts: readonly { readonly name: string; readonly text: string }[]): Promise<void> {
    // A file already on the board is skipped before the limit is counted (push does both).
    for (const { name, text } of texts) this.pushText(name, text);
    await this.check();
  }

  private pushText(name: string, text: string): void {
    this.push({ name, key: `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`, examined: null, text });
  }

  clear(): void {
    this.entries = [];
    this.overflow = 0;
  }

  private push(entry: Entry): void {
    if (this.entries.some((e) => e.name === entry.name && e.key === entry.key)) return;
    if (this.entries.length >= MAX_BOARD_FILES) this.overflow++;
    else this.entries.push(entry);
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (;;) {
        const entry = this.entries.find((e) => !e.examined);
        if (!entry) break;
        const total = this.entries.length;
        this.onProgress({ done: this.entries.filter((e) => e.examined).length, total });
        await nextTask();
        entry.examined = await examine(entry.name, entry.text ?? '');
        entry.text = null;
      }
    } finally {
      this.checking = false;
    }
    this.onChecked();
  }
}

async function examine(name: string, text: string): Promise<Examined> {
  const read = readResultsFile({ name, text });
  if (!read.ok) return read;
  let scenario: CompiledScenario | undefined;
  try {
    // Checking a file re-grades its written replies in the language of its log, which a tampered file
    // need not share with its `lang`: both lexicons (loaded already as the board opened, if it was online).
    [scenario] = await Promise.all([loadScenario(read.results.scenario), loadLexicons()]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: true, file: name, results: read.results, verdict: unverified(read.results, detail) };
  }
  return examineRead(name, read, scenario);
}
