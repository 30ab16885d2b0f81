import { describe, expect, it } from 'vitest';
import { classifyHeadline, classifyHeadlineWithReason, readHeadline } from '../../utils/verdict/classify-headline';
import {
  FEATURE_VERSION,
  headlineFeatures,
  MODEL_CONFIDENCE,
  MODEL_VERDICTS,
  modelMayCancel,
  modelOpinion,
  scoreWithModel,
  shippedModel,
  type VerdictModel,
} from '../../utils/verdict/verdict-model';
import { crossValidate, type Example, trainModel, trainShippedModel } from '../eval/verdict-training';
import { loadRealHeadlines } from './real/real-headlines';

const TRAINING_TIMEOUT = 60_000;

describe('the shipped verdict model', { timeout: TRAINING_TIMEOUT }, () => {
  it('is the model the development part trains (run npm run train:verdict when this fails)', () => {
    const retrained = trainShippedModel(loadRealHeadlines('dev'));
    expect(shippedModel().featureVersion).toBe(FEATURE_VERSION);
    expect(shippedModel().verdicts).toEqual(MODEL_VERDICTS);
    // Same features; weights equal up to the last rounded digit (floating point may differ by one).
    expect(Object.keys(shippedModel().weights).sort()).toEqual(Object.keys(retrained.weights).sort());
    const largestGap = Math.max(
      ...Object.entries(retrained.weights).flatMap(([feature, weights]) =>
        weights.map((weight, k) => Math.abs(weight - (shippedModel().weights[feature]?.[k] ?? Number.NaN))),
      ),
      ...retrained.bias.map((bias, k) => Math.abs(bias - (shippedModel().bias[k] ?? Number.NaN))),
    );
    expect(largestGap).toBeLessThanOrEqual(0.011);
  });

  it('adds to the rules on shows it was not trained on (five folds by show, development part)', () => {
    const dev = loadRealHeadlines('dev');
    const [rulesAlone, withModel] = crossValidate(dev, [
      () => Number.POSITIVE_INFINITY,
      (verdict) => MODEL_CONFIDENCE[verdict],
    ]);
    expect(withModel?.modelDecided).toBeGreaterThan(100);
    expect(withModel?.accuracy ?? 0).toBeGreaterThanOrEqual((rulesAlone?.accuracy ?? 1) + 0.015);
    // Its confidence for "canceled" is set so that it adds (almost) no false cancellation: at most
    // one per thousand headlines of shows it never saw.
    const allowance = Math.ceil(dev.length / 1000);
    expect(withModel?.falseCanceled ?? 99).toBeLessThanOrEqual((rulesAlone?.falseCanceled ?? 0) + allowance);
  });

  it('is never trained on the held-out part', () => {
    const heldOut = new Set(loadRealHeadlines('held-out').map((item) => item.show));
    const shows = new Set(loadRealHeadlines('dev').map((item) => item.show));
    expect([...heldOut].filter((show) => shows.has(show))).toEqual([]);
  });
});

describe('the model as a second opinion', { timeout: TRAINING_TIMEOUT }, () => {
  it('speaks only where the rules found no verdict', () => {
    expect(classifyHeadlineWithReason('Netflix cancels Glass Harbor after one season', 'Glass Harbor')).toEqual({
      verdict: 'canceled',
      season: null,
      decidedBy: 'cancels',
    });
    let modelDecided = 0;
    for (const item of loadRealHeadlines('dev')) {
      const rules = readHeadline(item.headline, item.show).rules;
      const final = classifyHeadline(item.headline, item.show);
      if (rules.verdict !== 'none') expect(final, item.headline).toEqual(rules);
      else if (final.verdict !== 'none') modelDecided++;
    }
    expect(modelDecided).toBeGreaterThan(0);
  });

  it("keeps quiet when it is unsure, on another title's news, and when trained on other features", () => {
    // Found for "The Imperfects", about another show: not the model's to judge.
    expect(classifyHeadline("Netflix Cancels 'Kaos' After One Season", 'The Imperfects').verdict).toBe('none');
    // Found for "Chicago Med", about its namesake: not the model's to judge either.
    const namesake = readHeadline('Chicago Fire renewed for season 13 at NBC', 'Chicago Med');
    expect(namesake).toMatchObject({ mentioned: false, namesakeOnly: true });
    expect(modelOpinion(namesake)).toBeNull();
    const reading = readHeadline('Glass Harbor season 2 review: a slow start', 'Glass Harbor');
    expect(modelOpinion(reading)).toBeNull();
    expect(classifyHeadline('Glass Harbor season 2 review: a slow start', 'Glass Harbor').verdict).toBe('none');
    const sure: VerdictModel = {
      featureVersion: FEATURE_VERSION - 1,
      verdicts: MODEL_VERDICTS,
      bias: [9, 0, 0, 0, 0],
      weights: {},
    };
    expect(modelOpinion(reading, sure)).toBeNull();
  });

  it('reads no cancellation beside other verdicts, nor a question or forecast about the show', () => {
    // A toy model sure of "canceled" whenever "shake" appears.
    const sureOfCanceled: VerdictModel = {
      featureVersion: FEATURE_VERSION,
      verdicts: MODEL_VERDICTS,
      bias: [0, 0, 0, 0, 0],
      weights: { 'w:shake': [20, 0, 0, 0, 0] },
    };
    const alone = readHeadline('Glass Harbor is in a Netflix shake-up', 'Glass Harbor');
    expect(modelOpinion(alone, sureOfCanceled)?.verdict).toBe('canceled');
    // With a renewal beside it ("Renewed, Axed and Picked Up" style), the show's verdict is unknown.
    const mixed = readHeadline('Netflix shake-up: three series renewed', 'Glass Harbor');
    expect(mixed.phrases.map((phrase) => phrase.verdict)).toContain('renewed');
    expect(modelMayCancel(mixed)).toBe(false);
    expect(modelOpinion(mixed, sureOfCanceled)).toBeNull();
    // A question about the show is the rules' to read: they give it no verdict, nor does the model.
    const question = readHeadline('Is Glass Harbor in the Netflix shake-up?', 'Glass Harbor');
    expect(question.speculative).toBe(true);
    expect(modelOpinion(question, sureOfCanceled)).toBeNull();
  });

  it('explains itself with the headline words that weighed most', () => {
    // A toy model: "chop" means canceled.
    const model: VerdictModel = {
      featureVersion: FEATURE_VERSION,
      verdicts: MODEL_VERDICTS,
      bias: [0, 0, 0, 0, 2],
      weights: { 'w:chop': [6, 0, 0, 0, 0], 'b:gets the': [1, 0, 0, 0, 0], 'w:monday': [0.5, 0, 0, 0, 0] },
    };
    const opinion = modelOpinion(
      readHeadline('Glass Harbor gets the chop, Netflix said Monday', 'Glass Harbor'),
      model,
    );
    // The headline's own words, in its order, adjacent ones kept together; the show's name left out.
    expect(opinion).toMatchObject({ verdict: 'canceled', words: ['gets the chop', 'monday'] });
    expect(classifyHeadlineWithReason('Lupin earns a second act at Netflix', 'Lupin').decidedBy ?? '').not.toMatch(
      /⟨|SHOW|TITLE/,
    );
    expect(opinion?.probability).toBeGreaterThan(0.9);
  });
});

describe('trainModel', () => {
  it('learns which words mean which verdict, counting words by show', () => {
    const example = (headline: string, verdict: Example['verdict'], show: string): Example => ({
      features: headlineFeatures(readHeadline(headline, show)),
      verdict,
      show,
    });
    const shows = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
    const examples = shows.flatMap((show) => [
      example(`${show} gets the boot`, 'canceled', show),
      example(`${show} wins another go`, 'renewed', show),
      example(`${show} review: fun`, 'none', show),
    ]);
    // A word only one show's headlines use is that show's, not evidence.
    examples.push(example('Zulu zanzibar forever', 'renewed', 'Zulu'));
    const model = trainModel(examples);
    expect(model.weights['w:boot']?.[0]).toBeGreaterThan(0);
    expect(model.weights['w:zanzibar']).toBeUndefined();
    const verdictOf = (headline: string) =>
      scoreWithModel(model, headlineFeatures(readHeadline(headline, 'Golf'))).verdict;
    expect(verdictOf('Golf gets the boot')).toBe('canceled');
    expect(verdictOf('Golf wins another go')).toBe('renewed');
  });
});
