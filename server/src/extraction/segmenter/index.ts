import type { ParagraphSpan, SentenceSpan } from '../types';
import { splitParagraphs } from './paragraphs';
import { splitSentences } from './sentences';

export { splitParagraphs, isBulletLine } from './paragraphs';
export { splitSentences } from './sentences';
export { isSpace } from './chars';

export interface Segmentation {
  paragraphs: ParagraphSpan[];
  sentences: SentenceSpan[];
}

/** Paragraphs and sentences of an article, with UTF-16 offsets into the original string. */
export function segment(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const sentences: SentenceSpan[] = [];
  for (const paragraph of paragraphs) {
    splitSentences(text, paragraph.start, paragraph.end, paragraph.index, sentences);
  }
  return { paragraphs, sentences };
}
