import type { ClaimState } from './claim-states';
import type { ClaimType } from './claim-types';
import type { Role } from './roles';
import type { AvailableAction } from './transitions';
import type { VerdictRating } from './verdicts';

/*
 * The JSON the API sends and receives. Plain interfaces, so the client pays nothing at runtime;
 * the server validates incoming bodies with its own class-validator DTOs. Dates are ISO 8601 strings
 * because that is what survives JSON.
 */

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
  /** When the account was deactivated; null while it is active. */
  deactivatedAt: string | null;
}

export interface SessionDto {
  user: UserDto;
}

/** The answer to "log out my other sessions": how many ended. */
export interface OtherSessionsEndedDto {
  ended: number;
}

export interface HealthDto {
  status: 'ok' | 'degraded';
  version: string;
  database: 'sqlite' | 'postgres';
  uptimeSeconds: number;
}

export interface ArticleSummaryDto {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  importedBy: string;
  importedAt: string;
  /** Every state is present, zero included, so dashboards need no defaults. */
  claimCounts: Record<ClaimState, number>;
  claimTotal: number;
}

export interface ArticleDto extends ArticleSummaryDto {
  text: string;
}

export const CLAIM_ORIGINS = ['extraction', 'manual'] as const;

export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

export interface ClaimDto {
  id: string;
  articleId: string;
  /** The sentence as it appears in the article; start/end are offsets into the article text. */
  text: string;
  /** The claim as reworded by a checker into something checkable, if it needed rewording. */
  checkedText: string | null;
  start: number;
  end: number;
  /** Extraction confidence that this is a checkable claim, 0 to 1 (1 for a claim a person picked). */
  score: number;
  /** Found by extraction, or picked from the article by a person (or made from one by a split or merge). */
  origin: ClaimOrigin;
  type: ClaimType;
  speaker: string | null;
  quoted: boolean;
  state: ClaimState;
  assigneeId: string | null;
  dismissReason: string | null;
  /** Optimistic lock: send it back with every write; a stale one gets VERSION_CONFLICT. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const SOURCE_STANCES = ['supports', 'refutes', 'context'] as const;

export type SourceStance = (typeof SOURCE_STANCES)[number];

export const SOURCE_KINDS = [
  'primary_document',
  'official_statistics',
  'expert',
  'news_report',
  'other',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceDto {
  id: string;
  claimId: string;
  /** The shared record of the cited document; the same normalised URL on another claim points at the same one. */
  documentId: string;
  url: string | null;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  excerpt: string | null;
  stance: SourceStance;
  accessedAt: string | null;
  /** A snapshot link, because the original page may change or vanish after publication. */
  archiveUrl: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Where a document (by normalised URL) was already cited, so a source checked once can be reused. */
export interface SourceUsageDto {
  documentId: string;
  url: string | null;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  citations: { sourceId: string; claimId: string; articleId: string; stance: SourceStance }[];
}

export interface VerdictDto {
  id: string;
  claimId: string;
  rating: VerdictRating;
  /** Markdown as the author typed it. */
  rationale: string;
  /** The rationale rendered to HTML and sanitised on the server; safe to insert as HTML. */
  rationaleHtml: string;
  authorId: string;
  sourceIds: string[];
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Counts up each time the verdict is resubmitted after changes were requested. */
  revision: number;
  changesRequestedBy: string | null;
  changesRequestedAt: string | null;
  changesRequestedReason: string | null;
  reopenedBy: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
}

/** A workflow step's answer: the claim as it now is and its current verdict, if it has one. */
export interface ClaimReviewDto {
  claim: ClaimDto;
  verdict: VerdictDto | null;
}

/** Changing one's own password: the current one proves it is really you. */
export interface ChangePasswordDto {
  currentPassword: string;
  newPassword: string;
}

/** Cursor pagination: pass nextCursor back to get the following page; null means the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A claim of another article already fact-checked (approved) that reads like the one in hand. */
export interface SimilarClaimDto {
  claim: ClaimDto;
  articleTitle: string;
  rating: VerdictRating;
  approvedAt: string;
  /** 0 to 1: how much of their wording the two claims share, rare words counting most. */
  similarity: number;
}

/** A page of claims from several articles, with the title of each article among them. */
export interface ClaimSearchPage extends Page<ClaimDto> {
  articleTitles: Record<string, string>;
}

/**
 * One page of the claims assigned to the current user (most recently changed first), with a count per state for
 * the tabs and the title of each article the page's claims come from.
 */
export interface MyClaimsDto extends ClaimSearchPage {
  counts: Record<ClaimState, number>;
}

/** The editor's review queue: verdicts waiting for approval, or approved ones an editor may reopen. */
export type ReviewQueueView = 'in_review' | 'approved';

export const REVIEW_QUEUE_VIEWS: readonly ReviewQueueView[] = ['in_review', 'approved'];

/** One claim on the review queue with everything an editor reads before deciding. */
export interface ReviewQueueEntryDto {
  claim: ClaimDto;
  /** The verdict under decision: the claim's latest revision. */
  verdict: VerdictDto;
  /** Every revision, oldest first (the last one is `verdict`). */
  history: VerdictDto[];
  /** The sources attached to the claim now. */
  sources: SourceDto[];
  /** The workflow actions on this claim, allowed or not for the caller. */
  actions: AvailableAction[];
}

/** An article with claims in the queue's view, for the article filter. */
export interface ReviewQueueArticleDto {
  id: string;
  title: string;
  /** Claims of this article in the view, whatever the other filters. */
  count: number;
}

/**
 * A page of the review queue: in review oldest submission first (the fairest order for a queue), approved most
 * recently approved first (the likeliest to need reopening).
 */
export interface ReviewQueuePage extends Page<ReviewQueueEntryDto> {
  /** Entries matching the filters, on every page. */
  total: number;
  /** Every article with claims in the view, by title. */
  articles: ReviewQueueArticleDto[];
}

export interface ImportResultDto {
  article: ArticleDto;
  claimsCreated: number;
}
