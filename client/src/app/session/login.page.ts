import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';

import { ApiError } from '../core/api-error';
import { safeReturnUrl } from './auth.guard';
import { SessionStore } from './session.store';

/** What a failed login means for the person typing, without telling an attacker which half was wrong. */
export function describeLoginError(error: ApiError): string {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return 'That email and password do not match an active account. Check both and try again.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many failed attempts. Wait a minute, then try again.';
    case 'VALIDATION_FAILED':
      return 'Enter both your email and your password.';
    default:
      return error.message;
  }
}

@Component({
  selector: 'cd-login-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <section class="login" aria-labelledby="login-heading">
      <h1 id="login-heading">Log in to ClaimDesk</h1>
      @if (session.notice(); as notice) {
        <p class="notice" role="status">{{ notice }}</p>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>Email</mat-label>
          <input matInput formControlName="email" type="email" autocomplete="username" required />
          @if (form.controls.email.hasError('required')) {
            <mat-error>Enter your email address.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Password</mat-label>
          <input
            matInput
            formControlName="password"
            type="password"
            autocomplete="current-password"
            required
          />
          @if (form.controls.password.hasError('required')) {
            <mat-error>Enter your password.</mat-error>
          }
        </mat-form-field>
        @if (errorMessage(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        <button mat-flat-button type="submit" [disabled]="session.busy()">
          {{ session.busy() ? 'Logging in…' : 'Log in' }}
        </button>
      </form>
    </section>
  `,
  styles: `
    .login {
      max-width: 24rem;
      margin: 2rem auto;
    }
    form {
      display: grid;
      gap: 0.5rem;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0 0 0.5rem;
    }
    .notice {
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  /** Bound from ?returnUrl= by the router. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', Validators.required],
    password: ['', Validators.required],
  });

  protected readonly errorMessage = computed(() => {
    const error = this.session.error();
    return error ? describeLoginError(error) : null;
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    if (await this.session.login(email.trim(), password)) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    }
  }
}
