import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { makeUser } from '../../testing/fixtures';
import { LoginPage } from './login.page';
import { AUTH_URLS } from './session.store';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    fixture.componentRef.setInput('returnUrl', '/articles/a-1');
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  function type(label: string, value: string): void {
    const field = Array.from(page.querySelectorAll('mat-form-field')).find((f) =>
      f.querySelector('mat-label')?.textContent?.includes(label),
    );
    const input = field?.querySelector('input');
    if (!input) throw new Error(`no ${label} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function submit(): void {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  it('asks for both fields before calling the server', async () => {
    submit();
    await fixture.whenStable();

    expect(page.textContent).toContain('Enter your email address.');
    expect(page.textContent).toContain('Enter your password.');
    http.expectNone(AUTH_URLS.login);
  });

  it('shows a clear error for wrong credentials', async () => {
    type('Email', 'a@b.test');
    type('Password', 'nope');
    submit();
    http
      .expectOne(AUTH_URLS.login)
      .flush({ code: 'INVALID_CREDENTIALS', message: 'x' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('do not match an active account');
  });

  it('goes back where the user was after logging in', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('Email', ' a@b.test ');
    type('Password', 'secret');
    submit();
    const request = http.expectOne(AUTH_URLS.login);
    expect(request.request.body).toEqual({ email: 'a@b.test', password: 'secret' });
    request.flush({ user: makeUser() });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/articles/a-1');
  });
});
