import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeUser } from '../../testing/fixtures';
import { AccountPage } from './account.page';
import { AUTH_URLS, SessionStore } from './session.store';

describe('AccountPage', () => {
  let fixture: ComponentFixture<AccountPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const loaded = TestBed.inject(SessionStore).ensureLoaded();
    http
      .expectOne(AUTH_URLS.me)
      .flush({ user: makeUser({ displayName: 'Chris Checker', email: 'chris@paper.test' }) });
    await loaded;
    fixture = TestBed.createComponent(AccountPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(label: string, value: string): void {
    const field = Array.from(page.querySelectorAll('mat-form-field')).find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const input = field?.querySelector('input');
    if (!input) throw new Error(`no ${label} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  function fillIn(current: string, next: string, repeat = next): void {
    type('Current password', current);
    type('New password', next);
    type('Repeat new password', repeat);
  }

  it('shows who is logged in, with an empty live region ready for the outcome', () => {
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
    expect(page.querySelector('dl')?.textContent).toContain('Chris Checker');
    expect(page.querySelector('dl')?.textContent).toContain('chris@paper.test');
  });

  it('checks length and the repeated password before calling the server', async () => {
    fillIn('old password here', 'short', 'short');
    await submit();
    expect(page.textContent).toContain('Use at least 10 characters.');

    fillIn('old password here', 'a long new passphrase', 'a long new passphrase, typo');
    await submit();
    expect(page.textContent).toContain('This does not match the new password.');
    http.expectNone(AUTH_URLS.password);
  });

  it('sends the current and new password, then says it worked and clears the form', async () => {
    fillIn('old password here', 'a long new passphrase');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne(AUTH_URLS.password);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      currentPassword: 'old password here',
      newPassword: 'a long new passphrase',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('Password changed');
    expect(Array.from(page.querySelectorAll('input')).map((input) => input.value)).toEqual(['', '', '']);
    expect(page.querySelector('mat-error')).toBeNull();
  });

  it('puts the server’s refusal of the current password on that field', async () => {
    fillIn('not it at all', 'a long new passphrase');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    http.expectOne(AUTH_URLS.password).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'currentPassword: is not your current password',
        details: { fields: [{ field: 'currentPassword', problems: ['is not your current password'] }] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(page.querySelector('mat-error')?.textContent).toContain('That is not your current password.');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });

  it('shows any other problem the server has with the new password in its words', async () => {
    fillIn('old password here', 'a long new passphrase');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    http.expectOne(AUTH_URLS.password).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'newPassword: must not be on the list of leaked passwords',
        details: {
          fields: [{ field: 'newPassword', problems: ['must not be on the list of leaked passwords'] }],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(page.querySelector('mat-error')?.textContent).toContain(
      'must not be on the list of leaked passwords.',
    );
  });

  it('says to wait when there were too many wrong passwords', async () => {
    fillIn('guess again', 'a long new passphrase');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne(AUTH_URLS.password)
      .flush(
        { code: 'TOO_MANY_REQUESTS', message: 'Too many failed logins' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Too many wrong passwords');
  });
});
