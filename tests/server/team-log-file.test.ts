import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTeamLog } from '../../src/server/team-log-file';
import { removeDir, sessionLog, tempDataDir } from './harness';

describe('a team log file read back', () => {
  it('drops a last line cut short by a crash (never acknowledged) and cuts it from the file', async () => {
    const dir = tempDataDir();
    try {
      const path = join(dir, 'team-1.jsonl');
      const log = sessionLog().slice(0, 3);
      writeFileSync(path, log.map((event, seq) => `${JSON.stringify({ seq, event })}\n`).join(''));
      appendFileSync(path, '{"seq":3,"event":{"t":12,"ty');
      const read = await readTeamLog(path);
      expect(read.events).toEqual(log);
      expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
      expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(4);
    } finally {
      removeDir(dir);
    }
  });

  it('refuses a damaged line in the middle or a sequence out of order, naming the file and the line', async () => {
    const dir = tempDataDir();
    try {
      const path = join(dir, 'team-1.jsonl');
      const [a, b] = sessionLog();
      writeFileSync(path, `${JSON.stringify({ seq: 0, event: a })}\nnot json\n`);
      await expect(readTeamLog(path)).rejects.toThrow(/team-1\.jsonl:2: not a log line/);
      writeFileSync(
        path,
        `${JSON.stringify({ seq: 0, event: a })}\n${JSON.stringify({ seq: 5, event: b })}\n`,
      );
      await expect(readTeamLog(path)).rejects.toThrow(/team-1\.jsonl:2: sequence number 5, expected 1/);
    } finally {
      removeDir(dir);
    }
  });
});
