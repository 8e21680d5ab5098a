import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import {
  AbstractControl,
  FormBuilder,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@claimdesk/shared';

import { ApiError } from '../core/api-error';
import { OtherSessions } from './other-sessions';
import { SessionStore } from './session.store';

type PasswordField = 'currentPassword' | 'newPassword';

/** The server's field problems in words for the person at the form; anything else shows as the server put it. */
const KNOWN_PROBLEMS: Readonly<Record<string, string>> = {
  'is not your current password': 'That is not your current password.',
  'must differ from your current password': 'Choose a password different from your current one.',
};

function sameAsNew(control: AbstractControl): ValidationErrors | null {
  const form = control.parent;
  return form && control.value !== form.get('newPassword')?.value ? { mismatch: true } : null;
}

/** Who I am, changing my own password, and ending my other sessions. */
@Component({
  selector: 'cd-account-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, OtherSessions],
  template: `
    <h1>Your account</h1>
    @if (session.user(); as user) {
      <dl class="who">
        <dt>Name</dt>
        <dd>{{ user.displayName }}</dd>
        <dt>Email</dt>
        <dd>{{ user.email }}</dd>
        <dt>Role</dt>
        <dd>{{ user.role }}</dd>
      </dl>
    }
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <p class="hint">
        Changing it logs you out everywhere else, so anyone who had your old password or an open session loses
        access. You stay logged in here.
      </p>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>Current password</mat-label>
          <input matInput formControlName="currentPassword" type="password" autocomplete="current-password" />
          @if (form.controls.currentPassword.hasError('required')) {
            <mat-error>Enter your current password.</mat-error>
          } @else if (form.controls.currentPassword.hasError('server')) {
            <mat-error>{{ form.controls.currentPassword.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>New password</mat-label>
          <input
            matInput
            formControlName="newPassword"
            type="password"
            autocomplete="new-password"
            [attr.minlength]="minLength"
          />
          <mat-hint>At least {{ minLength }} characters; a few words work well.</mat-hint>
          @if (form.controls.newPassword.hasError('required')) {
            <mat-error>Enter a new password.</mat-error>
          } @else if (form.controls.newPassword.hasError('minlength')) {
            <mat-error>Use at least {{ minLength }} characters.</mat-error>
          } @else if (form.controls.newPassword.hasError('maxlength')) {
            <mat-error>Use at most {{ maxLength }} characters.</mat-error>
          } @else if (form.controls.newPassword.hasError('server')) {
            <mat-error>{{ form.controls.newPassword.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Repeat new password</mat-label>
          <input matInput formControlName="repeatPassword" type="password" autocomplete="new-password" />
          @if (form.controls.repeatPassword.hasError('required')) {
            <mat-error>Type the new password again.</mat-error>
          } @else if (form.controls.repeatPassword.hasError('mismatch')) {
            <mat-error>This does not match the new password.</mat-error>
          }
        </mat-form-field>
        @if (problem(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        <!-- Always in the page, so screen readers announce the message when it appears. -->
        <p role="status" [class.done]="done()">
          @if (done()) {
            Password changed. Your other sessions have ended.
          }
        </p>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ busy() ? 'Changing…' : 'Change password' }}
        </button>
      </form>
    </section>
    <cd-other-sessions />
  `,
  styles: `
    .who {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .who dt {
      font-weight: 600;
    }
    .who dd {
      margin: 0;
    }
    section {
      max-width: 28rem;
    }
    form {
      display: grid;
      gap: 0.75rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
    .done {
      margin: 0;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  protected readonly session = inject(SessionStore);
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly maxLength = MAX_PASSWORD_LENGTH;
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  /** A refusal that belongs to no single field (too many attempts, the server unreachable). */
  protected readonly problem = signal<string | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [
        Validators.required,
        Validators.minLength(MIN_PASSWORD_LENGTH),
        Validators.maxLength(MAX_PASSWORD_LENGTH),
      ],
    ],
    repeatPassword: ['', [Validators.required, sameAsNew]],
  });

  constructor() {
    // Editing the new password re-checks the repeat field against it.
    this.form.controls.newPassword.valueChanges.subscribe(() =>
      this.form.controls.repeatPassword.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.busy.set(true);
    const refusal = await this.session.changePassword({ currentPassword, newPassword });
    this.busy.set(false);
    if (refusal === null) {
      // resetForm, not reset: it also forgets the submit, so the emptied fields do not show as errors.
      this.formDirective().resetForm();
      this.done.set(true);
      return;
    }
    this.showRefusal(refusal);
  }

  private showRefusal(refusal: ApiError): void {
    const problem = fieldProblemOf(refusal);
    if (refusal.code === 'VALIDATION_FAILED' && problem) {
      const control = this.form.controls[problem.field];
      control.setErrors({ server: KNOWN_PROBLEMS[problem.text] ?? `${problem.text}.` });
      control.markAsTouched();
    } else if (refusal.code === 'TOO_MANY_REQUESTS') {
      this.problem.set('Too many wrong passwords. Wait a few minutes, then try again.');
    } else {
      this.problem.set(refusal.message);
    }
  }
}

/** The first problem the server named for one of this form's fields, if any. */
function fieldProblemOf(refusal: ApiError): { field: PasswordField; text: string } | null {
  const fields = refusal.details?.['fields'];
  if (!Array.isArray(fields)) return null;
  for (const entry of fields as { field?: unknown; problems?: unknown }[]) {
    if (entry.field !== 'currentPassword' && entry.field !== 'newPassword') continue;
    const first: unknown = Array.isArray(entry.problems) ? entry.problems[0] : undefined;
    return { field: entry.field, text: typeof first === 'string' ? first : 'is not accepted' };
  }
  return null;
}
