import type { FeatureExtractor, SentenceContext } from './features';

export interface TrainingExample {
  text: string;
  label: 0 | 1;
  context?: SentenceContext;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  positiveWeight: number;
}

export interface TrainedHead {
  bias: number;
  weights: Float32Array;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-6,
  seed: 20251125,
  positiveWeight: 1,
};

/** Small seeded PRNG so that training order, and so the weights, are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
}

/** Extracts every example's features once, so epochs only walk integer arrays. */
export function featurize(examples: TrainingExample[], extractor: FeatureExtractor): Int32Array[] {
  return examples.map((example) => {
    const vector = extractor.extract(example.text, example.context);
    return vector.indices.slice(0, vector.length);
  });
}

/** Logistic regression by AdaGrad SGD over hashed binary features, with weight averaging over the last half. */
export function trainLogistic(
  features: Int32Array[],
  labels: Uint8Array,
  dimension: number,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): TrainedHead {
  const weights = new Float32Array(dimension);
  const squared = new Float32Array(dimension).fill(1e-8);
  const average = new Float64Array(dimension);
  let bias = 0;
  let biasSquared = 1e-8;
  let biasAverage = 0;
  let averaged = 0;
  const random = mulberry32(options.seed);
  const order = Int32Array.from({ length: features.length }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const x = features[i];
      let z = bias;
      for (let f = 0; f < x.length; f++) z += weights[x[f]];
      const p = 1 / (1 + Math.exp(-z));
      const weight = labels[i] === 1 ? options.positiveWeight : 1;
      const g = (p - labels[i]) * weight;
      for (let f = 0; f < x.length; f++) {
        const k = x[f];
        const grad = g + options.l2 * weights[k];
        squared[k] += grad * grad;
        weights[k] -= (options.learningRate * grad) / Math.sqrt(squared[k]);
      }
      biasSquared += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquared);
    }
    if (epoch >= Math.floor(options.epochs / 2)) {
      for (let k = 0; k < dimension; k++) average[k] += weights[k];
      biasAverage += bias;
      averaged++;
    }
  }
  const result = new Float32Array(dimension);
  for (let k = 0; k < dimension; k++) result[k] = average[k] / averaged;
  return { bias: biasAverage / averaged, weights: result };
}

export function logit(head: TrainedHead, x: Int32Array, length = x.length): number {
  let z = head.bias;
  for (let f = 0; f < length; f++) z += head.weights[x[f]];
  return z;
}
