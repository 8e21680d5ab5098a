import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { OtherSessions } from './other-sessions';
import { AUTH_URLS } from './session.store';

describe('OtherSessions', () => {
  let fixture: ComponentFixture<OtherSessions>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OtherSessions);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const button = () => page.querySelector('button') as HTMLButtonElement;
  const status = () => page.querySelector('[role="status"]')?.textContent?.trim();

  async function logOutOthers(answer: () => void): Promise<void> {
    button().click();
    fixture.detectChanges();
    expect(button().disabled).toBe(true);
    answer();
    await fixture.whenStable();
    // The answer settles a promise chain after the request; let it finish before reading the page.
    await new Promise((settled) => setTimeout(settled));
    fixture.detectChanges();
  }

  it('asks the server to end the other sessions and says how many ended', async () => {
    expect(status()).toBe('');
    await logOutOthers(() => {
      const request = http.expectOne(AUTH_URLS.logoutOthers);
      expect(request.request.method).toBe('POST');
      request.flush({ ended: 2 });
    });
    expect(status()).toBe('Logged out of 2 other sessions. Only this one is logged in.');
    expect(button().disabled).toBe(false);
  });

  it('says so when there was nothing to end, in the singular when one ended', async () => {
    await logOutOthers(() => http.expectOne(AUTH_URLS.logoutOthers).flush({ ended: 0 }));
    expect(status()).toBe('There were no other sessions. Only this one is logged in.');
    await logOutOthers(() => http.expectOne(AUTH_URLS.logoutOthers).flush({ ended: 1 }));
    expect(status()).toBe('Logged out of 1 other session. Only this one is logged in.');
  });

  it('shows a refusal as an alert and no outcome', async () => {
    await logOutOthers(() =>
      http
        .expectOne(AUTH_URLS.logoutOthers)
        .flush(
          { code: 'TOO_MANY_REQUESTS', message: 'Too many requests; try again in a minute' },
          { status: 429, statusText: 'Too Many Requests' },
        ),
    );
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Too many requests');
    expect(status()).toBe('');
  });
});
