import { type FileHandle, open, readFile, truncate } from 'node:fs/promises';
import { z } from 'zod';
import { type SessionEvent, sessionEventSchema } from '../sim/event';
import type { TeamLogStore } from './workshop-store';

/**
 * One team's session log on disk: JSON lines, `{"seq":n,"event":{…}}`, appended in order and
 * flushed to disk before the append resolves (the server acknowledges only then). Read back when
 * the server starts: a last line cut short by a crash was never acknowledged, so it is dropped
 * (and cut from the file, so the next append starts on a line of its own); any other line that
 * does not read is an error that names the file and the line.
 */
const lineSchema = z.strictObject({ seq: z.number().int().nonnegative(), event: sessionEventSchema });

export interface LogReadBack {
  readonly events: SessionEvent[];
  /** The events' JSON as written, to tell a resent duplicate from a different event. */
  readonly texts: string[];
}

export const eventLine = (seq: number, eventText: string): string => `{"seq":${seq},"event":${eventText}}\n`;

export async function readTeamLog(path: string): Promise<LogReadBack> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], texts: [] };
    throw error;
  }
  const events: SessionEvent[] = [];
  const texts: string[] = [];
  const lines = text.split('\n');
  // The text after the last newline is a line the crash cut short (or nothing).
  const torn = lines.pop() ?? '';
  for (const [i, line] of lines.entries()) {
    let parsed: z.infer<typeof lineSchema>;
    try {
      parsed = lineSchema.parse(JSON.parse(line));
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not a log line (${error instanceof Error ? error.message : error})`);
    }
    if (parsed.seq !== i) throw new Error(`${path}:${i + 1}: sequence number ${parsed.seq}, expected ${i}`);
    events.push(parsed.event);
    texts.push(JSON.stringify(parsed.event));
  }
  if (torn.length > 0) await truncate(path, Buffer.byteLength(text) - Buffer.byteLength(torn));
  return { events, texts };
}

/**
 * A team's log file as the file store's `TeamLogStore`: whole lines appended, one flush per append.
 * This process is the file's only writer, so it knows how many events the file holds.
 */
export class TeamLogFile implements TeamLogStore {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    /** Bytes known to be whole lines on disk. */
    private bytes: number,
    private held: number,
    /** The log as read back on opening, handed to the first reader (then read from disk again). */
    private opened: string[] | null,
  ) {}

  /** Reads the file back (cutting a torn last line) and opens it for appending. */
  static async open(path: string): Promise<TeamLogFile> {
    const { texts } = await readTeamLog(path);
    const handle = await open(path, 'a');
    return new TeamLogFile(path, handle, (await handle.stat()).size, texts.length, texts);
  }

  async readFrom(from: number): Promise<string[]> {
    const texts = this.opened ?? (await readTeamLog(this.path)).texts;
    this.opened = null;
    return texts.slice(from);
  }

  /** Appends the lines and resolves once they are on disk; a failed write is cut back off. */
  async appendAt(at: number, texts: readonly string[]): Promise<{ ok: true } | { ok: false; held: number }> {
    if (at !== this.held) return { ok: false, held: this.held };
    const lines = texts.map((text, i) => eventLine(at + i, text)).join('');
    try {
      await this.handle.appendFile(lines, 'utf8');
      await this.handle.datasync();
    } catch (error) {
      // Nothing is acknowledged; the file is cut back to what it held, so the resend starts clean.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw error;
    }
    this.bytes += Buffer.byteLength(lines);
    this.held += texts.length;
    return { ok: true };
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
