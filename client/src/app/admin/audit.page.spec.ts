import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AuditPage } from './audit.page';
import { formatChainHead, parseChainHead } from './audit.store';

const HASH = 'ab'.repeat(32);

describe('chain heads as people copy them', () => {
  it('reads "entry:hash", tolerating spaces and upper case, and writes it back', () => {
    expect(parseChainHead(` 57 : ${HASH.toUpperCase()} `)).toEqual({ seq: 57, hash: HASH });
    expect(formatChainHead({ seq: 57, hash: HASH })).toBe(`57:${HASH}`);
  });

  it.each(['', '57', `0:${HASH}`, `57:${HASH.slice(1)}`, `x:${HASH}`])('refuses %j', (text) => {
    expect(parseChainHead(text)).toBeNull();
  });
});

describe('AuditPage chain check', () => {
  let fixture: ComponentFixture<AuditPage>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditPage);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/audit').flush({ items: [], nextCursor: null });
    http.expectOne('/api/users').flush([]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function answerVerify(body: object): Promise<unknown> {
    const request = http.expectOne('/api/audit/verify');
    const sent = request.request.body as unknown;
    request.flush(body);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return sent;
  }

  it('shows the head of an intact chain to record', async () => {
    Array.from(host.querySelectorAll('button'))
      .find((b) => b.textContent?.includes('Verify chain'))
      ?.click();
    expect(
      await answerVerify({
        ok: true,
        checked: 57,
        firstBrokenEntry: null,
        head: { seq: 57, hash: HASH },
        recordedHead: null,
      }),
    ).toEqual({});

    expect(host.textContent).toContain('The chain is intact: 57 entries checked.');
    expect(host.querySelector('code.head')?.textContent).toBe(`57:${HASH}`);
  });

  it('checks a pasted head and says what the chain no longer holds', async () => {
    const input = host.querySelector<HTMLInputElement>('input[name="recordedHead"]')!;
    input.value = `59:${HASH}`;
    host
      .querySelector('form[aria-label="Check against a recorded head"]')
      ?.dispatchEvent(new Event('submit'));
    expect(
      await answerVerify({
        ok: false,
        checked: 57,
        firstBrokenEntry: null,
        head: { seq: 57, hash: HASH },
        recordedHead: {
          seq: 59,
          hash: HASH,
          matches: false,
          reason: 'the chain ends at entry 57, before the recorded entry 59: entries were removed',
        },
      }),
    ).toEqual({ recordedHead: { seq: 59, hash: HASH } });

    expect(host.querySelector('[role="status"]')?.textContent).toContain(
      'Against the recorded head: the chain ends at entry 57, before the recorded entry 59: entries were removed.',
    );
  });

  it('explains the format instead of sending a malformed head', async () => {
    host.querySelector<HTMLInputElement>('input[name="recordedHead"]')!.value = 'yesterday';
    host
      .querySelector('form[aria-label="Check against a recorded head"]')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    http.expectNone('/api/audit/verify');
    expect(host.querySelector('#recorded-head-problem')?.textContent).toContain('the entry number, a colon');
    expect(host.querySelector('input[name="recordedHead"]')?.getAttribute('aria-invalid')).toBe('true');
  });
});
