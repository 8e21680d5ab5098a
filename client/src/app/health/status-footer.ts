import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { HealthDto } from '@claimdesk/shared';

import { HealthStatus, HealthStore } from './health.store';

const DATABASE_LABELS: Record<HealthDto['database'], string> = {
  sqlite: 'SQLite',
  postgres: 'PostgreSQL',
};

/** The footer line, e.g. "Server healthy · v0.1.0 · SQLite". */
export function describeHealth(status: HealthStatus, health: HealthDto | null): string {
  switch (status) {
    case 'loading':
      return 'Checking server…';
    case 'unreachable':
      return 'Server unreachable';
    case 'ok':
    case 'degraded': {
      const word = status === 'ok' ? 'healthy' : 'degraded';
      if (!health) return `Server ${word}`;
      return `Server ${word} · v${health.version} · ${DATABASE_LABELS[health.database]}`;
    }
    default: {
      const unhandled: never = status;
      throw new Error(`Unhandled health status: ${String(unhandled)}`);
    }
  }
}

@Component({
  selector: 'cd-status-footer',
  templateUrl: './status-footer.html',
  styleUrl: './status-footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusFooter {
  private readonly healthStore = inject(HealthStore);

  protected readonly status = this.healthStore.status;
  protected readonly summary = computed(() =>
    describeHealth(this.healthStore.status(), this.healthStore.health()),
  );

  constructor() {
    this.healthStore.start();
  }
}
