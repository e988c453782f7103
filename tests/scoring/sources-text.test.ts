import { describe, expect, it } from 'vitest';
import { scoringText } from '../../src/scoring/i18n';
import { SOURCE_FILES } from '../../src/scoring/sources';

describe('sources are cited by title', () => {
  it.each(['es', 'en'] as const)('every source article has a title in %s, never its file name', (lang) => {
    for (const file of SOURCE_FILES) {
      const cited = scoringText(lang).source[file];
      expect(cited.length).toBeGreaterThan(10);
      expect(cited).not.toContain('.txt');
    }
  });
});
