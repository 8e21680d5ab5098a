import { VERDICT_RATINGS } from '@claimdesk/shared';
import { PUBLISHER, sampleRow } from '../fixtures/rows';
import { buildClaimReview, ClaimReviewEncoder } from './claim-review';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('buildClaimReview', () => {
  it('has every field Google and schema.org require or recommend', () => {
    const review = buildClaimReview(sampleRow(), PUBLISHER) as Json;
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://reports.example.org/api/reports/articles/${sampleRow().articleId}#claim-${sampleRow().claimId}`,
      claimReviewed: 'Unemployment in the city fell by 3 percentage points in 2025.',
      datePublished: '2026-11-24T15:30:00.000Z',
      author: { '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example.org' },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Mostly true',
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Mayor Jane Doe' },
        datePublished: '2026-11-20T08:00:00.000Z',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://news.example.com/budget',
          headline: 'Council approves the budget',
          datePublished: '2026-11-20T08:00:00.000Z',
          publisher: { '@type': 'Organization', name: 'The Daily Example' },
        },
      },
    });
  });

  it.each(VERDICT_RATINGS)(
    'gives %s an alternateName, and numbers only where the scale has one',
    (rating) => {
      const { reviewRating } = buildClaimReview(sampleRow({ rating }), PUBLISHER) as Json;
      expect(reviewRating.alternateName).toEqual(expect.any(String));
      if (rating === 'misleading' || rating === 'unverifiable') {
        expect(reviewRating).not.toHaveProperty('ratingValue');
        expect(reviewRating).not.toHaveProperty('bestRating');
      } else {
        expect(reviewRating).toMatchObject({
          bestRating: 5,
          worstRating: 1,
          ratingValue: expect.any(Number),
        });
      }
    },
  );

  it('names the outlet as the claimant when no speaker is known, and uses the article text when not reworded', () => {
    const review = buildClaimReview(sampleRow({ speaker: null, checkedText: null }), PUBLISHER) as Json;
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'The Daily Example' });
    expect(review.claimReviewed).toBe('Unemployment fell by 3% last year.');
  });
});

describe('ClaimReviewEncoder', () => {
  it.each([0, 1, 3])('writes a valid JSON array of %i reviews across pages', (n) => {
    const encoder = new ClaimReviewEncoder(PUBLISHER);
    const rows = Array.from({ length: n }, (_, i) => sampleRow({ claimId: `c${i}` }));
    const text =
      encoder.start() +
      encoder.page(rows.slice(0, 1)) +
      encoder.page([]) +
      encoder.page(rows.slice(1)) +
      encoder.end();
    const parsed = JSON.parse(text) as Json[];
    expect(parsed.map((review) => review.url.split('#')[1])).toEqual(
      rows.map((row) => `claim-${row.claimId}`),
    );
  });
});
