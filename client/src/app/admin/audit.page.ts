import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import {
  AUDIT_TARGET_TYPES,
  AuditFilters,
  AuditStore,
  formatChainHead,
  parseChainHead,
  type ChainHead,
} from './audit.store';
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
          @if (result.firstBrokenEntry; as broken) {
            <p class="error">
              The chain is broken at entry {{ broken.seq }}: {{ broken.reason }} ({{ result.checked }} entries
              checked).
            </p>
          } @else {
            <p>The chain is intact: {{ result.checked }} entries checked.</p>
            @if (result.recordedHead; as recorded) {
              @if (recorded.matches) {
                <p>It still holds the recorded head, entry {{ recorded.seq }}.</p>
              } @else {
                <p class="error">Against the recorded head: {{ recorded.reason }}.</p>
              }
            }
          }
        }
      </div>
      @if (store.verification()?.head; as head) {
        <p>
          Head: <code class="head">{{ headText(head) }}</code>
          <button type="button" (click)="copyHead(head)">Copy head</button>
          <span class="muted" role="status">{{ copied() }}</span>
        </p>
        <p class="muted">
          Keep the head outside ClaimDesk (the newsroom's log, a signed email). The chain alone cannot show
          that its newest entries were deleted; checking against a head recorded earlier can.
        </p>
      }
      <form class="filters" aria-label="Check against a recorded head" (submit)="checkRecorded($event)">
        <label>
          Recorded head (entry:hash)
          <input
            name="recordedHead"
            autocomplete="off"
            spellcheck="false"
            [attr.aria-invalid]="headProblem() ? 'true' : null"
            aria-describedby="recorded-head-problem"
          />
        </label>
        <button type="submit">Check against it</button>
        <span id="recorded-head-problem" class="error">{{ headProblem() }}</span>
      </form>
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
    <div class="table-scroll" role="region" aria-label="Audit entries" tabindex="0">
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
    </div>
    @if (store.nextCursor()) {
      <button type="button" [disabled]="store.loading()" (click)="store.search(true)">
        Show older entries
      </button>
    }
  `,
  styleUrl: '../editor-desk/controls.scss',
  // A chain head is one 70-character word: let it break anywhere rather than widen a phone's page.
  styles: ['.head { overflow-wrap: anywhere; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage implements OnInit {
  protected readonly store = inject(AuditStore);
  protected readonly team = inject(TeamStore);
  protected readonly targetTypes = AUDIT_TARGET_TYPES;
  protected readonly headProblem = signal('');
  protected readonly copied = signal('');
  protected readonly headText = formatChainHead;

  ngOnInit(): void {
    void this.store.search();
    void this.team.load();
  }

  protected checkRecorded(event: Event): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('recordedHead') as HTMLInputElement;
    const head = parseChainHead(input.value);
    this.headProblem.set(
      head ? '' : 'Paste a head as copied: the entry number, a colon, then 64 hex digits.',
    );
    if (head) void this.store.verify(head);
  }

  protected async copyHead(head: ChainHead): Promise<void> {
    try {
      await navigator.clipboard.writeText(formatChainHead(head));
      this.copied.set('Copied.');
    } catch {
      this.copied.set('Copying is not allowed here; select the head and copy it.');
    }
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
