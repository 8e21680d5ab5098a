import { HttpClient, HttpEvent, HttpEventType, HttpParams } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { ArticleSummaryDto, ImportResultDto, Page } from '@claimdesk/shared';
import { Observable, filter, firstValueFrom, map, tap } from 'rxjs';

import { ApiError, itemsOf, toApiError } from '../core/api-error';

export const ARTICLES_URL = '/api/articles';

export type ImportPhase = 'idle' | 'sending' | 'extracting' | 'done' | 'failed';

export interface PastedArticle {
  title?: string;
  text: string;
  outlet?: string;
  author?: string;
  url?: string;
}

/** The article list and article import: loading and error state and the API calls behind them. */
@Injectable({ providedIn: 'root' })
export class ArticlesStore {
  private readonly http = inject(HttpClient);
  private readonly articlesState = signal<ArticleSummaryDto[]>([]);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly importPhaseState = signal<ImportPhase>('idle');
  private readonly importErrorState = signal<ApiError | null>(null);
  private latestQuery = 0;

  readonly articles = this.articlesState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly importPhase = this.importPhaseState.asReadonly();
  readonly importError = this.importErrorState.asReadonly();

  async load(search = ''): Promise<void> {
    const ticket = ++this.latestQuery;
    this.loadingState.set(true);
    this.errorState.set(null);
    let params = new HttpParams().set('limit', 100);
    if (search.trim()) params = params.set('q', search.trim());
    try {
      const body = await firstValueFrom(
        this.http.get<ArticleSummaryDto[] | Page<ArticleSummaryDto>>(ARTICLES_URL, { params }),
      );
      // A slower answer to an older search must not overwrite the newer one.
      if (ticket === this.latestQuery) this.articlesState.set(itemsOf(body));
    } catch (error) {
      if (ticket === this.latestQuery) this.errorState.set(toApiError(error));
    } finally {
      if (ticket === this.latestQuery) this.loadingState.set(false);
    }
  }

  importPasted(article: PastedArticle): Promise<ImportResultDto | null> {
    return this.runImport(this.http.post<ImportResultDto>(ARTICLES_URL, article, { observe: 'events' }));
  }

  importFile(file: File): Promise<ImportResultDto | null> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.runImport(
      this.http.post<ImportResultDto>(`${ARTICLES_URL}/upload`, form, {
        observe: 'events',
        reportProgress: true,
      }),
    );
  }

  importUrl(url: string): Promise<ImportResultDto | null> {
    return this.runImport(
      this.http.post<ImportResultDto>(`${ARTICLES_URL}/import-url`, { url }, { observe: 'events' }),
    );
  }

  resetImport(): void {
    this.importPhaseState.set('idle');
    this.importErrorState.set(null);
  }

  private async runImport(request: Observable<HttpEvent<ImportResultDto>>): Promise<ImportResultDto | null> {
    this.importPhaseState.set('sending');
    this.importErrorState.set(null);
    try {
      const result = await firstValueFrom(
        request.pipe(
          // Once the body is sent, the wait is the server reading the text and extracting claims.
          tap((event) => {
            if (event.type === HttpEventType.Sent || event.type === HttpEventType.UploadProgress) {
              this.importPhaseState.set('extracting');
            }
          }),
          filter((event) => event.type === HttpEventType.Response),
          map((event) => event.body as ImportResultDto),
        ),
      );
      this.importPhaseState.set('done');
      return result;
    } catch (error) {
      this.importErrorState.set(toApiError(error));
      this.importPhaseState.set('failed');
      return null;
    }
  }
}
