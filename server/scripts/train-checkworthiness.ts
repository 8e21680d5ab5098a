/**
 * Trains the check-worthiness model and writes src/extraction/model/checkworthiness.json.
 * Deterministic: fixed seed, files read in a fixed order. Data is read from ../shared/data/checkworthiness
 * (or CHECKWORTHINESS_DATA) and never copied into the repository.
 *   npm run train:extraction
 */
import * as fs from 'fs';
import * as path from 'path';
import { packWeights, type StoredModel } from '../src/extraction/scoring/model';
import { DATA_FILES, dataDirectory, loadSentences } from './checkworthiness-data';
import { crossValidatedThreshold, FULL, trainHead, trainingSet } from './checkworthiness-recipe';

const OUTPUT = path.resolve(__dirname, '../src/extraction/model/checkworthiness.json');
const MODEL_VERSION = '1.0.0';
/** Weights smaller than this change no score by more than rounding noise; dropping them keeps the file small. */
const PRUNE_BELOW = 2e-3;
const SIGNIFICANT_DIGITS = 4;

const ATTRIBUTION =
  'Trained on ClaimBuster (Arslan et al., ICWSM 2020; doi:10.5281/zenodo.3609356, open access) as redistributed in ' +
  'CLEF CheckThat! 2024 task 1, and on CLEF CheckThat! 2019 task 1 (English) data, released for research use by the ' +
  "lab's organisers.";

function main(): void {
  const started = Date.now();
  const claimbuster = loadSentences(DATA_FILES.claimbusterTrain);
  const clef = loadSentences(DATA_FILES.clefTrain);
  const set = trainingSet(FULL, claimbuster, clef);
  console.log(
    `data: ${dataDirectory()} (${claimbuster.length} ClaimBuster + ${set.sentences.length - claimbuster.length} CLEF positives)`,
  );
  const threshold = crossValidatedThreshold(FULL, set);
  console.log(`threshold (5-fold CV on train, max F1): ${threshold.toFixed(3)}`);
  const head = trainHead(FULL, set.sentences);
  const packed = packWeights(head.weights, PRUNE_BELOW, SIGNIFICANT_DIGITS);
  const model: StoredModel & Record<string, unknown> = {
    version: MODEL_VERSION,
    created: new Date().toISOString().slice(0, 10),
    description:
      'Check-worthiness: logistic regression (AdaGrad, averaged) over hashed word 1-2-grams and hand features',
    features: FULL.features,
    training: {
      recipe: FULL.name,
      options: FULL.options,
      files: [DATA_FILES.claimbusterTrain, `${DATA_FILES.clefTrain} (label 1 rows only)`],
      examples: set.sentences.length,
      pruneBelow: PRUNE_BELOW,
      significantDigits: SIGNIFICANT_DIGITS,
      thresholdTuning: '5-fold cross-validation by document on claimbuster-train, max F1',
    },
    attribution: ATTRIBUTION,
    threshold: Number(threshold.toFixed(4)),
    bias: Number(head.bias.toPrecision(6)),
    ...packed,
  };
  fs.writeFileSync(OUTPUT, JSON.stringify(model) + '\n');
  const size = fs.statSync(OUTPUT).size;
  console.log(
    `wrote ${path.relative(process.cwd(), OUTPUT)}: ${packed.weights.length} weights, ${(size / 1024).toFixed(0)} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
