import { loadLexicons } from '../../src/grading';

// The grader's lexicons load per language on demand (load-lexicon.ts); every Node test grades with both.
await loadLexicons();
