import { describe, expect, it } from 'vitest';
import type { Example, IntModel, Thresholds } from '../../src/cli/train-grader-data';
import { modelsOfData, pruneModels } from '../../src/cli/train-grader-prune';
import { learnedModule } from '../../src/cli/train-grader-write';
import { LEARNED_ES } from '../../src/grading/lexicon.es.learned';

const example = (features: string[], words = 20) => ({ features, words }) as unknown as Example;
const t: Thresholds = { good: 10, bad: 0, minWords: 12 };

describe('pruning the learned layer', () => {
  it('drops the small weights that change no reading and keeps the one that tips a reply over', () => {
    const model: IntModel = {
      quality: 'apologises',
      bias: -20,
      weights: new Map([
        ['s:perdon', 40],
        ['s:hol', 4],
        ['s:te', -4],
        ['s:sient', 4],
      ]),
    };
    // "s:sient" carries the second reply from 7 to 11, past the threshold: it stays. The others
    // only move the first reply's score, which "s:perdon" keeps well over it.
    const train = [example(['s:perdon', 's:hol', 's:te']), example(['s:sient', 'c:troll'])];
    const more = { ...model, weights: new Map([...model.weights, ['c:troll', 27] as const]) };
    const { models, dropped } = pruneModels([more], train, t, 1, 4);
    expect([...(models[0]?.weights.keys() ?? [])].sort()).toEqual(['c:troll', 's:perdon', 's:sient']);
    expect(dropped).toBe(2);
    // Under the minimum of words a reply is never read by the layer, so nothing there holds a weight.
    expect(pruneModels([more], [example(['s:sient', 'c:troll'], 5)], t, 1, 4).dropped).toBe(3);
  });

  it('keeps a weight whose removal would move the evidence a reading cites', () => {
    const model: IntModel = { quality: 'thanks', bias: 0, weights: new Map([['s:graci', 4]]) };
    const { models } = pruneModels([model], [example(['s:graci'])], { ...t, good: 0 }, 1, 4);
    expect(models[0]?.weights.get('s:graci')).toBe(4);
  });

  it('reads a shipped weight file back as the models that wrote it', () => {
    const models = modelsOfData(LEARNED_ES);
    const per = new Map(models.map((m, i) => [m.quality, LEARNED_ES.threshold[i] as number]));
    const config = { scale: LEARNED_ES.scale, minEvidence: LEARNED_ES.minEvidence / LEARNED_ES.scale };
    const source = learnedModule('es', LEARNED_ES.cues, config as never, models, { ...t, per });
    expect(source).toContain(JSON.stringify(LEARNED_ES.weights));
  });
});
