/**
 * ClaimDesk's extraction pipeline against the sentence splitters a newsroom developer would reach for, in one
 * process on the same texts: throughput on (a) the sample article repeated to 1 MB as separate articles and
 * (b) one 1 MB article, and boundary accuracy on the hand-checked fixture set.
 *   npm run bench:extraction
 */
import * as fs from 'fs';
import * as path from 'path';
import compromise from 'compromise/one';
import * as sbd from 'sbd';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims, segment } from '../src/extraction';
import { SEGMENTATION_CASES } from '../src/extraction/fixtures/segmentation-cases';

interface Contender {
  name: string;
  /** Sentences of the text, as strings (whitespace inside may differ from the source). */
  split: (text: string) => string[];
  /** What the speed run does; defaults to split. */
  run?: (text: string) => unknown;
}

const wink = winkNLP(model, ['sbd']);
const intl = new Intl.Segmenter('en', { granularity: 'sentence' });

const CONTENDERS: Contender[] = [
  {
    name: 'ClaimDesk full pipeline',
    split: (text) => extractClaims(text).segments.map((s) => s.text),
    run: (text) => extractClaims(text),
  },
  {
    name: 'ClaimDesk segmentation only',
    split: (text) => segment(text).sentences.map((s) => text.slice(s.start, s.end)),
  },
  { name: 'Intl.Segmenter (sentence)', split: (text) => Array.from(intl.segment(text), (s) => s.segment) },
  { name: 'sbd (newline_boundaries)', split: (text) => sbd.sentences(text, { newline_boundaries: true }) },
  { name: 'wink-nlp (sbd pipe only)', split: (text) => wink.readDoc(text).sentences().out() },
  { name: 'compromise/one', split: (text) => compromise(text).out('array') as string[] },
];

const SAMPLE = path.resolve(__dirname, '../src/extraction/fixtures/alaska-summit-article.txt');
const MB = 1_000_000;

function texts(): { articles: string[]; big: string; bytes: number } {
  const article = fs.readFileSync(SAMPLE, 'utf8');
  const copies = Math.ceil(MB / Buffer.byteLength(article));
  const articles = Array.from({ length: copies }, () => article);
  return { articles, big: articles.join('\n\n'), bytes: Buffer.byteLength(article) * copies };
}

function seconds(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

interface Speed {
  name: string;
  small: number;
  large: number;
}

/**
 * MB/s of each contender, best of three rounds after a warm-up. Rounds go round-robin over the contenders, so a
 * burst of load on this shared machine hits all of them rather than whichever happened to run then.
 */
function measureSpeeds(articles: string[], big: string, bytes: number): Speed[] {
  const works = CONTENDERS.map((c) => c.run ?? c.split);
  works.forEach((work) => work(articles[0]));
  const best = CONTENDERS.map(() => ({ small: Infinity, large: Infinity }));
  for (let round = 0; round < 3; round++) {
    works.forEach((work, i) => {
      best[i].small = Math.min(
        best[i].small,
        seconds(() => articles.forEach((a) => work(a))),
      );
      best[i].large = Math.min(
        best[i].large,
        seconds(() => work(big)),
      );
    });
  }
  return CONTENDERS.map((c, i) => ({
    name: c.name,
    small: bytes / MB / best[i].small,
    large: bytes / MB / best[i].large,
  }));
}

/** Sentence ends as counts of non-space characters, so splitters that normalise whitespace compare fairly. */
function boundaries(sentences: string[]): number[] {
  const ends: number[] = [];
  let count = 0;
  for (const sentence of sentences) {
    const visible = sentence.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '').length;
    if (visible === 0) continue;
    count += visible;
    ends.push(count);
  }
  return ends;
}

interface Accuracy {
  exact: number;
  precision: number;
  recall: number;
  f1: number;
}

function accuracy(contender: Contender): Accuracy {
  let exact = 0;
  let tp = 0;
  let predictedTotal = 0;
  let expectedTotal = 0;
  for (const c of SEGMENTATION_CASES) {
    const expected = boundaries(c.sentences);
    let predicted: number[];
    try {
      predicted = boundaries(contender.split(c.text));
    } catch {
      predicted = [];
    }
    const wanted = new Set(expected);
    const hits = predicted.filter((b) => wanted.has(b)).length;
    tp += hits;
    predictedTotal += predicted.length;
    expectedTotal += expected.length;
    if (hits === expected.length && predicted.length === expected.length) exact++;
  }
  const precision = tp / predictedTotal;
  const recall = tp / expectedTotal;
  return {
    exact: exact / SEGMENTATION_CASES.length,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
  };
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log('');
}

function main(): void {
  const { articles, big, bytes } = texts();
  console.log(
    `Node ${process.version}; ${articles.length} copies of the sample article = ${(bytes / MB).toFixed(2)} MB (UTF-8)\n`,
  );
  const speeds = measureSpeeds(articles, big, bytes);
  console.log('Throughput, MB/s (best of 3 round-robin rounds after a warm-up)');
  table(
    ['tool', 'separate articles', 'one 1 MB article', '1 MB vs articles'],
    speeds.map((s) => [s.name, s.small.toFixed(2), s.large.toFixed(2), `${(s.large / s.small).toFixed(2)}x`]),
  );
  const full = speeds[0];
  console.log('ClaimDesk full pipeline speed relative to each peer (higher = ClaimDesk faster)');
  table(
    ['peer', 'separate articles', 'one 1 MB article'],
    speeds
      .slice(2)
      .map((s) => [s.name, `${(full.small / s.small).toFixed(2)}x`, `${(full.large / s.large).toFixed(2)}x`]),
  );
  console.log(`Sentence boundary accuracy on ${SEGMENTATION_CASES.length} hand-checked fixture cases`);
  table(
    ['tool', 'cases exact', 'boundary P', 'boundary R', 'boundary F1'],
    CONTENDERS.slice(1).map((c) => {
      const a = accuracy(c);
      return [
        c.name,
        `${(a.exact * 100).toFixed(1)}%`,
        a.precision.toFixed(3),
        a.recall.toFixed(3),
        a.f1.toFixed(3),
      ];
    }),
  );
}

main();
