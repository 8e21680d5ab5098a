import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { AUDIT_TARGET_TYPES, AuditFilters, AuditStore } from './audit.store';
import { TeamStore } from './team.store';

/** The system audit trail for admins: who did what, filtered, and whether the hash chain is intact. */
@Component({
  selector: 'cd-audit-page',
  imports: [DatePipe, RouterLink],
  providers: [AuditStore, TeamStore],
  template: `
    <h1>System audit trail</h1>
    <p><a routerLink="/admin/team">Back to the team</a></p>
    <section class="card" aria-labelledby="chain-heading">
      <h2 id="chain-heading">Chain integrity</h2>
      <button type="button" class="primary" (click)="store.verify()">Verify chain</button>
      <div role="status">
        @if (store.verification(); as result) {
          @if (result.ok) {
            <p>The chain is intact: {{ result.checked }} entries checked.</p>
          } @else {
            <p class="error">
              The chain is broken at entry {{ result.firstBrokenEntry?.seq }}:
              {{ result.firstBrokenEntry?.reason }} ({{ result.checked }} entries checked).
            </p>
          }
        }
      </div>
    </section>
    <form class="filters" aria-label="Filter the audit trail" (submit)="search($event)">
      <label>
        Who
        <select name="actor">
          <option value="">Anyone</option>
          @for (user of team.users(); track user.id) {
            <option [value]="user.id">{{ user.displayName }}</option>
          }
        </select>
      </label>
      <label>Action <input name="action" placeholder="e.g. claim.approve" /></label>
      <label>
        On
        <select name="targetType">
          <option value="">Anything</option>
          @for (type of targetTypes; track type) {
            <option [value]="type">{{ type }}</option>
          }
        </select>
      </label>
      <label>From <input name="from" type="date" /></label>
      <label>To <input name="to" type="date" /></label>
      <button type="submit" class="primary">Search</button>
    </form>
    @if (store.error(); as error) {
      <p class="error" role="alert">{{ error.message }}</p>
    }
    <table>
      <caption class="visually-hidden">
        Audit entries, newest first
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">On</th>
        </tr>
      </thead>
      <tbody>
        @for (entry of store.entries(); track entry.id) {
          <tr>
            <td>{{ entry.seq }}</td>
            <td>{{ entry.createdAt | date: 'medium' }}</td>
            <td>{{ entry.actor?.displayName ?? 'System' }}</td>
            <td>
              <code>{{ entry.action }}</code>
            </td>
            <td>
              {{ entry.targetType }} <span class="muted">{{ entry.targetId }}</span>
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="5">{{ store.loading() ? 'Loading…' : 'No entries match.' }}</td>
          </tr>
        }
      </tbody>
    </table>
    @if (store.nextCursor()) {
      <button type="button" [disabled]="store.loading()" (click)="store.search(true)">
        Show older entries
      </button>
    }
  `,
  styleUrl: '../editor-desk/controls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage implements OnInit {
  protected readonly store = inject(AuditStore);
  protected readonly team = inject(TeamStore);
  protected readonly targetTypes = AUDIT_TARGET_TYPES;

  ngOnInit(): void {
    void this.store.search();
    void this.team.load();
  }

  protected search(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const filters: AuditFilters = {
      actor: field('actor'),
      action: field('action'),
      targetType: field('targetType'),
      from: field('from'),
      to: field('to'),
    };
    this.store.filters.set(filters);
    void this.store.search();
  }
}
