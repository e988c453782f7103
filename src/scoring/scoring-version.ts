/**
 * The version of the scoring, kept in every results file so a file is only checked against the
 * rules that scored it. Bump it whenever the same player actions can give another log (an engine
 * change) or the same log another score or debrief (a rule change): files of the old version are
 * then reported as "from another version", not as forged.
 */
export const SCORING_VERSION = 2;
