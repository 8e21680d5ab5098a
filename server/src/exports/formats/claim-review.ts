import type { Claim, ClaimReview, CreativeWork, Organization, Person, Rating, WithContext } from 'schema-dts';
import { BEST_RATING, verdictInfo, WORST_RATING } from '@claimdesk/shared';
import { claimAsChecked, reportUrl, type ExportRow, type Publisher } from '../export-row';

/**
 * One schema.org ClaimReview per approved claim, as Google's fact-check markup and the fact-check
 * databases read it. Typed against schema-dts so a misspelt property fails the build.
 */
export function buildClaimReview(row: ExportRow, publisher: Publisher): WithContext<ClaimReview> {
  const review: WithContext<ClaimReview> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reportUrl(publisher, row.articleId, row.claimId),
    claimReviewed: claimAsChecked(row),
    author: publisherOrganization(publisher),
    itemReviewed: reviewedClaim(row),
  };
  if (row.approvedAt) review.datePublished = row.approvedAt;
  if (row.rating) review.reviewRating = rating(row);
  return review;
}

function rating(row: ExportRow): Rating {
  const info = verdictInfo(row.rating!);
  const result: Rating = { '@type': 'Rating', alternateName: info.label };
  // Misleading and unverifiable sit off the true/false axis; a made-up number would mislead aggregators.
  if (info.ratingValue === null) return result;
  return { ...result, ratingValue: info.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING };
}

function publisherOrganization(publisher: Publisher): Organization {
  return { '@type': 'Organization', name: publisher.name, url: publisher.url };
}

function reviewedClaim(row: ExportRow): Claim {
  const claim: Claim = { '@type': 'Claim', appearance: appearance(row) };
  const author = claimant(row);
  if (author) claim.author = author;
  if (row.articlePublishedAt) claim.datePublished = row.articlePublishedAt;
  return claim;
}

/** Who made the claim: the quoted speaker if known, else the outlet that published it. */
function claimant(row: ExportRow): Person | Organization | null {
  if (row.speaker?.trim()) return { '@type': 'Person', name: row.speaker.trim() };
  if (row.articleOutlet?.trim()) return { '@type': 'Organization', name: row.articleOutlet.trim() };
  return null;
}

function appearance(row: ExportRow): CreativeWork {
  const work: CreativeWork = { '@type': 'CreativeWork', headline: row.articleTitle };
  if (row.articleUrl) work.url = row.articleUrl;
  if (row.articlePublishedAt) work.datePublished = row.articlePublishedAt;
  if (row.articleOutlet?.trim()) work.publisher = { '@type': 'Organization', name: row.articleOutlet.trim() };
  return work;
}

/** Streams a JSON array one page at a time: '[' first, reviews separated by commas, ']' last. */
export class ClaimReviewEncoder {
  private count = 0;

  constructor(private readonly publisher: Publisher) {}

  start(): string {
    return '[';
  }

  page(rows: readonly ExportRow[]): string {
    let out = '';
    for (const row of rows) {
      out += (this.count === 0 ? '\n' : ',\n') + JSON.stringify(buildClaimReview(row, this.publisher));
      this.count += 1;
    }
    return out;
  }

  end(): string {
    return this.count === 0 ? ']\n' : '\n]\n';
  }
}
