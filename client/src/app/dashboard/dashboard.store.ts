import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { CLAIM_STATES, CLAIM_STATE_INFO, VERDICT_SCALE, type DashboardDto } from '@claimdesk/shared';
import { firstValueFrom } from 'rxjs';

import { ApiError, toApiError } from '../core/api-error';
import type { BarDatum } from './bar-chart.config';

export const DASHBOARD_URL = '/api/dashboard';

/** The desk's numbers, from the one aggregate endpoint, shaped for the charts. */
@Injectable()
export class DashboardStore {
  private readonly http = inject(HttpClient);
  private readonly dataState = signal<DashboardDto | null>(null);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);

  readonly data = this.dataState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();

  readonly verdictBars = computed<BarDatum[]>(() => {
    const data = this.dataState();
    if (!data) return [];
    return VERDICT_SCALE.map((rating) => ({
      label: rating.label,
      value: data.verdictDistribution[rating.id],
    }));
  });

  readonly weeklyBars = computed<BarDatum[]>(() =>
    (this.dataState()?.approvalsPerWeek ?? []).map((week) => ({
      label: `Week of ${week.weekStart}`,
      value: week.approved,
    })),
  );

  readonly workBars = computed<BarDatum[]>(() =>
    (this.dataState()?.openWorkByChecker ?? []).map((checker) => ({
      label: checker.displayName,
      value: checker.total,
    })),
  );

  /** Article rows with one cell per state, for the stacked chart's table. */
  readonly stateColumns = CLAIM_STATES.map((state) => ({ state, label: CLAIM_STATE_INFO[state].label }));

  readonly medianLabel = computed(() => {
    const hours = this.dataState()?.medianHoursToApproval;
    if (hours === null || hours === undefined) return 'No approvals yet';
    if (hours < 48) return `${hours} hours`;
    return `${Math.round((hours / 24) * 10) / 10} days`;
  });

  async load(): Promise<void> {
    this.loadingState.set(true);
    this.errorState.set(null);
    try {
      this.dataState.set(await firstValueFrom(this.http.get<DashboardDto>(DASHBOARD_URL)));
    } catch (error) {
      this.errorState.set(toApiError(error));
    } finally {
      this.loadingState.set(false);
    }
  }
}
