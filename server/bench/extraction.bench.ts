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

interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Wall-clock and CPU seconds (user + system of this process, so V8's GC and compiler threads count too) of one run.
 * No forced collection in between: a forced full GC also throws away compiled regular expressions, which would
 * charge regex-heavy contenders for recompiling them on every run.
 */
function timed(work: () => void): Timing {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  work();
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

interface Speed {
  name: string;
  /** MB/s from the median wall-clock time and from the median CPU time. */
  small: Timing;
  large: Timing;
}

const ROUNDS = 5;
/** A contender whose one 1 MB run takes longer than this is not run on it again (Intl.Segmenter takes ~20 s). */
const SLOW_RUN_SECONDS = 5;

/**
 * MB/s of each contender: median of ROUNDS rounds after a warm-up, by wall clock and by CPU time. Rounds go
 * round-robin over the contenders, so a burst of load on this shared machine hits all of them rather than
 * whichever happened to run then; CPU time is less sensitive to such load than wall-clock time.
 */
function measureSpeeds(articles: string[], big: string, bytes: number): Speed[] {
  const works = CONTENDERS.map((c) => c.run ?? c.split);
  works.forEach((work) => work(articles[0]));
  const small = CONTENDERS.map((): Timing[] => []);
  const large = CONTENDERS.map((): Timing[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    works.forEach((work, i) => {
      small[i].push(timed(() => articles.forEach((a) => work(a))));
      if (round === 0 || large[i][0].wall < SLOW_RUN_SECONDS) large[i].push(timed(() => work(big)));
    });
  }
  const speed = (timings: Timing[]): Timing => ({
    wall: bytes / MB / median(timings.map((t) => t.wall)),
    cpu: bytes / MB / median(timings.map((t) => t.cpu)),
  });
  return CONTENDERS.map((c, i) => ({ name: c.name, small: speed(small[i]), large: speed(large[i]) }));
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
  console.log(
    `Throughput, MB/s (median of ${ROUNDS} round-robin rounds after a warm-up; wall clock and CPU time of this process)`,
  );
  table(
    ['tool', 'articles wall', 'articles CPU', '1 MB wall', '1 MB CPU', '1 MB vs articles (CPU)'],
    speeds.map((s) => [
      s.name,
      s.small.wall.toFixed(2),
      s.small.cpu.toFixed(2),
      s.large.wall.toFixed(2),
      s.large.cpu.toFixed(2),
      `${(s.large.cpu / s.small.cpu).toFixed(2)}x`,
    ]),
  );
  const full = speeds[0];
  console.log('ClaimDesk full pipeline speed relative to each peer (higher = ClaimDesk faster)');
  table(
    ['peer', 'articles wall', 'articles CPU', '1 MB wall', '1 MB CPU'],
    speeds
      .slice(2)
      .map((s) => [
        s.name,
        `${(full.small.wall / s.small.wall).toFixed(2)}x`,
        `${(full.small.cpu / s.small.cpu).toFixed(2)}x`,
        `${(full.large.wall / s.large.wall).toFixed(2)}x`,
        `${(full.large.cpu / s.large.cpu).toFixed(2)}x`,
      ]),
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
