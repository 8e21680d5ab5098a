import { Injectable } from '@nestjs/common';
import { ClaimDeskError, type ClaimDto, type SimilarClaimDto, type VerdictRating } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { queryNamed } from '../database/named-query';
import { Claim } from './claim.entity';
import { CURRENT_VERDICT_JOIN } from '../reviews/current-verdict';
import { CLAIM_LIST_COLUMNS, fromListRow } from './claim-list';
import { claimTerms, rankSimilar } from './similar-claims';

/** Looking further back than this many fact-checks would make every claim selection slow to answer. */
export const MAX_CANDIDATES = 5000;
/** Below this, two claims share little more than a common word. */
export const MIN_SIMILARITY = 0.2;
/** Terms of this many claims stay in memory: reading a claim's words is most of the work of a comparison. */
const TERMS_CACHE_SIZE = 20_000;

interface CandidateRow {
  id: string;
  text: string;
  checkedText: string | null;
  version: number;
}

interface DetailRow extends ClaimDto {
  rating: VerdictRating;
  verdictApprovedAt: string;
  articleTitle: string;
}

/** "Checked before": approved fact-checks of other articles whose claims read like this one. */
@Injectable()
export class SimilarClaimsService {
  /** Claim id and version → its terms; a new version (a rewording) is read again. Oldest out first. */
  private readonly terms = new Map<string, Map<string, number>>();

  constructor(private readonly dataSource: DataSource) {}

  async similarTo(claimId: string, limit: number): Promise<SimilarClaimDto[]> {
    const claim = await this.dataSource.manager.findOne(Claim, { where: { id: claimId } });
    if (!claim) throw new ClaimDeskError('NOT_FOUND', `No claim with id ${claimId}`, { claimId });
    // Only what the comparison needs is read for every candidate; the details only for the best few.
    const candidates = await this.approvedElsewhere(claim.articleId);
    const ranked = rankSimilar(
      claim.checkedText ?? claim.text,
      candidates.map((row) => {
        const text = row.checkedText ?? row.text;
        return { text, item: row.id, terms: this.termsOf(`${row.id}:${row.version}`, text) };
      }),
      limit,
      MIN_SIMILARITY,
    );
    if (ranked.length === 0) return [];
    const details = new Map(
      (await this.details(ranked.map((entry) => entry.item))).map((row) => [row.id, row]),
    );
    return ranked.flatMap(({ item, similarity }) => {
      const row = details.get(item);
      if (!row) return []; // changed or deleted between the two reads
      const { rating, verdictApprovedAt, articleTitle, ...claimRow } = row;
      return [
        {
          claim: fromListRow(claimRow),
          articleTitle,
          rating,
          approvedAt: verdictApprovedAt,
          similarity: Math.round(similarity * 1000) / 1000,
        },
      ];
    });
  }

  private termsOf(key: string, text: string): Map<string, number> {
    let terms = this.terms.get(key);
    if (terms) return terms;
    terms = claimTerms(text);
    if (this.terms.size >= TERMS_CACHE_SIZE) this.terms.delete(this.terms.keys().next().value as string);
    this.terms.set(key, terms);
    return terms;
  }

  /**
   * The approved claims of other articles, most recently changed first. An approved claim's current verdict is
   * approved (the workflow allows nothing else), so this reads the claims alone, by the state index, and
   * leaves the verdicts to the few that rank.
   */
  private async approvedElsewhere(articleId: string): Promise<CandidateRow[]> {
    return queryNamed(
      this.dataSource,
      `SELECT c.id AS "id", c.text AS "text", c.checked_text AS "checkedText", c.version AS "version"
         FROM claims c
        WHERE c.state = 'approved' AND c.article_id <> :articleId
        ORDER BY c.updated_at DESC, c.id ASC
        LIMIT ${MAX_CANDIDATES}`,
      { articleId },
    );
  }

  private details(ids: string[]): Promise<DetailRow[]> {
    return queryNamed(
      this.dataSource,
      `SELECT ${CLAIM_LIST_COLUMNS}, v.rating AS "rating", v.approved_at AS "verdictApprovedAt",
              a.title AS "articleTitle"
         FROM claims c ${CURRENT_VERDICT_JOIN}
         JOIN articles a ON a.id = c.article_id
        WHERE c.id IN (:...ids) AND c.state = 'approved' AND v.approved_at IS NOT NULL`,
      { ids },
    );
  }
}
