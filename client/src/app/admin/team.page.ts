import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { MIN_PASSWORD_LENGTH, ROLES, type Role, type UserDto } from '@claimdesk/shared';

import { SessionStore } from '../session/session.store';
import { TeamStore } from './team.store';

/** Admins manage the team: create accounts with a role, change roles, reset passwords, deactivate. */
@Component({
  selector: 'cd-team-page',
  imports: [DatePipe, RouterLink],
  providers: [TeamStore],
  template: `
    <h1>Team</h1>
    <p><a routerLink="/admin/audit">System audit trail</a></p>
    <!-- One status line, always in the page, so each outcome is announced once as it replaces the last. -->
    <p class="notice" role="status">{{ store.notice() }}</p>
    @if (store.error(); as error) {
      <p class="error" role="alert">{{ error.message }}</p>
    }
    <section class="card" aria-labelledby="new-user">
      <h2 id="new-user">Add a team member</h2>
      <form class="filters" (submit)="create($event)">
        <label>Name <input name="displayName" required autocomplete="off" /></label>
        <label>Email <input name="email" type="email" required autocomplete="off" /></label>
        <label>
          Role
          <select name="role">
            @for (role of roles; track role) {
              <option [value]="role" [selected]="role === 'checker'">{{ role }}</option>
            }
          </select>
        </label>
        <label
          >Initial password
          <input
            name="password"
            type="password"
            required
            [attr.minlength]="minPassword"
            autocomplete="new-password"
        /></label>
        <button type="submit" class="primary" [disabled]="store.busy()">Create account</button>
      </form>
    </section>
    <div class="table-scroll" role="region" aria-label="Team members" tabindex="0">
      <table>
        <caption class="visually-hidden">
          Team members
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          @for (user of store.users(); track user.id) {
            <tr>
              <th scope="row">{{ user.displayName }}</th>
              <td>{{ user.email }}</td>
              <td>
                <select
                  [attr.aria-label]="'Role of ' + user.displayName"
                  [disabled]="isMe(user) || store.busy()"
                  (change)="changeRole(user, $event)"
                >
                  @for (role of roles; track role) {
                    <option [value]="role" [selected]="role === user.role">{{ role }}</option>
                  }
                </select>
              </td>
              <td>
                @if (user.active) {
                  Active
                } @else if (user.deactivatedAt) {
                  Deactivated since {{ user.deactivatedAt | date: 'mediumDate' }}
                } @else {
                  Deactivated
                }
              </td>
              <td class="row-actions">
                <button
                  type="button"
                  [attr.aria-label]="'Reset password of ' + user.displayName"
                  (click)="resetting.set(user)"
                >
                  Reset password
                </button>
                @if (!isMe(user)) {
                  <button
                    type="button"
                    [disabled]="store.busy()"
                    (click)="store.setActive(user, !user.active)"
                  >
                    {{ user.active ? 'Deactivate' : 'Reactivate'
                    }}<span class="visually-hidden"> {{ user.displayName }}</span>
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (resetting(); as user) {
      <form class="card filters" (submit)="resetPassword(user, $event)" aria-labelledby="reset-heading">
        <h2 id="reset-heading">New password for {{ user.displayName }}</h2>
        <label
          >New password
          <input
            name="password"
            type="password"
            required
            [attr.minlength]="minPassword"
            autocomplete="new-password"
        /></label>
        <button type="submit" class="primary" [disabled]="store.busy()">Set password</button>
        <button type="button" (click)="resetting.set(null)">Cancel</button>
      </form>
    }
  `,
  styleUrls: ['../editor-desk/controls.scss'],
  styles: [
    '.row-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }',
    // Kept in the page while empty (a live region must exist before it speaks), just without its margin.
    '.notice:empty { margin: 0; }',
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamPage implements OnInit {
  protected readonly store = inject(TeamStore);
  private readonly session = inject(SessionStore);
  protected readonly roles = ROLES;
  protected readonly minPassword = MIN_PASSWORD_LENGTH;
  protected readonly resetting = signal<UserDto | null>(null);

  ngOnInit(): void {
    void this.store.load();
  }

  protected isMe(user: UserDto): boolean {
    return this.session.user()?.id === user.id;
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const created = await this.store.create({
      displayName: field('displayName'),
      email: field('email'),
      role: field('role') as Role,
      password: field('password'),
    });
    if (created) form.reset();
  }

  protected changeRole(user: UserDto, event: Event): void {
    void this.store.changeRole(user, (event.target as HTMLSelectElement).value as Role);
  }

  protected async resetPassword(user: UserDto, event: Event): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('password') as HTMLInputElement;
    if (await this.store.resetPassword(user, input.value)) this.resetting.set(null);
  }
}
