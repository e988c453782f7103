/**
 * What it takes to play a scenario, as the browser game loads it: one module, imported when the
 * player first opens a scenario or continues a save (engine-loader.ts), so the menu starts
 * without the story runtime, the engine, the grader and its lexicons, or the scoring.
 */
export { debriefText } from '../debrief/i18n';
export { buildResults } from '../debrief/results';
export { loadLexicon, loadLexicons } from '../grading';
export { replayLog } from '../sim/replay';
export { CrisisSession } from '../sim/session';
export { readBriefing } from '../story/briefing';
