import type { ClaimType } from './types';

export interface TypingInput {
  text: string;
  quoted: boolean;
  speaker: string | null;
  hasNumber: boolean;
}

const RULE =
  /\b(?:laws?|bills?|illegal|unlawful|legislation|act of|regulations?|constitution(?:al)?|banned|bans?|treaty|statutes?|court ruled|ruled that|mandatory|required by|requires?|prohibit(?:s|ed)?|amendment|vetoed?|executive order|sanctions?|policy|signed into law|is allowed to|are allowed to|not allowed)\b/i;
const COMPARISON =
  /\b(?:more|less|fewer|larger|largest|higher|highest|lower|lowest|bigger|biggest|smaller|smallest|better|best|worse|worst|greatest|fastest|record|doubled|tripled|halved|increased|decreased|rose|fell|grew|dropped|declined|compared|than|since \d{4}|the first|the only|most|least|up from|down from)\b/i;
const PREDICTION =
  /\b(?:will|won['’]t|shall|going to|gonna|expected to|forecasts?|predicts?|projected|likely to|plans? to|is set to|are set to|aims? to|intends? to|next (?:week|month|year|time)|tomorrow|by 20\d\d)\b/i;
const OPINION =
  /\b(?:I think|I believe|I feel|in my (?:view|opinion)|should|must|ought|great|terrible|wonderful|horrible|fantastic|disaster|disgrace|shameful|ridiculous|unfair|amazing|tremendous|beautiful|precious|best thing|worst thing|I want|I hope|we hope)\b/i;
const EVENT =
  /\b(?:met|meets|meeting|held|visited|arrived|landed|left|killed|died|won|lost|launched|attacked|signed|elected|appointed|resigned|fired|hired|opened|closed|took place|happened|occurred|invaded|bombed|arrested|charged|convicted|released|began|started|ended|announced|thanked|joined|stopped|served|agreed|warned|briefed|[a-z]{3,}ed)\b/i;
const QUANTITY_WORDS =
  /\b(?:thousands?|millions?|billions?|hundreds?|dozens?|per ?cent|percent|majority|half|twice|times)\b/i;

/**
 * What makes a comparison word a comparison without a number; a module constant, as a regex literal in the
 * function would make a new RegExp object on every call.
 */
const COMPARATIVE_HINT = /\b(?:than|record|est\b)/i;

/** Picks the claim type from the shared list; the first rule that fits wins, most specific first. */
export function classifyClaimType(input: TypingInput): ClaimType {
  const { text } = input;
  if (RULE.test(text)) return 'rule_or_law';
  if (COMPARISON.test(text) && (input.hasNumber || COMPARATIVE_HINT.test(text))) return 'comparison';
  if (input.hasNumber || QUANTITY_WORDS.test(text)) return 'quantity';
  if (input.speaker !== null) return 'quote_attribution';
  if (PREDICTION.test(text)) return 'prediction';
  if (OPINION.test(text)) return 'opinion';
  if (COMPARISON.test(text)) return 'comparison';
  if (EVENT.test(text)) return 'event';
  return 'other';
}
