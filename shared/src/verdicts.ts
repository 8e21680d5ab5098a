export const VERDICT_RATINGS = [
  'true',
  'mostly_true',
  'mixed',
  'mostly_false',
  'false',
  'misleading',
  'unverifiable',
] as const;

export type VerdictRating = (typeof VERDICT_RATINGS)[number];

export interface VerdictRatingInfo {
  id: VerdictRating;
  label: string;
  description: string;
  /** Display order, starting at 1. */
  order: number;
  colorToken: string;
  /**
   * Numeric value for schema.org ClaimReview exports. Misleading and unverifiable sit off the
   * true/false axis, so they have no value rather than a made-up midpoint.
   */
  ratingValue: number | null;
}

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export const VERDICT_SCALE: readonly VerdictRatingInfo[] = [
  {
    id: 'true',
    label: 'True',
    description: 'Accurate, with nothing significant missing.',
    order: 1,
    colorToken: 'verdict-true',
    ratingValue: 5,
  },
  {
    id: 'mostly_true',
    label: 'Mostly true',
    description: 'Accurate but needs clarification or extra context.',
    order: 2,
    colorToken: 'verdict-mostly-true',
    ratingValue: 4,
  },
  {
    id: 'mixed',
    label: 'Mixed',
    description: 'Partly accurate, partly not.',
    order: 3,
    colorToken: 'verdict-mixed',
    ratingValue: 3,
  },
  {
    id: 'mostly_false',
    label: 'Mostly false',
    description: 'Contains a grain of truth but gets the important part wrong.',
    order: 4,
    colorToken: 'verdict-mostly-false',
    ratingValue: 2,
  },
  {
    id: 'false',
    label: 'False',
    description: 'Not accurate.',
    order: 5,
    colorToken: 'verdict-false',
    ratingValue: 1,
  },
  {
    id: 'misleading',
    label: 'Misleading',
    description: 'Accurate facts arranged to give a false impression.',
    order: 6,
    colorToken: 'verdict-misleading',
    ratingValue: null,
  },
  {
    id: 'unverifiable',
    label: 'Unverifiable',
    description: 'No reliable evidence either way could be found.',
    order: 7,
    colorToken: 'verdict-unverifiable',
    ratingValue: null,
  },
];

export function isVerdictRating(value: unknown): value is VerdictRating {
  return typeof value === 'string' && (VERDICT_RATINGS as readonly string[]).includes(value);
}

export function verdictInfo(id: VerdictRating): VerdictRatingInfo {
  const info = VERDICT_SCALE.find((rating) => rating.id === id);
  // Only reachable if the scale and the id list drift apart, which verdicts.spec.ts guards against.
  if (!info) throw new Error(`Unknown verdict rating: ${id}`);
  return info;
}
