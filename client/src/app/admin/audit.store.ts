import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';

export const AUDIT_TARGET_TYPES = [
  'article',
  'claim',
  'source',
  'verdict',
  'comment',
  'user',
  'session',
] as const;

export interface SystemAuditEntry {
  seq: number;
  id: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  targetType: string;
  targetId: string;
  createdAt: string;
  hash: string;
}

export interface AuditFilters {
  actor: string;
  action: string;
  targetType: string;
  from: string;
  to: string;
}

/** A chain position: the entry's number and its hash. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenEntry: { seq: number; id: string; reason: string } | null;
  head: ChainHead | null;
  recordedHead: (ChainHead & { matches: boolean; reason: string | null }) | null;
}

/** A head as people copy it around: `entry:hash`, e.g. `1234:9f2c…` (64 hex digits). */
export function parseChainHead(text: string): ChainHead | null {
  const match = /^\s*(\d{1,15})\s*:\s*([0-9a-fA-F]{64})\s*$/.exec(text);
  if (!match || Number(match[1]) < 1) return null;
  return { seq: Number(match[1]), hash: match[2]!.toLowerCase() };
}

export function formatChainHead(head: ChainHead): string {
  return `${head.seq}:${head.hash}`;
}

export const NO_AUDIT_FILTERS: AuditFilters = { actor: '', action: '', targetType: '', from: '', to: '' };

/** The system audit trail, newest first, filtered on the server, and the hash-chain check. */
@Injectable()
export class AuditStore {
  private readonly http = inject(HttpClient);
  private readonly entriesState = signal<SystemAuditEntry[]>([]);
  private readonly nextCursorState = signal<string | null>(null);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly verificationState = signal<ChainVerification | null>(null);

  readonly entries = this.entriesState.asReadonly();
  readonly nextCursor = this.nextCursorState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly verification = this.verificationState.asReadonly();
  readonly filters = signal<AuditFilters>(NO_AUDIT_FILTERS);

  async search(more = false): Promise<void> {
    this.loadingState.set(true);
    this.errorState.set(null);
    try {
      const { from, to, ...rest } = this.filters();
      const params: Record<string, string> = { limit: '50' };
      for (const [key, value] of Object.entries(rest)) if (value) params[key] = value;
      // Date inputs give a calendar day; the API wants a full timestamp.
      if (from) params['from'] = `${from}T00:00:00Z`;
      if (to) params['to'] = `${to}T23:59:59Z`;
      const cursor = this.nextCursorState();
      if (more && cursor) params['cursor'] = cursor;
      const page = await firstValueFrom(
        this.http.get<{ items: SystemAuditEntry[]; nextCursor: string | null }>('/api/audit', { params }),
      );
      this.entriesState.update((entries) => (more ? [...entries, ...page.items] : page.items));
      this.nextCursorState.set(page.nextCursor);
    } catch (error) {
      this.errorState.set(toApiError(error));
    } finally {
      this.loadingState.set(false);
    }
  }

  /** Recomputes the chain; with a head recorded earlier, also checks that the chain still holds it. */
  async verify(recordedHead?: ChainHead): Promise<void> {
    this.verificationState.set(null);
    this.errorState.set(null);
    try {
      this.verificationState.set(
        await firstValueFrom(
          this.http.post<ChainVerification>('/api/audit/verify', recordedHead ? { recordedHead } : {}),
        ),
      );
    } catch (error) {
      this.errorState.set(toApiError(error));
    }
  }
}
