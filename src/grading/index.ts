export { EXPECTED, missingIn } from './expected';
export { type Evidence, GRADER_VERSION, type GradeInput, type Grading, gradeReply } from './grade-reply';
export { hasLexicon, LexiconNotLoaded } from './lexicon';
export { loadLexicon, loadLexicons } from './load-lexicon';
export { PRINCIPLE_TABLE, principlesOf } from './principles';
