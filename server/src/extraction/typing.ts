import type { ClaimType } from './types';

export interface TypingInput {
  text: string;
  quoted: boolean;
  speaker: string | null;
  hasNumber: boolean;
}

const RULE_WORDS =
  'laws?|bills?|illegal|unlawful|legislation|act of|regulations?|constitution(?:al)?|banned|bans?|treaty|statutes?|court ruled|ruled that|mandatory|required by|requires?|prohibit(?:s|ed)?|amendment|vetoed?|executive order|sanctions?|policy|signed into law|is allowed to|are allowed to|not allowed';
const COMPARISON_WORDS =
  'more|less|fewer|larger|largest|higher|highest|lower|lowest|bigger|biggest|smaller|smallest|better|best|worse|worst|greatest|fastest|record|doubled|tripled|halved|increased|decreased|rose|fell|grew|dropped|declined|compared|than|since \\d{4}|the first|the only|most|least|up from|down from';
const QUANTITY_WORDS =
  'thousands?|millions?|billions?|hundreds?|dozens?|per ?cent|percent|majority|half|twice|times';

/**
 * Law words (group 1), quantity words (group 2) and comparison words in one pattern, so that one pass over a
 * sentence answers all three where it took up to three (most sentences have no law word, and that search read to
 * the end). The pass sees every list with a word in the sentence: the later words of a quantity or comparison
 * phrase (cent; first, only, from, a year) start no phrase of any list, so a match never hides the start of
 * another, and no two lists have a phrase starting with the same word. A law word ends the search.
 */
const TYPE_WORDS = new RegExp(`\\b(?:(${RULE_WORDS})|(${QUANTITY_WORDS})|${COMPARISON_WORDS})\\b`, 'gi');
const PREDICTION =
  /\b(?:will|won['’]t|shall|going to|gonna|expected to|forecasts?|predicts?|projected|likely to|plans? to|is set to|are set to|aims? to|intends? to|next (?:week|month|year|time)|tomorrow|by 20\d\d)\b/i;
const OPINION =
  /\b(?:I think|I believe|I feel|in my (?:view|opinion)|should|must|ought|great|terrible|wonderful|horrible|fantastic|disaster|disgrace|shameful|ridiculous|unfair|amazing|tremendous|beautiful|precious|best thing|worst thing|I want|I hope|we hope)\b/i;
const EVENT =
  /\b(?:met|meets|meeting|held|visited|arrived|landed|left|killed|died|won|lost|launched|attacked|signed|elected|appointed|resigned|fired|hired|opened|closed|took place|happened|occurred|invaded|bombed|arrested|charged|convicted|released|began|started|ended|announced|thanked|joined|stopped|served|agreed|warned|briefed|[a-z]{3,}ed)\b/i;
/**
 * What makes a comparison word a comparison without a number; a module constant, as a regex literal in the
 * function would make a new RegExp object on every call.
 */
const COMPARATIVE_HINT = /\b(?:than|record|est\b)/i;

const LAW = 1;
const QUANTITY = 2;
const COMPARISON = 4;

/** Which of the law, quantity and comparison lists have a word in the text (only LAW once it has a law word). */
function typeWords(text: string): number {
  const pattern = TYPE_WORDS;
  pattern.lastIndex = 0;
  let found = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[1] !== undefined) return LAW;
    found |= m[2] !== undefined ? QUANTITY : COMPARISON;
  }
  return found;
}

/** Picks the claim type from the shared list; the first rule that fits wins, most specific first. */
export function classifyClaimType(input: TypingInput): ClaimType {
  const { text } = input;
  const words = typeWords(text);
  if (words === LAW) return 'rule_or_law';
  // A comparison word without a number or a hint is still a comparison if nothing before that fits.
  const comparison = (words & COMPARISON) !== 0;
  if (comparison && (input.hasNumber || COMPARATIVE_HINT.test(text))) return 'comparison';
  if (input.hasNumber || (words & QUANTITY) !== 0) return 'quantity';
  if (input.speaker !== null) return 'quote_attribution';
  if (PREDICTION.test(text)) return 'prediction';
  if (OPINION.test(text)) return 'opinion';
  if (comparison) return 'comparison';
  if (EVENT.test(text)) return 'event';
  return 'other';
}
