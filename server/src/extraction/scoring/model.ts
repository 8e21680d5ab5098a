import { FeatureExtractor, type FeatureConfig, type SentenceContext } from './features';

/** The committed weights file: a single logistic-regression head over hashed features. */
export interface StoredModel {
  version: string;
  created: string;
  features: FeatureConfig;
  threshold: number;
  bias: number;
  /** Bucket indices of the non-zero weights, delta-encoded (each entry is the gap from the previous one). */
  indices: number[];
  weights: number[];
}

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number');
}

function isFeatureConfig(value: unknown): value is FeatureConfig {
  if (typeof value !== 'object' || value === null) return false;
  const config = value as Record<string, unknown>;
  return (
    typeof config.hashBits === 'number' &&
    (config.wordNgrams === 1 || config.wordNgrams === 2 || config.wordNgrams === 3) &&
    isNumberArray(config.charNgrams) &&
    typeof config.handFeatures === 'boolean' &&
    typeof config.context === 'boolean'
  );
}

/** Checks the shape of a weights file, so a bad file fails at load and not at the first score. */
export function parseStoredModel(value: unknown): StoredModel {
  if (typeof value !== 'object' || value === null) throw new Error('Model file is not an object');
  const model = value as Record<string, unknown>;
  const valid =
    typeof model.version === 'string' &&
    typeof model.created === 'string' &&
    isFeatureConfig(model.features) &&
    typeof model.threshold === 'number' &&
    typeof model.bias === 'number' &&
    isNumberArray(model.indices) &&
    isNumberArray(model.weights) &&
    model.indices.length === model.weights.length;
  if (!valid) throw new Error('Model file does not have the expected fields');
  return model as unknown as StoredModel;
}

export class CheckworthinessModel {
  private readonly extractor: FeatureExtractor;
  private readonly weights: Float32Array;

  constructor(readonly stored: StoredModel) {
    this.extractor = new FeatureExtractor(stored.features);
    this.weights = new Float32Array(1 << stored.features.hashBits);
    let index = 0;
    stored.indices.forEach((gap, i) => {
      index += gap;
      this.weights[index] = stored.weights[i];
    });
  }

  get version(): string {
    return this.stored.version;
  }

  get threshold(): number {
    return this.stored.threshold;
  }

  logit(text: string, context?: SentenceContext): number {
    const vector = this.extractor.extract(text, context);
    let z = this.stored.bias;
    for (let f = 0; f < vector.length; f++) z += this.weights[vector.indices[f]];
    return z;
  }

  /** Probability in [0, 1] that the sentence is a check-worthy factual claim. */
  score(text: string, context?: SentenceContext): number {
    return 1 / (1 + Math.exp(-this.logit(text, context)));
  }
}

/** Rounds to a few significant digits so the committed file stays small. */
export function roundSignificant(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/** Packs dense weights into the stored form, dropping those too small to matter. */
export function packWeights(
  weights: Float32Array,
  minimum: number,
  digits: number,
): Pick<StoredModel, 'indices' | 'weights'> {
  const indices: number[] = [];
  const values: number[] = [];
  let previous = 0;
  for (let k = 0; k < weights.length; k++) {
    if (Math.abs(weights[k]) < minimum) continue;
    indices.push(k - previous);
    values.push(roundSignificant(weights[k], digits));
    previous = k;
  }
  return { indices, weights: values };
}
