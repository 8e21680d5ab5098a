import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { HealthDto } from '@claimdesk/shared';
import {
  Observable,
  Subscription,
  catchError,
  exhaustMap,
  interval,
  map,
  of,
  startWith,
  timeout,
} from 'rxjs';

/** 'loading' until the first answer; 'unreachable' when the server did not answer with a health report. */
export type HealthStatus = 'loading' | HealthDto['status'] | 'unreachable';

export const HEALTH_URL = '/api/health';
export const HEALTH_POLL_INTERVAL_MS = 30_000;
// A hung server should read as unreachable well before the next poll is due.
export const HEALTH_TIMEOUT_MS = 10_000;

/** Polls the server's health endpoint and keeps the latest answer for the status footer. */
@Injectable({ providedIn: 'root' })
export class HealthStore {
  private readonly http = inject(HttpClient);
  private readonly statusState = signal<HealthStatus>('loading');
  private readonly healthState = signal<HealthDto | null>(null);
  private polling: Subscription | null = null;

  readonly status = this.statusState.asReadonly();
  readonly health = this.healthState.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Checks now, then every 30 s. Calling it again while polling does nothing. */
  start(): void {
    if (this.polling) return;
    this.polling = interval(HEALTH_POLL_INTERVAL_MS)
      .pipe(
        startWith(0),
        // A slow check is not stacked on by the next tick.
        exhaustMap(() => this.checkHealth()),
      )
      .subscribe((health) => this.record(health));
  }

  stop(): void {
    this.polling?.unsubscribe();
    this.polling = null;
  }

  private checkHealth(): Observable<HealthDto | null> {
    return this.http.get<unknown>(HEALTH_URL).pipe(
      timeout(HEALTH_TIMEOUT_MS),
      map((body) => (isHealthDto(body) ? body : null)),
      catchError((error: unknown) => of(healthFromError(error))),
    );
  }

  private record(health: HealthDto | null): void {
    this.healthState.set(health);
    this.statusState.set(health ? health.status : 'unreachable');
  }
}

// Health endpoints commonly answer 503 with the report when degraded: the server is up, just not well.
function healthFromError(error: unknown): HealthDto | null {
  if (error instanceof HttpErrorResponse && error.status === 503 && isHealthDto(error.error)) {
    return error.error;
  }
  return null;
}

// A proxy or the SPA fallback can answer 200 with something else; that is not a healthy server.
function isHealthDto(body: unknown): body is HealthDto {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<Record<keyof HealthDto, unknown>>;
  return (
    (candidate.status === 'ok' || candidate.status === 'degraded') &&
    typeof candidate.version === 'string' &&
    (candidate.database === 'sqlite' || candidate.database === 'postgres')
  );
}
