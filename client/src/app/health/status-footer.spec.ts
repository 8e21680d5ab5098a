import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { HealthDto } from '@claimdesk/shared';

import { HEALTH_URL } from './health.store';
import { StatusFooter } from './status-footer';

describe('StatusFooter', () => {
  let fixture: ComponentFixture<StatusFooter>;
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StatusFooter);
  });

  afterEach(() => httpTesting.verify());

  function liveRegion(): HTMLElement {
    const region = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[role="status"]');
    if (!region) throw new Error('no role="status" element');
    return region;
  }

  async function answer(body: HealthDto, status = 200): Promise<void> {
    httpTesting.expectOne(HEALTH_URL).flush(body, { status, statusText: status === 200 ? 'OK' : 'Error' });
    await fixture.whenStable();
  }

  it('is a contentinfo footer with a polite live region', async () => {
    await answer({ status: 'ok', version: '0.1.0', database: 'sqlite', uptimeSeconds: 1 });

    const footer = (fixture.nativeElement as HTMLElement).querySelector('footer');
    expect(footer?.getAttribute('role')).toBe('contentinfo');
    expect(liveRegion().getAttribute('aria-live')).toBe('polite');
    expect(footer?.contains(liveRegion())).toBe(true);
  });

  it('says it is checking before the server answers', () => {
    fixture.detectChanges();

    expect(liveRegion().textContent?.trim()).toBe('Checking server…');
    httpTesting
      .expectOne(HEALTH_URL)
      .flush({ status: 'ok', version: '0.1.0', database: 'sqlite', uptimeSeconds: 1 });
  });

  it('shows a healthy server with its version and database', async () => {
    await answer({ status: 'ok', version: '0.1.0', database: 'sqlite', uptimeSeconds: 1 });

    expect(liveRegion().textContent?.trim()).toBe('Server healthy · v0.1.0 · SQLite');
    expect(liveRegion().dataset['status']).toBe('ok');
  });

  it('shows a degraded server', async () => {
    await answer({ status: 'degraded', version: '0.2.0', database: 'postgres', uptimeSeconds: 5 }, 503);

    expect(liveRegion().textContent?.trim()).toBe('Server degraded · v0.2.0 · PostgreSQL');
    expect(liveRegion().dataset['status']).toBe('degraded');
  });

  it('shows an unreachable server', async () => {
    httpTesting.expectOne(HEALTH_URL).error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(liveRegion().textContent?.trim()).toBe('Server unreachable');
    expect(liveRegion().dataset['status']).toBe('unreachable');
  });
});
