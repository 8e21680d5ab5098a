import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { UserDto, VerdictRating } from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import { parseCsv } from './csv';

export type ExportScope = 'article' | 'filter';

export interface ExportFilters {
  from: string;
  to: string;
  rating: VerdictRating | '';
  checker: string;
}

export interface DownloadLink {
  label: string;
  href: string;
  fileName: string;
}

const PREVIEW_ROWS = 20;

/** What to export (one article, or a filter across articles), its download links, preview and share link. */
@Injectable()
export class ExportStore {
  private readonly http = inject(HttpClient);
  private readonly checkersState = signal<UserDto[]>([]);
  private readonly previewState = signal<string[][] | null>(null);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly loadingState = signal(false);

  readonly checkers = this.checkersState.asReadonly();
  readonly preview = this.previewState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly scope = signal<ExportScope>('article');
  readonly articleId = signal('');
  readonly filters = signal<ExportFilters>({ from: '', to: '', rating: '', checker: '' });

  /**
   * Why the dates chosen make no range (the server would refuse it), or null. Checked here so the form can say
   * so at the field before any request, and a download link never fails silently.
   */
  readonly rangeProblem = computed(() => {
    if (this.scope() !== 'filter') return null;
    const { from, to } = this.filters();
    // Both are yyyy-mm-dd from date fields, so text order is date order.
    return from && to && from > to ? 'Choose a date on or after “Approved from”.' : null;
  });

  /** The query string of the claims export for the current choice; null while no article is chosen. */
  readonly claimsQuery = computed(() => {
    const params = new URLSearchParams();
    if (this.scope() === 'article') {
      if (!this.articleId()) return null;
      params.set('article', this.articleId());
    } else {
      for (const [key, value] of Object.entries(this.filters())) if (value) params.set(key, value);
    }
    const query = params.toString();
    return query ? `?${query}` : '';
  });

  readonly downloads = computed<DownloadLink[]>(() => {
    const query = this.claimsQuery();
    if (query === null) return [];
    const links: DownloadLink[] = [
      { label: 'CSV', href: `/api/exports/claims.csv${query}`, fileName: 'claims.csv' },
      { label: 'ClaimReview JSON-LD', href: `/api/exports/claims.jsonld${query}`, fileName: 'claims.jsonld' },
    ];
    if (this.scope() === 'article') {
      const report = `/api/articles/${this.articleId()}/report`;
      links.push(
        { label: 'Markdown report', href: `${report}.md`, fileName: 'report.md' },
        { label: 'HTML report', href: `${report}.html`, fileName: 'report.html' },
        { label: 'PDF report', href: `${report}.pdf`, fileName: 'report.pdf' },
      );
    }
    return links;
  });

  /** The public, read-only report page of the chosen article: approved claims only. */
  readonly shareLink = computed(() =>
    this.scope() === 'article' && this.articleId()
      ? `${location.origin}/api/reports/articles/${this.articleId()}`
      : null,
  );

  /** The checkers to filter by; the article picker searches the articles itself. */
  async load(): Promise<void> {
    // Only editors and admins may list users; others filter without the checker picker.
    const users = await firstValueFrom(this.http.get<UserDto[]>('/api/users')).catch(() => [] as UserDto[]);
    this.checkersState.set(users.filter((user) => user.role !== 'viewer'));
  }

  /** The first rows of the CSV, as the download would have them. */
  async loadPreview(): Promise<void> {
    const query = this.claimsQuery();
    if (query === null || this.rangeProblem()) return;
    this.loadingState.set(true);
    this.errorState.set(null);
    try {
      const csv = await firstValueFrom(
        this.http.get(`/api/exports/claims.csv${query}`, { responseType: 'text' }),
      );
      this.previewState.set(parseCsv(csv).slice(0, PREVIEW_ROWS + 1));
    } catch (error) {
      this.errorState.set(toApiError(error));
    } finally {
      this.loadingState.set(false);
    }
  }

  clearPreview(): void {
    this.previewState.set(null);
  }
}
