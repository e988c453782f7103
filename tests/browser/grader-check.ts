import { type GradeInput, gradeReply, loadLexicons } from '../../src/grading';

/**
 * The grader as the game bundles it, for the test that the same text reads the same in the
 * browser as in Node: `window.gradeAll(inputs)` returns every reading.
 */
const out = document.getElementById('out') as HTMLElement;
try {
  await loadLexicons();
  (window as unknown as { gradeAll: (inputs: GradeInput[]) => unknown[] }).gradeAll = (inputs) =>
    inputs.map((input) => gradeReply(input));
  out.textContent = 'ready';
  out.dataset.done = 'true';
} catch (error) {
  out.textContent = `error: ${(error as Error).message}`;
  out.dataset.done = 'error';
}
