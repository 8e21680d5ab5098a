import * as fs from 'fs';
import * as path from 'path';
import type { TrainingExample } from '../src/extraction/scoring/trainer';

/** One labelled sentence from ../shared/data/checkworthiness (see its README for the fields). */
export interface LabelledSentence {
  id: string;
  text: string;
  label: 0 | 1;
  document: string;
  speaker?: string;
}

export const DATA_FILES = {
  claimbusterTrain: 'claimbuster-train.jsonl',
  claimbusterDev: 'claimbuster-dev.jsonl',
  clefTrain: 'clef2019-train.jsonl',
  clefDev: 'clef2019-dev.jsonl',
} as const;

/** The data lives beside the repository, never inside it; CHECKWORTHINESS_DATA overrides the place. */
export function dataDirectory(): string {
  return process.env.CHECKWORTHINESS_DATA ?? path.resolve(__dirname, '../../../shared/data/checkworthiness');
}

interface RawRow {
  id?: string | number;
  text?: string;
  label?: number;
  pseudo_doc?: string;
  context_id?: string;
  speaker?: string;
}

export function loadSentences(file: string): LabelledSentence[] {
  const full = path.join(dataDirectory(), file);
  if (!fs.existsSync(full)) {
    throw new Error(`Missing ${full}: set CHECKWORTHINESS_DATA to the folder with the check-worthiness data`);
  }
  return fs
    .readFileSync(full, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const raw = JSON.parse(line) as RawRow;
      return {
        id: String(raw.id ?? index),
        text: raw.text ?? '',
        label: raw.label === 1 ? 1 : 0,
        document: raw.pseudo_doc ?? raw.context_id ?? 'all',
        speaker: raw.speaker,
      };
    });
}

/** Adds the neighbouring sentences of the same document (in file order) as context. */
export function toExamples(sentences: LabelledSentence[]): TrainingExample[] {
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1];
    const next = sentences[i + 1];
    return {
      text: sentence.text,
      label: sentence.label,
      context: {
        previous: previous?.document === sentence.document ? previous.text : undefined,
        next: next?.document === sentence.document ? next.text : undefined,
      },
    };
  });
}
