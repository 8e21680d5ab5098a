import type { ClaimState, ClaimType, VerdictRating } from '@claimdesk/shared';

/** A source attached to a claim, as exports show it: numbered in the order the checker attached them. */
export interface ExportSource {
  /** Null for sources without a web address (an interview, a printed report). */
  url: string | null;
  title: string;
  /** A snapshot of the page as the checker saw it. */
  archiveUrl: string | null;
}

/**
 * One claim with everything an export shows about it. Formats only ever see this shape, never entities,
 * so they stay plain functions with unit tests. Holds names, never emails: exports leave the newsroom.
 */
export interface ExportRow {
  claimId: string;
  articleId: string;
  articleTitle: string;
  articleOutlet: string | null;
  articleAuthor: string | null;
  articleUrl: string | null;
  articlePublishedAt: string | null;
  /** The sentence as it appears in the article. */
  claimText: string;
  /** The claim as reworded for checking, when the checker reworded it. */
  checkedText: string | null;
  speaker: string | null;
  type: ClaimType;
  state: ClaimState;
  /** Offset in the article text; gives the article order. */
  position: number;
  rating: VerdictRating | null;
  rationale: string | null;
  checkerName: string | null;
  approverName: string | null;
  /** ISO-8601 UTC; null until the current verdict is approved. */
  approvedAt: string | null;
  claimCreatedAt: string;
  claimUpdatedAt: string;
  sources: ExportSource[];
}

/** The article a report is about, with or without approved claims. */
export interface ReportArticle {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** The publishing organisation and where its public report pages live. */
export interface Publisher {
  name: string;
  url: string;
  /** Base for public report URLs, without a trailing slash. */
  publicBaseUrl: string;
}

/** The shareable URL of an article's public report; claims are anchors on it. */
export function reportUrl(publisher: Publisher, articleId: string, claimId?: string): string {
  const base = `${publisher.publicBaseUrl}/api/reports/articles/${encodeURIComponent(articleId)}`;
  return claimId ? `${base}#claim-${claimId}` : base;
}

/** The claim as the desk checked it: the reworded form if there is one, else the article's sentence. */
export function claimAsChecked(row: Pick<ExportRow, 'claimText' | 'checkedText'>): string {
  return row.checkedText?.trim() ? row.checkedText : row.claimText;
}
