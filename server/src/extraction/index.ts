import { Attributor, readQuotes } from './attribution';
import { classifyKinds } from './boilerplate';
import { EntityIndex } from './entities';
import { findNumbers, numbersIn } from './numbers';
import { isRegexSpace } from './scoring/features';
import { defaultModel } from './scoring/default-model';
import type { SentenceContext } from './scoring/features';
import { segment } from './segmenter';
import { classifyClaimType } from './typing';
import type {
  ClaimType,
  ExtractionResult,
  ExtractOptions,
  NumberMention,
  Segment,
  SegmentKind,
} from './types';

export type * from './types';
export type { SentenceContext } from './scoring/features';
export { segment } from './segmenter';

export interface SentenceScore {
  score: number;
  checkworthy: boolean;
  type: ClaimType;
}

/** Amounts count towards "quantity"; a bare date, year or clock time does not. */
function hasQuantity(numbers: NumberMention[]): boolean {
  return numbers.some((n) => n.unit !== 'date' && n.unit !== 'time' && n.unit !== 'year');
}

/** Fewer words than this cannot carry a checkable claim ("Key points:", "Really."). */
const MIN_CLAIM_WORDS = 4;

function canBeClaim(kind: SegmentKind, text: string): boolean {
  if (kind !== 'sentence' && kind !== 'heading') return false;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isRegexSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= MIN_CLAIM_WORDS) return true;
    inWord = !space;
  }
  return false;
}

/** Scores one sentence as given, without segmenting (the CLI's --score-lines mode). */
export function scoreSentence(text: string, context?: SentenceContext, threshold?: number): SentenceScore {
  const model = defaultModel();
  const score = model.score(text, context);
  const numbers = findNumbers(text, 0, text.length);
  const quoted = readQuotes(text, false).quoted;
  // A transcript's speaker is who says the sentence, not an attribution inside it, so it does not make a quote.
  const type = classifyClaimType({ text, quoted, speaker: null, hasNumber: hasQuantity(numbers) });
  return { score, checkworthy: score >= (threshold ?? model.threshold), type };
}

/** Splits an article into segments and marks the check-worthy claims among them. */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractionResult {
  const model = defaultModel();
  const threshold = options.threshold ?? model.threshold;
  const { paragraphs, sentences } = segment(text);
  const kinds = classifyKinds(text, sentences, paragraphs);
  const entities = new EntityIndex(text, sentences);
  const attributions = new Attributor(text, sentences, entities).attributeAll();
  const segments = sentences.map((span, i): Segment => {
    const sentence = text.slice(span.start, span.end);
    const kind = kinds[i];
    const numbers = numbersIn(sentence, span.start);
    const { speaker, quoted } = attributions[i];
    const claimable = canBeClaim(kind, sentence);
    const score = claimable ? model.score(sentence) : 0;
    return {
      text: sentence,
      start: span.start,
      end: span.end,
      kind,
      paragraph: span.paragraph,
      score,
      checkworthy: claimable && score >= threshold,
      type: classifyClaimType({ text: sentence, quoted, speaker, hasNumber: hasQuantity(numbers) }),
      speaker,
      quoted,
      entities: entities.entitiesOf(i),
      numbers,
    };
  });
  return { segments, claims: segments.filter((s) => s.checkworthy), modelVersion: model.version, threshold };
}
