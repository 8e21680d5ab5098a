/** What kind of statement a claim is; it steers which sources a checker looks for. */
export const CLAIM_TYPES = [
  'quantity',
  'event',
  'quote_attribution',
  'comparison',
  'rule_or_law',
  'prediction',
  'opinion',
  'other',
] as const;

export type ClaimType = (typeof CLAIM_TYPES)[number];

export interface ClaimTypeInfo {
  label: string;
  description: string;
}

export const CLAIM_TYPE_INFO: Readonly<Record<ClaimType, ClaimTypeInfo>> = {
  quantity: {
    label: 'Quantity',
    description: 'A number, amount, rate or statistic.',
  },
  event: {
    label: 'Event',
    description: 'Something that did or did not happen.',
  },
  quote_attribution: {
    label: 'Quote attribution',
    description: 'Words attributed to a person or organisation.',
  },
  comparison: {
    label: 'Comparison',
    description: 'More, less, first, largest, or a change over time.',
  },
  rule_or_law: {
    label: 'Rule or law',
    description: 'What a law, regulation or policy says or requires.',
  },
  prediction: {
    label: 'Prediction',
    description: 'A statement about the future; usually checked for its basis, not its outcome.',
  },
  opinion: {
    label: 'Opinion',
    description: 'A value judgement; usually dismissed unless it rests on a checkable fact.',
  },
  other: {
    label: 'Other',
    description: 'A checkable statement that fits no other type.',
  },
};

export function isClaimType(value: unknown): value is ClaimType {
  return typeof value === 'string' && (CLAIM_TYPES as readonly string[]).includes(value);
}
