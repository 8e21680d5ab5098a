import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { HealthDto } from '@claimdesk/shared';

import { HEALTH_POLL_INTERVAL_MS, HEALTH_TIMEOUT_MS, HEALTH_URL, HealthStore } from './health.store';

const healthy: HealthDto = { status: 'ok', version: '0.1.0', database: 'sqlite', uptimeSeconds: 12 };
const degraded: HealthDto = { status: 'degraded', version: '0.1.0', database: 'postgres', uptimeSeconds: 90 };

describe('HealthStore', () => {
  let store: HealthStore;
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(HealthStore);
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    httpTesting.verify();
    jest.useRealTimers();
  });

  it('is loading and asks GET /api/health as soon as it starts', () => {
    expect(store.status()).toBe('loading');

    store.start();

    const request = httpTesting.expectOne(HEALTH_URL);
    expect(request.request.method).toBe('GET');
    expect(store.status()).toBe('loading');
    expect(store.health()).toBeNull();
    request.flush(healthy);
  });

  it('reports ok with the server health when the server is healthy', () => {
    store.start();
    httpTesting.expectOne(HEALTH_URL).flush(healthy);

    expect(store.status()).toBe('ok');
    expect(store.health()).toEqual(healthy);
  });

  it('reports degraded when the server says so with 200', () => {
    store.start();
    httpTesting.expectOne(HEALTH_URL).flush(degraded);

    expect(store.status()).toBe('degraded');
    expect(store.health()).toEqual(degraded);
  });

  it('reports degraded, not unreachable, when the server answers 503 with a health report', () => {
    store.start();
    httpTesting.expectOne(HEALTH_URL).flush(degraded, { status: 503, statusText: 'Service Unavailable' });

    expect(store.status()).toBe('degraded');
    expect(store.health()).toEqual(degraded);
  });

  it('reports unreachable on a network error', () => {
    store.start();
    httpTesting.expectOne(HEALTH_URL).error(new ProgressEvent('error'));

    expect(store.status()).toBe('unreachable');
    expect(store.health()).toBeNull();
  });

  it('reports unreachable when a proxy answers 502', () => {
    store.start();
    httpTesting
      .expectOne(HEALTH_URL)
      .flush({ message: 'Bad Gateway' }, { status: 502, statusText: 'Bad Gateway' });

    expect(store.status()).toBe('unreachable');
  });

  it('reports unreachable when the answer is not a health report', () => {
    store.start();
    httpTesting.expectOne(HEALTH_URL).flush({ hello: 'world' });

    expect(store.status()).toBe('unreachable');
    expect(store.health()).toBeNull();
  });

  it('polls every 30 s and recovers once the server answers again', () => {
    jest.useFakeTimers();
    store.start();
    httpTesting.expectOne(HEALTH_URL).error(new ProgressEvent('error'));
    expect(store.status()).toBe('unreachable');

    jest.advanceTimersByTime(HEALTH_POLL_INTERVAL_MS - 1);
    httpTesting.expectNone(HEALTH_URL);

    jest.advanceTimersByTime(1);
    httpTesting.expectOne(HEALTH_URL).flush(healthy);
    expect(store.status()).toBe('ok');

    jest.advanceTimersByTime(HEALTH_POLL_INTERVAL_MS);
    httpTesting.expectOne(HEALTH_URL).error(new ProgressEvent('error'));
    expect(store.status()).toBe('unreachable');
    expect(store.health()).toBeNull();
  });

  it('treats a server that does not answer within the timeout as unreachable', () => {
    jest.useFakeTimers();
    store.start();
    const request = httpTesting.expectOne(HEALTH_URL);

    jest.advanceTimersByTime(HEALTH_TIMEOUT_MS);

    expect(request.cancelled).toBe(true);
    expect(store.status()).toBe('unreachable');
  });

  it('does not start a second poll when started twice', () => {
    jest.useFakeTimers();
    store.start();
    store.start();
    httpTesting.expectOne(HEALTH_URL).flush(healthy);

    jest.advanceTimersByTime(HEALTH_POLL_INTERVAL_MS);
    httpTesting.expectOne(HEALTH_URL).flush(healthy);
  });

  it('stops polling when stopped', () => {
    jest.useFakeTimers();
    store.start();
    httpTesting.expectOne(HEALTH_URL).flush(healthy);

    store.stop();
    jest.advanceTimersByTime(HEALTH_POLL_INTERVAL_MS * 3);

    httpTesting.expectNone(HEALTH_URL);
  });
});
