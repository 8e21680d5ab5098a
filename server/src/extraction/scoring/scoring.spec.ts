import { defaultModel } from './default-model';
import { FeatureExtractor, handFeatures, tokenize, type FeatureConfig } from './features';
import { fnv1a, mix } from './hash';
import { averagePrecision, bestF1Threshold, binaryMetrics, meanAveragePrecision } from './metrics';
import { CheckworthinessModel, packWeights, parseStoredModel } from './model';
import { featurize, trainLogistic } from './trainer';

const CONFIG: FeatureConfig = {
  hashBits: 12,
  wordNgrams: 2,
  charNgrams: [],
  handFeatures: true,
  context: false,
};

describe('committed model', () => {
  it('is versioned, documented and loads', () => {
    const model = defaultModel();
    expect(model.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    const stored = model.stored as unknown as Record<string, unknown>;
    expect(stored.attribution).toEqual(expect.stringContaining('ClaimBuster'));
    expect(stored.created).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('ranks a statistic above small talk', () => {
    const model = defaultModel();
    expect(model.score('We have lost 70,000 manufacturing jobs since 2001.')).toBeGreaterThan(
      model.score('Good evening, and thank you.'),
    );
  });
});

describe('features', () => {
  it('folds numbers to shapes and normalises apostrophes', () => {
    expect(tokenize('In 2019 we spent $4,000 — it’s 12.5%')).toEqual([
      'in',
      '<year>',
      'we',
      'spent',
      '$',
      '<num>',
      '<num>',
      "it's",
      '<num>',
      '<num>',
      '%',
    ]);
  });

  it('hashes deterministically into the configured space', () => {
    expect(fnv1a('ceasefire', 1)).toBe(fnv1a('ceasefire', 1));
    const vector = new FeatureExtractor(CONFIG).extract('Trump met Putin in 2025.');
    for (let i = 0; i < vector.length; i++) expect(vector.indices[i]).toBeLessThan(1 << 12);
  });
});

/** The feature vector spelt out from tokenize and handFeatures, as the extractor's one-pass scan must give it. */
function referenceFeatures(text: string, config: FeatureConfig): number[] {
  const mask = (1 << config.hashBits) - 1;
  const out: number[] = [];
  const tokens = tokenize(text);
  const seedWord = 0x9e3779b1;
  const seedBigram = 0x85ebca6b;
  let previous = fnv1a('<s>', seedWord);
  for (const token of tokens) {
    const h = fnv1a(token, seedWord);
    out.push(h);
    if (config.wordNgrams >= 2) out.push(mix(previous, h, seedBigram));
    previous = h;
  }
  if (config.wordNgrams >= 2) out.push(mix(previous, fnv1a('</s>', seedWord), seedBigram));
  if (config.handFeatures) for (const name of handFeatures(text, tokens)) out.push(fnv1a(name, 0x165667b1));
  return out.map((h) => h & mask);
}

describe('one-pass feature extraction', () => {
  const sentences = [
    'In 2019 we spent $4,000 — it’s 12.5% more than in 1999, per cent by per cent.',
    'Unemployment FELL to 3.9 percent; I think we’ll do better than 20 million jobs.',
    '“We will not,” said U.S. President Donald Trump. He added: “Never!”',
    'They WON’T say it’s 5G or 3rd-place… Really? €5bn, £3m and 100% ',
    'Aİ and \u212aelvin signs, naïve café résumé, 1800s 2025ad 12’s rock’n’roll',
    '',
    '   ',
    'Zł 99 x1 B. Ab Cd. Ef?! "quoted" ',
  ];
  it.each(sentences)('matches tokenize + handFeatures on %j', (text) => {
    for (const wordNgrams of [1, 2] as const) {
      for (const hand of [true, false]) {
        const config = { ...CONFIG, hashBits: 18, wordNgrams, handFeatures: hand };
        const vector = new FeatureExtractor(config).extract(text);
        expect(Array.from(vector.indices.subarray(0, vector.length))).toEqual(
          referenceFeatures(text, config),
        );
      }
    }
  });
});

describe('training', () => {
  const texts = [
    'taxes rose 10 percent',
    'we spent 4 billion',
    'thank you all',
    'good evening everyone',
    'jobs fell by 3 million',
    'hello again',
  ];
  const labels = Uint8Array.from([1, 1, 0, 0, 1, 0]);
  const examples = texts.map((text, i) => ({ text, label: labels[i] as 0 | 1 }));
  const options = { epochs: 20, learningRate: 0.5, l2: 0, seed: 3, positiveWeight: 1 };

  it('is deterministic and separates a toy set', () => {
    const features = featurize(examples, new FeatureExtractor(CONFIG));
    const a = trainLogistic(features, labels, 1 << 12, options);
    const b = trainLogistic(features, labels, 1 << 12, options);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const packed = packWeights(a.weights, 0, 6);
    const model = new CheckworthinessModel(
      parseStoredModel({
        version: '0.0.1',
        created: '2025-01-01',
        features: CONFIG,
        threshold: 0.5,
        bias: a.bias,
        ...packed,
      }),
    );
    expect(model.score('prices rose 5 percent')).toBeGreaterThan(model.score('thank you again'));
  });

  it('rejects a malformed weights file', () => {
    expect(() => parseStoredModel({ version: 1 })).toThrow('expected fields');
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1', () => {
    expect(binaryMetrics([0.9, 0.8, 0.2, 0.1], [1, 0, 1, 0], 0.5)).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
  });

  it('computes average precision per document and its mean', () => {
    expect(averagePrecision([0.9, 0.8, 0.7], [0, 1, 1])).toBeCloseTo((1 / 2 + 2 / 3) / 2);
    expect(meanAveragePrecision([0.9, 0.1, 0.5, 0.6], [1, 0, 0, 1], ['a', 'a', 'b', 'b'])).toBeCloseTo(1);
  });

  it('picks the F1-best threshold between scores', () => {
    const threshold = bestF1Threshold([0.9, 0.7, 0.4, 0.2], [1, 1, 0, 0]);
    expect(threshold).toBeGreaterThan(0.4);
    expect(threshold).toBeLessThan(0.7);
  });
});
