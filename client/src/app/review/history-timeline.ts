import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { AuditEntryDto } from './review.types';

/** "claim.start_research" → "start research"; the audit action names are the review vocabulary already. */
export function describeAuditAction(action: string): string {
  const [target, verb = ''] = action.split('.');
  return `${verb.replace(/[_-]/g, ' ')} ${target}`.trim();
}

@Component({
  selector: 'cd-history-timeline',
  imports: [DatePipe],
  template: `
    @if (!allowed()) {
      <p class="meta">The history of a claim is visible to editors.</p>
    } @else {
      <ol class="timeline">
        @for (entry of entries(); track entry.id) {
          <li>
            <time [attr.datetime]="entry.createdAt">{{ entry.createdAt | date: 'medium' }}</time>
            <span>{{ entry.actor?.displayName ?? 'System' }} — {{ describe(entry.action) }}</span>
          </li>
        } @empty {
          <li class="meta">No history yet.</li>
        }
      </ol>
    }
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 0.75rem;
      border-left: 2px solid var(--mat-sys-outline-variant);
      display: grid;
      gap: 0.5rem;
    }
    li {
      display: grid;
      font: var(--mat-sys-body-medium);
    }
    time,
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryTimeline {
  readonly entries = input.required<readonly AuditEntryDto[]>();
  readonly allowed = input(false);
  protected readonly describe = describeAuditAction;
}
