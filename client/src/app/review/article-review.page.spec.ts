import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { makeArticle, makeClaim, makeUser } from '../../testing/fixtures';
import { AUTH_URLS, SessionStore } from '../session/session.store';
import { ArticleReviewPage } from './article-review.page';
import { ReviewStore } from './review.store';

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

  it('lets the keyboard scroll the article: its pane is focusable and named', () => {
    const pane = host.querySelector<HTMLElement>('section.article-pane')!;

    expect(pane.tabIndex).toBe(0);
    expect(host.querySelector(`#${pane.getAttribute('aria-labelledby')}`)?.textContent).toBe('Article text');
  });

  it('says above the article why a claim could not be added', async () => {
    // As the article's "Add claim" button does, for the words "Nobody knows why".
    void fixture.debugElement.injector.get(ReviewStore).createClaim(58, 75);
    http
      .expectOne('/api/articles/a-1/claims')
      .flush(
        { code: 'CONFLICT', message: 'A claim for exactly this span already exists' },
        { status: 409, statusText: 'x' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Could not add the claim: A claim for exactly this span already exists');
    expect(alert?.nextElementSibling?.classList.contains('panes')).toBe(true);
  });

  describe('keyboard focus in the claim panel', () => {
    const mine = { ...second, state: 'in_research' as const, assigneeId: 'u-checker', version: 2 };

    beforeEach(() => document.body.appendChild(host));
    afterEach(() => host.remove());

    /** Answers the selected claim's research with what the server allows now. */
    async function answerResearch(claimId: string, actions: unknown[]): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve));
      http.expectOne(`/api/claims/${claimId}/actions`).flush(actions);
      http.expectOne(`/api/claims/${claimId}/sources`).flush([]);
      http.expectOne(`/api/claims/${claimId}/verdicts`).flush([]);
      http.expectOne(`/api/claims/${claimId}/comments`).flush({ items: [] });
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }

    const settle = async (): Promise<void> => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    const panelButton = (name: string): HTMLButtonElement | undefined =>
      Array.from(host.querySelectorAll<HTMLButtonElement>('cd-claim-detail button')).find(
        (button) => button.textContent?.trim() === name,
      );
    const selected = (): string | undefined =>
      listButtons().find((button) => button.getAttribute('aria-pressed') === 'true')?.dataset['claim'];

    it('moves focus into a reason box, and no single key acts while the reason is asked for', async () => {
      listButtons()[1].click();
      await answerResearch('c2', [
        { action: 'dismiss', label: 'Dismiss', allowed: true, needsInput: ['reason'] },
      ]);
      panelButton('Dismiss')!.focus();
      panelButton('Dismiss')!.click();
      await fixture.whenStable();

      const reason = host.querySelector<HTMLTextAreaElement>('form.reason textarea')!;
      expect(document.activeElement).toBe(reason);

      // Typed into the box: a letter, not a step.
      reason.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      // Even with focus taken elsewhere, the half-typed reason keeps the shortcuts quiet.
      (document.activeElement as HTMLElement).blur();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      await fixture.whenStable();

      expect(selected()).toBe('c2');
      http.expectNone((request) => request.method === 'POST');
    });

    it('after a step that removes its button, focus goes to the claim’s heading, not the page', async () => {
      listButtons()[1].click();
      await answerResearch('c2', [
        { action: 'start_research', label: 'Start research', allowed: true, needsInput: [] },
      ]);
      panelButton('Start research')!.focus();
      panelButton('Start research')!.click();
      http.expectOne('/api/claims/c2/start-research').flush({ claim: mine, verdict: null });
      await settle();
      await answerResearch('c2', [
        { action: 'dismiss', label: 'Dismiss', allowed: true, needsInput: ['reason'] },
      ]);

      expect(panelButton('Start research')).toBeUndefined();
      expect(document.activeElement?.id).toBe('claim-heading');
      expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
    });

    it('takes focus to the conflict when someone changed the claim first', async () => {
      listButtons()[1].click();
      await answerResearch('c2', [
        { action: 'start_research', label: 'Start research', allowed: true, needsInput: [] },
      ]);
      panelButton('Start research')!.click();
      http.expectOne('/api/claims/c2/start-research').flush(
        {
          code: 'VERSION_CONFLICT',
          message: 'Someone changed this claim since you read it; reload and retry',
          details: { current: { ...second, assigneeId: 'u-other', version: 2 } },
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();

      expect(document.activeElement?.id).toBe('conflict-heading');
      expect(document.activeElement?.textContent?.trim()).toBe('Someone else changed this claim');
    });

    it('returns focus to "Edit, split or merge" once a change to the claim is saved', async () => {
      listButtons()[1].click();
      await answerResearch('c2', []);
      panelButton('Edit, split or merge')!.click();
      await fixture.whenStable();
      expect(document.activeElement?.id).toBe('checked-text');

      panelButton('Save claim')!.click();
      http
        .expectOne((request) => request.method === 'PATCH' && request.url === '/api/claims/c2')
        .flush({ ...second, speaker: 'Police chief', version: 2 });
      await settle();
      await answerResearch('c2', []);

      expect(document.activeElement).toBe(panelButton('Edit, split or merge'));
    });

    it('keeps focus in the comment box after posting, for the next comment', async () => {
      listButtons()[1].click();
      await answerResearch('c2', []);
      const box = host.querySelector<HTMLTextAreaElement>('#new-comment')!;
      box.value = 'Ask the police for the 2024 figures';
      box.dispatchEvent(new Event('input'));
      await fixture.whenStable();
      panelButton('Post comment')!.focus();
      panelButton('Post comment')!.click();
      http
        .expectOne((request) => request.method === 'POST' && request.url === '/api/claims/c2/comments')
        .flush({
          id: 'm1',
          claimId: 'c2',
          articleId: 'a-1',
          author: { id: 'u-checker', displayName: 'Chris Checker' },
          body: 'Ask the police for the 2024 figures',
          deleted: false,
          edited: false,
          version: 1,
          createdAt: '2026-01-01T00:00:00Z',
          editedAt: null,
          deletedAt: null,
          editableUntil: '2026-01-01T00:15:00Z',
        });
      await settle();
      http.expectOne('/api/claims/c2/actions').flush([]);
      await settle();

      expect(document.activeElement).toBe(host.querySelector('#new-comment'));
    });

    it('shows a refused source beside its Save button, keeps the form as typed, and focus on Save', async () => {
      listButtons()[1].click();
      await answerResearch('c2', []);
      panelButton('Add source')!.click();
      await fixture.whenStable();
      const url = host.querySelector<HTMLInputElement>('#source-url')!;
      url.value = 'https://stats.example.org/table';
      url.dispatchEvent(new Event('input'));
      const title = host.querySelector<HTMLInputElement>('#source-title')!;
      title.value = 'Roads table';
      title.dispatchEvent(new Event('input'));
      const save = panelButton('Save source')!;
      save.focus();
      save.click();
      http
        .expectOne((request) => request.method === 'POST' && request.url === '/api/claims/c2/sources')
        .flush(
          { code: 'CONFLICT', message: 'This claim already cites that document' },
          { status: 409, statusText: 'Conflict' },
        );
      await settle();

      const form = host.querySelector('form[aria-label="Source"]')!;
      const alert = Array.from(form.querySelectorAll('[role="alert"]')).find((element) =>
        element.textContent?.includes('already cites'),
      );
      expect(alert).toBeDefined();
      expect(host.querySelector('.detail > .error')).toBeNull();
      expect(host.querySelector<HTMLInputElement>('#source-url')?.value).toBe(
        'https://stats.example.org/table',
      );
      expect(document.activeElement).toBe(panelButton('Save source'));
    });
  });
});
