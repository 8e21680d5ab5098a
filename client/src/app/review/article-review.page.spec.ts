import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeArticle, makeClaim, makeUser } from '../../testing/fixtures';
import { AUTH_URLS, SessionStore } from '../session/session.store';
import { ArticleReviewPage } from './article-review.page';

/** Enough of EventSource for the page: it records listeners so a test can play server events. */
class FakeEventSource {
  static latest: FakeEventSource | null = null;
  static readonly CLOSED = 2;
  readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  readyState = 1;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;

  constructor(readonly url: string) {
    FakeEventSource.latest = this;
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, listener);
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }

  emit(type: string, data: unknown): void {
    this.listeners.get(type)?.(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const first = makeClaim({ id: 'c1', start: 0, end: 31 });
const second = makeClaim({
  id: 'c2',
  start: 32,
  end: 57,
  text: 'Crime fell 10% last year.',
  type: 'comparison',
});

describe('ArticleReviewPage', () => {
  let fixture: ComponentFixture<ArticleReviewPage>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(async () => {
    (globalThis as unknown as { EventSource: unknown }).EventSource = FakeEventSource;
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ user: makeUser() });
    await session;

    fixture = TestBed.createComponent(ArticleReviewPage);
    fixture.componentRef.setInput('articleId', 'a-1');
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/articles/a-1').flush(makeArticle());
    http
      .expectOne((r) => r.url === '/api/articles/a-1/claims')
      .flush({ items: [second, first], nextCursor: null });
    // The store awaits both answers before it renders; let those promises settle.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  });

  afterEach(() => {
    delete (globalThis as unknown as { EventSource?: unknown }).EventSource;
  });

  /** The detail panel asks for the selected claim's research; answer with an empty claim file. */
  async function answerDetail(claimId: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne(`/api/claims/${claimId}/actions`).flush([
      { action: 'start_research', label: 'Start research', allowed: true, needsInput: [] },
      {
        action: 'dismiss',
        label: 'Dismiss',
        allowed: false,
        code: 'NOT_ASSIGNEE',
        reason: 'Only the assigned checker or an editor can do this',
        needsInput: ['reason'],
      },
    ]);
    http.expectOne(`/api/claims/${claimId}/sources`).flush([]);
    http.expectOne(`/api/claims/${claimId}/verdicts`).flush([]);
    http.expectOne(`/api/claims/${claimId}/comments`).flush({ items: [] });
    await fixture.whenStable();
  }

  function listButtons(): HTMLButtonElement[] {
    return Array.from(
      host.querySelectorAll<HTMLButtonElement>('ul[aria-label="Claims in article order"] button'),
    );
  }

  it('shows the article with both claims highlighted and listed in article order', () => {
    expect(host.querySelector('h1')?.textContent).toBe('Council spends more on roads');
    expect(host.querySelectorAll('mark[data-claim]')).toHaveLength(2);
    expect(listButtons().map((b) => b.dataset['claim'])).toEqual(['c1', 'c2']);
    expect(FakeEventSource.latest?.url).toBe('/api/articles/a-1/events');
  });

  it('selecting a claim in the list shows its detail and the allowed actions', async () => {
    listButtons()[1].click();
    await answerDetail('c2');

    expect(host.querySelector('mark[data-claim="c2"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(host.querySelector('.detail blockquote')?.textContent).toBe('Crime fell 10% last year.');
    const buttons = Array.from(
      host.querySelectorAll<HTMLButtonElement>('[aria-label="Claim actions"] button'),
    );
    expect(buttons.map((b) => [b.textContent?.trim(), b.disabled])).toEqual([
      ['Assign to me', false],
      ['Start research', false],
      ['Dismiss', true],
    ]);
    expect(host.textContent).toContain('Only the assigned checker or an editor can do this');
  });

  it('j and k move the selection', async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    await answerDetail('c1');
    expect(listButtons()[0].getAttribute('aria-pressed')).toBe('true');

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    await answerDetail('c2');
    expect(listButtons()[1].getAttribute('aria-pressed')).toBe('true');
  });

  it('applies a colleague’s change live and announces it', async () => {
    FakeEventSource.latest?.emit('claim.updated', {
      id: 'e1',
      type: 'claim.updated',
      articleId: 'a-1',
      claimId: 'c2',
      actor: { id: 'u-other', displayName: 'Maria Lopez' },
      at: '2026-01-01T00:00:00Z',
      data: { claim: { ...second, state: 'in_research', assigneeId: 'u-other', version: 2 }, verdict: null },
    });
    await fixture.whenStable();

    expect(host.querySelector('mark[data-claim="c2"]')?.getAttribute('data-state')).toBe('in_research');
    expect(host.querySelector('[aria-live="polite"][role="status"]')?.textContent).toContain(
      'Maria Lopez changed claim “Crime fell 10% last year.”',
    );
  });

  it('reads the claims again quietly when the live stream comes back after a gap', async () => {
    const stream = FakeEventSource.latest!;
    stream.onopen?.();
    http.expectNone((r) => r.url === '/api/articles/a-1/claims');

    // Down, then up again: whatever changed meanwhile was never heard.
    stream.onerror?.();
    stream.onopen?.();
    http
      .expectOne((r) => r.url === '/api/articles/a-1/claims')
      .flush({ items: [first, { ...second, state: 'in_review', version: 4 }], nextCursor: null });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(host.querySelector('h1')?.textContent).toBe('Council spends more on roads');
    expect(host.querySelector('mark[data-claim="c2"]')?.getAttribute('data-state')).toBe('in_review');
  });
});
