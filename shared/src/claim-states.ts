/**
 * Where a claim stands in review. Order follows the usual path through the desk,
 * so lists and dashboard columns can use it as-is.
 */
export const CLAIM_STATES = [
  'detected',
  'in_research',
  'in_review',
  'changes_requested',
  'approved',
  'dismissed',
] as const;

export type ClaimState = (typeof CLAIM_STATES)[number];

export interface ClaimStateInfo {
  label: string;
  description: string;
  /** A design token name rather than a colour, so the client theme decides the actual colour. */
  colorToken: string;
}

export const CLAIM_STATE_INFO: Readonly<Record<ClaimState, ClaimStateInfo>> = {
  detected: {
    label: 'Detected',
    description: 'Found in the article and waiting for someone to pick it up.',
    colorToken: 'state-detected',
  },
  in_research: {
    label: 'In research',
    description: 'A checker is gathering sources and drafting a verdict.',
    colorToken: 'state-in-research',
  },
  in_review: {
    label: 'In review',
    description: 'A verdict has been submitted and waits for a second editor.',
    colorToken: 'state-in-review',
  },
  changes_requested: {
    label: 'Changes requested',
    description: 'An editor sent the verdict back with notes.',
    colorToken: 'state-changes-requested',
  },
  approved: {
    label: 'Approved',
    description: 'The verdict is approved and may be published.',
    colorToken: 'state-approved',
  },
  dismissed: {
    label: 'Dismissed',
    description: 'Not worth checking, with the reason recorded.',
    colorToken: 'state-dismissed',
  },
};

export function isClaimState(value: unknown): value is ClaimState {
  return typeof value === 'string' && (CLAIM_STATES as readonly string[]).includes(value);
}
