export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
}

export function binaryMetrics(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold: number,
): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    const predicted = scores[i] >= threshold;
    if (predicted && labels[i] === 1) tp++;
    else if (predicted) fp++;
    else if (labels[i] === 1) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The threshold that maximises F1 over the given scores (ties: the lower threshold). */
export function bestF1Threshold(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i];
  let tp = 0;
  let best = 0;
  let threshold = 0.5;
  for (let rank = 0; rank < order.length; rank++) {
    tp += labels[order[rank]];
    const f1 = (2 * tp) / (rank + 1 + positives);
    const next = rank + 1 < order.length ? scores[order[rank + 1]] : 0;
    if (f1 > best && next < scores[order[rank]]) {
      best = f1;
      threshold = (scores[order[rank]] + next) / 2;
    }
  }
  return threshold;
}

/** Average precision of one ranked document: mean precision at the rank of each positive. */
export function averagePrecision(scores: number[], labels: number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let hits = 0;
  let sum = 0;
  order.forEach((index, rank) => {
    if (labels[index] !== 1) return;
    hits++;
    sum += hits / (rank + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

/** Mean over documents (those with at least one positive) of average precision. */
export function meanAveragePrecision(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  documents: string[],
): number {
  const byDocument = new Map<string, { scores: number[]; labels: number[] }>();
  documents.forEach((document, i) => {
    const entry = byDocument.get(document) ?? { scores: [], labels: [] };
    entry.scores.push(scores[i]);
    entry.labels.push(labels[i]);
    byDocument.set(document, entry);
  });
  const values = [...byDocument.values()]
    .filter((d) => d.labels.includes(1))
    .map((d) => averagePrecision(d.scores, d.labels));
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
