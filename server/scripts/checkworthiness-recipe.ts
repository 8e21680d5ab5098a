import { FeatureExtractor, type FeatureConfig } from '../src/extraction/scoring/features';
import { bestF1Threshold } from '../src/extraction/scoring/metrics';
import {
  DEFAULT_TRAIN_OPTIONS,
  featurize,
  logit,
  trainLogistic,
  type TrainedHead,
  type TrainOptions,
} from '../src/extraction/scoring/trainer';
import { toExamples, type LabelledSentence } from './checkworthiness-data';

/** One way of training the detector: which features, which optimiser settings, which data. */
export interface Recipe {
  name: string;
  features: FeatureConfig;
  options: TrainOptions;
  /** Add CLEF's positives (sentences fact-checkers chose) to ClaimBuster's training set. */
  clefPositives: boolean;
}

const WORDS: FeatureConfig = {
  hashBits: 18,
  wordNgrams: 1,
  charNgrams: [],
  handFeatures: false,
  context: false,
};

export const BASELINE: Recipe = {
  name: 'baseline: bag of words LR',
  features: WORDS,
  options: { ...DEFAULT_TRAIN_OPTIONS, learningRate: 0.2, epochs: 8 },
  clefPositives: false,
};

const TUNED = { ...DEFAULT_TRAIN_OPTIONS, learningRate: 0.02, epochs: 10 };

export const FULL: Recipe = {
  name: 'ClaimDesk: + bigrams, hand features, CLEF positives',
  features: { ...WORDS, wordNgrams: 2, handFeatures: true },
  options: TUNED,
  clefPositives: true,
};

/** Each row adds one thing to the row above, so the gain of each is visible. */
export const ABLATIONS: Recipe[] = [
  BASELINE,
  { name: '+ slower AdaGrad (lr 0.02, 10 epochs)', features: WORDS, options: TUNED, clefPositives: false },
  { name: '+ word bigrams', features: { ...WORDS, wordNgrams: 2 }, options: TUNED, clefPositives: false },
  { name: '+ hand features', features: FULL.features, options: TUNED, clefPositives: false },
  { name: '+ CLEF positives (= full)', features: FULL.features, options: TUNED, clefPositives: true },
  {
    name: '(tried) + char 4-grams',
    features: { ...FULL.features, charNgrams: [4] },
    options: TUNED,
    clefPositives: true,
  },
  {
    name: '(tried) + neighbour context',
    features: { ...FULL.features, context: true },
    options: TUNED,
    clefPositives: true,
  },
];

export interface TrainingSet {
  sentences: LabelledSentence[];
  /** True for ClaimBuster rows: the threshold is tuned on those only. */
  claimbuster: boolean[];
}

export function trainingSet(
  recipe: Recipe,
  claimbuster: LabelledSentence[],
  clef: LabelledSentence[],
): TrainingSet {
  const extra = recipe.clefPositives ? clef.filter((s) => s.label === 1) : [];
  return {
    sentences: [...claimbuster, ...extra],
    claimbuster: [...claimbuster.map(() => true), ...extra.map(() => false)],
  };
}

export function trainHead(recipe: Recipe, sentences: LabelledSentence[]): TrainedHead {
  const extractor = new FeatureExtractor(recipe.features);
  const features = featurize(toExamples(sentences), extractor);
  const labels = Uint8Array.from(sentences, (s) => s.label);
  return trainLogistic(features, labels, 1 << recipe.features.hashBits, recipe.options);
}

export function scoreAll(recipe: Recipe, head: TrainedHead, sentences: LabelledSentence[]): number[] {
  const extractor = new FeatureExtractor(recipe.features);
  return featurize(toExamples(sentences), extractor).map((x) => 1 / (1 + Math.exp(-logit(head, x))));
}

/** Threshold that maximises F1 on out-of-fold ClaimBuster scores (5 folds by document): dev data never used. */
export function crossValidatedThreshold(recipe: Recipe, set: TrainingSet, folds = 5): number {
  const documents = [...new Set(set.sentences.map((s) => s.document))].sort();
  const foldOf = new Map(documents.map((d, i) => [d, i % folds]));
  const scores: number[] = [];
  const labels: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = set.sentences.filter((s) => foldOf.get(s.document) !== fold);
    const heldOut = set.sentences.filter((s, i) => foldOf.get(s.document) === fold && set.claimbuster[i]);
    if (heldOut.length === 0) continue;
    const head = trainHead(recipe, train);
    scores.push(...scoreAll(recipe, head, heldOut));
    labels.push(...heldOut.map((s) => s.label));
  }
  return bestF1Threshold(scores, labels);
}
