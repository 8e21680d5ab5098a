import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ReviewQueuePage } from '@claimdesk/shared';

import { makeClaim, makeUser } from '../../testing/fixtures';
import { makeQueueEntry, makeQueuePage } from './desk.fixtures';
import { EditorDeskPage } from './editor-desk.page';
import { REVIEW_QUEUE_URL } from './review-queue';

const ARTICLES = [
  { id: 'a-1', title: 'Council spends more on roads', count: 2 },
  { id: 'a-2', title: 'Crime report', count: 1 },
];

function firstPage(): ReviewQueuePage {
  return makeQueuePage(
    [
      makeQueueEntry('c-1', { text: 'The council spent $5m on roads.' }),
      makeQueueEntry('c-2', { articleId: 'a-2', text: 'Crime fell 10% last year.' }),
    ],
    { total: 3, nextCursor: 'page-2', articles: ARTICLES },
  );
}

describe('EditorDeskPage', () => {
  let fixture: ComponentFixture<EditorDeskPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  const queueRequest = (): TestRequest => http.expectOne((request) => request.url === REVIEW_QUEUE_URL);
  /** The store's answers pass through a few promises before the page shows them. */
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const answer = async (page: ReviewQueuePage): Promise<void> => {
    queueRequest().flush(page);
    await settle();
  };
  const text = (element: Element | null | undefined): string =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const heading = (): string => text(host.querySelector('h2'));
  const progress = (): string => text(host.querySelector('p.muted[role="status"]'));
  const cards = (): string[] => Array.from(host.querySelectorAll('article blockquote')).map(text);
  const button = (name: string): HTMLButtonElement | undefined =>
    Array.from(host.querySelectorAll('button')).find((candidate) => text(candidate) === name);
  const field = (label: string): HTMLSelectElement => {
    const wrapping = Array.from(host.querySelectorAll('label')).find((candidate) =>
      text(candidate).startsWith(label),
    );
    return wrapping!.querySelector('select')!;
  };
  const choose = (label: string, value: string): void => {
    const select = field(label);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EditorDeskPage);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http
      .expectOne('/api/users')
      .flush([makeUser(), makeUser({ id: 'u-editor', displayName: 'Eda Editor', role: 'editor' })]);
    await answer(firstPage());
  });

  afterEach(() => http.verify());

  it('counts every verdict waiting, says how many are shown and which come first', () => {
    expect(heading()).toBe('Waiting for approval (3)');
    expect(progress()).toBe('Showing 2 of 3 verdicts');
    expect(cards()).toEqual(['The council spent $5m on roads.', 'Crime fell 10% last year.']);
    expect(text(host.querySelector('h1 + p'))).toContain('oldest first');
    expect(button('Show more verdicts')).toBeDefined();
  });

  it('offers the articles of the queue with their counts, and names each card by its article', () => {
    const options = Array.from(field('Article').options).map(text);
    expect(options).toEqual(['All articles', 'Council spends more on roads (2)', 'Crime report (1)']);
    const titles = Array.from(host.querySelectorAll('article p.muted a')).map(text);
    expect(titles).toEqual(['Council spends more on roads', 'Crime report']);
  });

  it('shows more verdicts below, then moves focus to the first card added', async () => {
    document.body.appendChild(host);
    button('Show more verdicts')!.click();
    await settle();
    expect(button('Loading…')?.getAttribute('aria-disabled')).toBe('true');
    const request = queueRequest();
    expect(request.request.params.get('cursor')).toBe('page-2');
    request.flush(
      makeQueuePage([makeQueueEntry('c-3', { text: 'Unemployment is at a record low.' })], {
        total: 3,
        articles: ARTICLES,
      }),
    );
    await settle();

    expect(cards()).toHaveLength(3);
    expect(progress()).toBe('Showing 3 of 3 verdicts');
    expect(button('Show more verdicts')).toBeUndefined();
    expect(document.activeElement?.tagName).toBe('ARTICLE');
    expect(document.activeElement?.getAttribute('data-claim-id')).toBe('c-3');
    expect(document.activeElement?.textContent).toContain('Unemployment is at a record low.');
    host.remove();
  });

  it('keeps the verdicts shown and the button to try again when the next page fails', async () => {
    document.body.appendChild(host);
    const more = button('Show more verdicts')!;
    more.focus();
    more.click();
    queueRequest().flush(
      { code: 'RATE_LIMITED', message: 'Too many requests' },
      { status: 429, statusText: 'Too Many' },
    );
    await settle();

    expect(text(host.querySelector('[role="alert"]'))).toBe('Too many requests');
    expect(cards()).toHaveLength(2);
    expect(heading()).toBe('Waiting for approval (3)');
    expect(button('Show more verdicts')).toBeDefined();
    expect(document.activeElement).toBe(button('Show more verdicts'));
    host.remove();
  });

  it('asks the server again for the chosen checker and shows its count', async () => {
    choose('Checker', 'u-editor');
    await settle();
    expect(text(host.querySelector('[role="status"]'))).toBe('Loading the queue…');
    const request = queueRequest();
    expect(request.request.params.get('checkerId')).toBe('u-editor');
    expect(request.request.params.has('cursor')).toBe(false);
    request.flush(
      makeQueuePage([makeQueueEntry('c-2', { text: 'Crime fell 10% last year.' })], { articles: ARTICLES }),
    );
    await settle();

    expect(heading()).toBe('Waiting for approval (1)');
    expect(cards()).toEqual(['Crime fell 10% last year.']);
    expect(button('Show more verdicts')).toBeUndefined();
  });

  it('sends the rating and article chosen along with the checker', async () => {
    choose('Rating', 'false');
    await answer(makeQueuePage([], { total: 0, articles: ARTICLES }));
    choose('Article', 'a-2');
    const request = queueRequest();
    expect(request.request.params.get('rating')).toBe('false');
    expect(request.request.params.get('articleId')).toBe('a-2');
    request.flush(makeQueuePage([], { total: 0, articles: ARTICLES }));
    await settle();

    expect(heading()).toBe('Waiting for approval (0)');
    expect(host.textContent).toContain('Nothing here: no claim matches.');
    expect(host.querySelector('p.muted[role="status"]')).toBeNull();
  });

  it('shows the approved verdicts, most recently approved first', async () => {
    button('Approved (to reopen)')!.click();
    const request = queueRequest();
    expect(request.request.params.get('view')).toBe('approved');
    request.flush(makeQueuePage([makeQueueEntry('c-9')], { total: 120, nextCursor: 'next' }));
    await settle();

    expect(heading()).toBe('Approved verdicts (120)');
    expect(progress()).toBe('Showing 1 of 120 verdicts');
    expect(text(host.querySelector('h1 + p'))).toContain('most recently approved first');
  });

  it('counts one verdict less once one is approved', async () => {
    host.querySelector('article')!.querySelector<HTMLButtonElement>('button.primary')!.click();
    http
      .expectOne('/api/claims/c-1/approve')
      .flush({ claim: makeClaim({ id: 'c-1', state: 'approved' }), verdict: null });
    await settle();

    expect(heading()).toBe('Waiting for approval (2)');
    expect(progress()).toBe('Showing 1 of 2 verdicts');
    expect(cards()).toEqual(['Crime fell 10% last year.']);
  });

  it('says why the queue cannot be shown, without claiming it is empty', async () => {
    button('Approved (to reopen)')!.click();
    queueRequest().flush(
      { code: 'INTERNAL', message: 'The queue is unavailable' },
      { status: 500, statusText: 'Error' },
    );
    await settle();

    expect(text(host.querySelector('[role="alert"]'))).toBe('The queue is unavailable');
    expect(heading()).toBe('Approved verdicts');
    expect(cards()).toEqual([]);
    expect(host.textContent).not.toContain('Nothing here');
  });

  describe('keyboard focus after a decision', () => {
    beforeEach(() => document.body.appendChild(host));
    afterEach(() => host.remove());

    const approveOn = (claimId: string): HTMLButtonElement =>
      host
        .querySelector(`article[data-claim-id="${claimId}"]`)!
        .querySelector<HTMLButtonElement>('button.primary')!;

    it('moves to the card that took the decided one’s place, then to the heading when none is left', async () => {
      approveOn('c-1').focus();
      approveOn('c-1').click();
      http
        .expectOne('/api/claims/c-1/approve')
        .flush({ claim: makeClaim({ id: 'c-1', state: 'approved' }), verdict: null });
      await settle();

      expect(document.activeElement?.getAttribute('data-claim-id')).toBe('c-2');

      approveOn('c-2').focus();
      approveOn('c-2').click();
      http
        .expectOne('/api/claims/c-2/approve')
        .flush({ claim: makeClaim({ id: 'c-2', state: 'approved' }), verdict: null });
      await settle();

      expect(document.activeElement).toBe(host.querySelector('h2'));
      expect(heading()).toBe('Waiting for approval (1)');
    });

    it('keeps focus on the button and says on the card why a decision was refused', async () => {
      approveOn('c-2').focus();
      approveOn('c-2').click();
      http
        .expectOne('/api/claims/c-2/approve')
        .flush(
          { code: 'FOUR_EYES_REQUIRED', message: 'A second editor must approve this verdict' },
          { status: 403, statusText: 'Forbidden' },
        );
      await settle();

      const card = host.querySelector('article[data-claim-id="c-2"]')!;
      expect(text(card.querySelector('[role="alert"]'))).toBe('A second editor must approve this verdict');
      expect(host.querySelector('article[data-claim-id="c-1"] [role="alert"]')).toBeNull();
      expect(document.activeElement).toBe(approveOn('c-2'));
    });

    it('takes the card away when someone else decided it first, announcing it, and counts again', async () => {
      approveOn('c-1').focus();
      approveOn('c-1').click();
      http.expectOne('/api/claims/c-1/approve').flush(
        {
          code: 'VERSION_CONFLICT',
          message: 'Someone changed this claim since you read it; reload and retry',
          details: { current: makeClaim({ id: 'c-1', state: 'approved', version: 2 }) },
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();
      const reread = queueRequest();
      expect(reread.request.params.get('limit')).toBe('25');
      expect(reread.request.params.has('cursor')).toBe(false);
      reread.flush(
        makeQueuePage([makeQueueEntry('c-2', { articleId: 'a-2', text: 'Crime fell 10% last year.' })], {
          total: 2,
          articles: ARTICLES,
        }),
      );
      await settle();

      expect(cards()).toEqual(['Crime fell 10% last year.']);
      expect(heading()).toBe('Waiting for approval (2)');
      expect(text(host.querySelector('[aria-live="polite"]'))).toBe(
        'Someone else decided it first (now approved), removed from the queue: “The council spent $5m on roads.”',
      );
      expect(host.querySelector('[role="alert"]')).toBeNull();
      expect(document.activeElement?.getAttribute('data-claim-id')).toBe('c-2');
    });
  });
});
