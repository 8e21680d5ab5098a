import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { SessionStore } from './session.store';

/** "Log out my other sessions": for a laptop left logged in or a shared computer, without changing the password. */
@Component({
  selector: 'cd-other-sessions',
  imports: [MatButtonModule],
  template: `
    <section aria-labelledby="other-sessions-heading">
      <h2 id="other-sessions-heading">Other sessions</h2>
      <p class="hint">
        Logged in on another computer, or left a browser open somewhere? End every session but this one.
      </p>
      @if (problem(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
      <!-- Always in the page, so screen readers announce the outcome when it appears. -->
      <p role="status">{{ outcome() }}</p>
      <button mat-stroked-button type="button" [disabled]="busy()" (click)="logoutOthers()">
        {{ busy() ? 'Logging out…' : 'Log out other sessions' }}
      </button>
    </section>
  `,
  styles: `
    section {
      max-width: 28rem;
      margin-top: 2rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OtherSessions {
  private readonly session = inject(SessionStore);
  protected readonly busy = signal(false);
  protected readonly outcome = signal('');
  protected readonly problem = signal<string | null>(null);

  protected async logoutOthers(): Promise<void> {
    this.busy.set(true);
    this.outcome.set('');
    this.problem.set(null);
    const answer = await this.session.logoutOthers();
    this.busy.set(false);
    if (typeof answer !== 'number') {
      this.problem.set(answer.message);
      return;
    }
    this.outcome.set(
      answer === 0
        ? 'There were no other sessions. Only this one is logged in.'
        : `Logged out of ${answer} other ${answer === 1 ? 'session' : 'sessions'}. Only this one is logged in.`,
    );
  }
}
