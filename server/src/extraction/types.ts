import type { ClaimType } from '@claimdesk/shared';

export type { ClaimType };

export type SegmentKind = 'sentence' | 'heading' | 'caption' | 'boilerplate';

export interface SegmentEntities {
  people: string[];
  organisations: string[];
  places: string[];
}

/** A number found in a segment; offsets are UTF-16 indices into the whole article. */
export interface NumberMention {
  text: string;
  value?: number;
  unit?: string;
  start: number;
  end: number;
}

export interface Segment {
  /** Always equal to `article.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  kind: SegmentKind;
  paragraph: number;
  score: number;
  checkworthy: boolean;
  type: ClaimType;
  speaker: string | null;
  quoted: boolean;
  entities: SegmentEntities;
  numbers: NumberMention[];
}

export interface ExtractionResult {
  segments: Segment[];
  claims: Segment[];
  modelVersion: string;
  threshold: number;
}

export interface ExtractOptions {
  /** Overrides the model's default check-worthiness threshold. */
  threshold?: number;
}

/** A sentence span before it is classified, scored and typed. */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

export interface ParagraphSpan {
  start: number;
  end: number;
  index: number;
}
