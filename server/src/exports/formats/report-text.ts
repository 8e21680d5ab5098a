import { verdictInfo } from '@claimdesk/shared';
import { claimAsChecked, type ExportRow, type ReportArticle } from '../export-row';

/** '2026-11-25' for ISO timestamps; anything else (a hand-typed date) as it was given. */
export function displayDate(value: string | null): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

export function ratingLabel(row: ExportRow): string {
  return row.rating ? verdictInfo(row.rating).label : 'Not rated';
}

/** "Outlet · by Author · 2026-11-25": whatever of the three the article has. */
export function articleByline(article: ReportArticle): string {
  const parts = [
    article.outlet,
    article.author ? `by ${article.author}` : null,
    displayDate(article.publishedAt),
  ].filter((part): part is string => !!part?.trim());
  return parts.join(' · ');
}

/** Only web links become clickable; anything else in a source URL is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export const NO_APPROVED_CLAIMS = 'No claims in this article have an approved verdict yet.';

/** The desk checked a reworded claim; reports then also quote the article's own sentence. */
export function isReworded(row: ExportRow): boolean {
  return claimAsChecked(row).trim() !== row.claimText.trim();
}
