import { type FileHandle, open, readFile, truncate } from 'node:fs/promises';
import { z } from 'zod';
import { type SessionEvent, sessionEventSchema } from '../sim/event';

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

/** An open log file that appends whole lines, one flush per append. */
export class TeamLogFile {
  private constructor(
    private readonly handle: FileHandle,
    /** Bytes known to be whole lines on disk. */
    private bytes: number,
  ) {}

  static async open(path: string): Promise<TeamLogFile> {
    const handle = await open(path, 'a');
    return new TeamLogFile(handle, (await handle.stat()).size);
  }

  /** Appends the lines and resolves once they are on disk. */
  async append(lines: string): Promise<void> {
    await this.handle.appendFile(lines, 'utf8');
    await this.handle.datasync();
    this.bytes += Buffer.byteLength(lines);
  }

  /** Cuts off what a failed append may have left half written. */
  async truncateBack(): Promise<void> {
    await this.handle.truncate(this.bytes);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
