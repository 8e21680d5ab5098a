/**
 * Evaluates check-worthiness on the dev files: precision, recall and F1 of label 1 on claimbuster-dev, and mean
 * average precision per document on clef2019-dev. The first row is the committed model, scored through the
 * engine's own scoreSentence; the rows below retrain each recipe in-process to show what each feature adds.
 *   npm run eval:extraction [-- --quick]   (--quick: committed model only)
 */
import { scoreSentence } from '../src/extraction';
import { defaultModel } from '../src/extraction/scoring/default-model';
import { binaryMetrics, meanAveragePrecision } from '../src/extraction/scoring/metrics';
import { DATA_FILES, loadSentences, type LabelledSentence } from './checkworthiness-data';
import {
  ABLATIONS,
  crossValidatedThreshold,
  scoreAll,
  trainHead,
  trainingSet,
} from './checkworthiness-recipe';

interface Row {
  name: string;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  map: number;
  seconds: number;
}

function evaluate(
  name: string,
  threshold: number,
  cbScores: number[],
  clefScores: number[],
  seconds: number,
  dev: Dev,
): Row {
  const metrics = binaryMetrics(
    cbScores,
    dev.claimbuster.map((s) => s.label),
    threshold,
  );
  const map = meanAveragePrecision(
    clefScores,
    dev.clef.map((s) => s.label),
    dev.clef.map((s) => s.document),
  );
  return { name, threshold, ...metrics, map, seconds };
}

interface Dev {
  claimbuster: LabelledSentence[];
  clef: LabelledSentence[];
}

function committedRow(dev: Dev): Row {
  const started = Date.now();
  const score = (s: LabelledSentence): number => scoreSentence(s.text).score;
  const cb = dev.claimbuster.map(score);
  const clef = dev.clef.map(score);
  const model = defaultModel();
  return evaluate(
    `committed model v${model.version}`,
    model.threshold,
    cb,
    clef,
    (Date.now() - started) / 1000,
    dev,
  );
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function printTable(rows: Row[]): void {
  const header = ['model', 'thr', 'P', 'R', 'F1', 'MAP', 'secs'];
  const widths = [56, 6, 6, 6, 6, 6, 6];
  console.log(header.map((h, i) => pad(h, widths[i])).join(' | '));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) {
    const cells = [
      row.name,
      row.threshold.toFixed(3),
      row.precision.toFixed(3),
      row.recall.toFixed(3),
      row.f1.toFixed(3),
      row.map.toFixed(3),
      row.seconds.toFixed(1),
    ];
    console.log(cells.map((c, i) => pad(c, widths[i])).join(' | '));
  }
}

function main(): void {
  const dev: Dev = {
    claimbuster: loadSentences(DATA_FILES.claimbusterDev),
    clef: loadSentences(DATA_FILES.clefDev),
  };
  const rows = [committedRow(dev)];
  if (!process.argv.includes('--quick')) {
    const claimbuster = loadSentences(DATA_FILES.claimbusterTrain);
    const clef = loadSentences(DATA_FILES.clefTrain);
    for (const recipe of ABLATIONS) {
      const started = Date.now();
      const set = trainingSet(recipe, claimbuster, clef);
      const threshold = crossValidatedThreshold(recipe, set);
      const head = trainHead(recipe, set.sentences);
      const seconds = (Date.now() - started) / 1000;
      rows.push(
        evaluate(
          recipe.name,
          threshold,
          scoreAll(recipe, head, dev.claimbuster),
          scoreAll(recipe, head, dev.clef),
          seconds,
          dev,
        ),
      );
    }
  }
  console.log(
    `claimbuster-dev: ${dev.claimbuster.length} sentences (P/R/F1 of label 1 at thr); clef2019-dev: ${dev.clef.length} sentences (MAP per document)`,
  );
  console.log(
    'thresholds: 5-fold cross-validation by document on the training set (dev data never used for tuning)\n',
  );
  printTable(rows);
}

main();
