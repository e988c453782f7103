import type { Story } from 'inkjs';
import type { InkStory } from './ink-internal-types';

/**
 * Whether a story is between calls: no newline snapshot, function evaluation, state patch or
 * evaluation in progress, no errors, no observers. Only from such a state can a call be traced, or a
 * kept effect installed, and be sure the effect covers all the call did.
 */

/** Null when the story is at rest; otherwise why not. */
export function notAtRest(story: Story): string | null {
  const s = story as unknown as InkStory;
  const st = s.state;
  if (s._stateSnapshotAtLastNewline !== null) return 'a newline snapshot is pending';
  if (s._temporaryEvaluationContainer) return 'a function evaluation is under way';
  if (st._patch !== null || st.variablesState.patch !== null) return 'a state patch is open';
  if (st.evaluationStack.length > 0) return 'the evaluation stack is not empty';
  if (st.hasError || st.hasWarning) return 'the story has errors';
  if (s._variableObservers !== null && s._variableObservers.size > 0) return 'variables are observed';
  if (!(st._visitCounts instanceof Map) || !(st._turnIndices instanceof Map)) return 'no visit counts';
  return null;
}

/**
 * `notAtRest(story) === null`, by reading fields alone (no getters, no messages): it runs before
 * every memo lookup.
 */
export function atRest(story: Story): boolean {
  const s = story as unknown as InkStory;
  const st = s._state;
  return (
    s._stateSnapshotAtLastNewline === null &&
    !s._temporaryEvaluationContainer &&
    st._patch === null &&
    st.variablesState.patch === null &&
    st.evaluationStack.length === 0 &&
    (st._currentErrors === null || st._currentErrors.length === 0) &&
    (st._currentWarnings === null || st._currentWarnings.length === 0) &&
    (s._variableObservers === null || s._variableObservers.size === 0)
  );
}
