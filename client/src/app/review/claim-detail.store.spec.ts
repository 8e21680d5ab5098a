import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SimilarClaimDto, SourceDto } from '@claimdesk/shared';

import { makeClaim, makeUser } from '../../testing/fixtures';
import { makeVerdict } from '../editor-desk/desk.fixtures';
import { AUTH_URLS, SessionStore } from '../session/session.store';
import { ClaimDetailStore, type SourceInput } from './claim-detail.store';

const claim = makeClaim({ id: 'c1', state: 'in_research', assigneeId: 'u-checker' });
const source = {
  id: 's1',
  claimId: 'c1',
  title: 'Report',
  url: 'https://x.example',
  stance: 'supports',
} as SourceDto;

const sourceInput = (title: string): SourceInput => ({
  url: 'https://x.example',
  title,
  publisher: null,
  kind: 'other',
  stance: 'supports',
  excerpt: null,
});

describe('ClaimDetailStore', () => {
  let store: ClaimDetailStore;
  let http: HttpTestingController;

  async function signIn(role: 'checker' | 'editor'): Promise<void> {
    const session = TestBed.inject(SessionStore).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ user: makeUser({ role }) });
    await session;
  }

  function answer(
    options: { actions?: boolean; audit?: boolean; similar?: SimilarClaimDto[] | 'fails' } = {},
  ): void {
    const actions = http.expectOne('/api/claims/c1/actions');
    if (options.actions === false)
      actions.flush({ code: 'NOT_FOUND', message: 'x' }, { status: 404, statusText: 'x' });
    else
      actions.flush([{ action: 'submit_verdict', label: 'Submit verdict', allowed: true, needsInput: [] }]);
    http.expectOne('/api/claims/c1/sources').flush([]);
    http.expectOne('/api/claims/c1/verdicts').flush([]);
    http.expectOne('/api/claims/c1/comments').flush({ items: [] });
    if (options.audit) http.expectOne('/api/claims/c1/audit').flush({ items: [], nextCursor: null });
    // Looked up only when the wording is new to the store.
    for (const similar of http.match('/api/claims/c1/similar')) {
      if (options.similar === 'fails')
        similar.flush({ code: 'X', message: 'x' }, { status: 500, statusText: 'x' });
      else similar.flush(options.similar ?? []);
    }
  }

  /** Shows the claim with every read of its research answered (nothing in it yet). */
  async function showAnswered(): Promise<void> {
    const shown = store.show(claim);
    await Promise.resolve();
    answer();
    await shown;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [ClaimDetailStore, provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ClaimDetailStore);
  });

  afterEach(() => http.verify());

  it('loads the claim’s actions, sources, verdicts and comments; checkers get no audit call', async () => {
    await signIn('checker');
    await showAnswered();

    expect(store.actions().map((a) => a.action)).toEqual(['submit_verdict']);
    expect(store.canReadHistory()).toBe(false);
  });

  it('looks up earlier fact-checks once per wording, and says when the look-up failed', async () => {
    await signIn('checker');
    const earlier: SimilarClaimDto = {
      claim: makeClaim({ id: 'old', articleId: 'a-0', state: 'approved' }),
      articleTitle: 'March jobs report',
      rating: 'true',
      approvedAt: '2026-03-02T10:00:00.000Z',
      similarity: 0.8,
    };
    const shown = store.show(claim);
    await Promise.resolve();
    expect(store.similar()).toBeNull();
    answer({ similar: [earlier] });
    await shown;
    await Promise.resolve();
    expect(store.similar()).toEqual([earlier]);

    // A new version with the same wording (say, an assignment) does not ask again.
    const assigned = store.show({ ...claim, version: 2 });
    await Promise.resolve();
    http.expectNone('/api/claims/c1/similar');
    answer();
    await assigned;
    expect(store.similar()).toEqual([earlier]);

    // Reworded: asked again; a failure is not "none".
    const reworded = store.show({ ...claim, version: 3, checkedText: 'Unemployment fell in June' });
    await Promise.resolve();
    answer({ similar: 'fails' });
    await reworded;
    await Promise.resolve();
    expect(store.similar()).toBe('failed');
    expect(store.error()).toBeNull();
  });

  it('asks for the audit trail as an editor', async () => {
    await signIn('editor');
    const shown = store.show(claim);
    await Promise.resolve();
    answer({ audit: true });
    await shown;

    expect(store.canReadHistory()).toBe(true);
  });

  it('falls back to the shared rules when the actions endpoint does not answer', async () => {
    await signIn('checker');
    const shown = store.show(claim);
    await Promise.resolve();
    answer({ actions: false });
    await shown;

    const submit = store.actions().find((a) => a.action === 'submit_verdict');
    expect(submit?.allowed).toBe(false);
    expect(submit?.code).toBe('SOURCE_REQUIRED');
  });

  it('does not reload for the same claim version', async () => {
    await signIn('checker');
    await showAnswered();

    await store.show({ ...claim });

    http.expectNone('/api/claims/c1/sources');
  });

  it('adds a source and refreshes the allowed actions', async () => {
    await signIn('checker');
    await showAnswered();

    const added = store.addSource(sourceInput('Report'));
    http.expectOne('/api/claims/c1/sources').flush(source);
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/claims/c1/actions').flush([]);

    expect(await added).toBe(true);
    expect(store.sources()).toEqual([source]);
  });

  it('says why a source was refused beside the sources, not as the panel’s error', async () => {
    await signIn('checker');
    await showAnswered();

    const added = store.addSource(sourceInput('Report again'));
    http
      .expectOne('/api/claims/c1/sources')
      .flush(
        { code: 'CONFLICT', message: 'This claim already cites that document' },
        { status: 409, statusText: 'Conflict' },
      );

    expect(await added).toBe(false);
    expect(store.sourceProblem()).toBe('This claim already cites that document');
    expect(store.error()).toBeNull();
    expect(store.postProblem()).toBeNull();
  });

  it('says why a comment could not be posted beside the comment box', async () => {
    await signIn('checker');
    await showAnswered();

    const posted = store.addComment('Ask the mayor');
    http
      .expectOne('/api/claims/c1/comments')
      .flush({ code: 'FORBIDDEN', message: 'Comments are closed' }, { status: 403, statusText: 'x' });

    expect(await posted).toBe(false);
    expect(store.postProblem()).toBe('Comments are closed');
    expect(store.error()).toBeNull();
  });

  it('words the four-eyes refusal for the author of the verdict, as the review queue does', async () => {
    await signIn('editor');
    const inReview = makeClaim({ id: 'c1', state: 'in_review' });
    const shown = store.show(inReview);
    await Promise.resolve();
    http.expectOne('/api/claims/c1/actions').flush([
      {
        action: 'approve',
        label: 'Approve',
        allowed: false,
        code: 'FOUR_EYES_REQUIRED',
        reason: 'A second editor must approve this verdict',
        needsInput: [],
      },
    ]);
    http.expectOne('/api/claims/c1/sources').flush([]);
    // Written by the editor now signed in.
    http.expectOne('/api/claims/c1/verdicts').flush([makeVerdict({ claimId: 'c1', authorId: 'u-checker' })]);
    http.expectOne('/api/claims/c1/comments').flush({ items: [] });
    http.expectOne('/api/claims/c1/audit').flush({ items: [], nextCursor: null });
    for (const similar of http.match('/api/claims/c1/similar')) similar.flush([]);
    await shown;

    expect(store.actions()[0].reason).toBe('A second editor must approve your own verdict');

    // Someone else's verdict: the rule's own words.
    store.verdicts.set([makeVerdict({ claimId: 'c1', authorId: 'u-someone-else' })]);
    expect(store.actions()[0].reason).toBe('A second editor must approve this verdict');
  });

  describe('comments and earlier citations', () => {
    const comment = {
      id: 'm1',
      claimId: 'c1',
      articleId: 'a-1',
      author: { id: 'u-checker', displayName: 'Chris Checker' },
      body: 'First thought',
      deleted: false,
      edited: false,
      version: 2,
      createdAt: '2026-01-01T00:00:00Z',
      editedAt: null,
      deletedAt: null,
      editableUntil: '2026-01-01T00:15:00Z',
    };

    beforeEach(async () => {
      await signIn('checker');
      const shown = store.show(claim);
      await Promise.resolve();
      answer();
      await shown;
      store.applyComment(comment);
    });

    it('edits my comment with its version and shows the edited text', async () => {
      const edited = store.editComment(comment, 'Second thought');
      const request = http.expectOne('/api/comments/m1');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({ body: 'Second thought', version: 2 });
      request.flush({ ...comment, body: 'Second thought', edited: true, version: 3 });

      expect(await edited).toBe(true);
      expect(store.comments()).toEqual([{ ...comment, body: 'Second thought', edited: true, version: 3 }]);
    });

    it('deletes my comment; the thread shows it as deleted', async () => {
      const deleted = store.deleteComment(comment);
      const request = http.expectOne('/api/comments/m1');
      expect(request.request.method).toBe('DELETE');
      request.flush({ ...comment, body: null, deleted: true, version: 3 });

      expect(await deleted).toBe(true);
      expect(store.comments()[0].deleted).toBe(true);
    });

    it('says the comment can no longer be changed when the server answers 409', async () => {
      const edited = store.editComment(comment, 'Too late');
      http
        .expectOne('/api/comments/m1')
        .flush({ code: 'CONFLICT', message: 'The edit window has closed' }, { status: 409, statusText: 'x' });

      expect(await edited).toBe(false);
      expect(store.commentProblem()).toEqual({
        commentId: 'm1',
        message: 'This comment can no longer be changed',
      });
      expect(store.comments()).toEqual([comment]);
    });

    it('looks up where a URL was already cited, ignoring answers for an older URL', async () => {
      const older = store.lookUpSourceUrl('https://old.example');
      const newer = store.lookUpSourceUrl('https://stats.example/report');
      const requests = http.match((r) => r.url === '/api/sources');
      expect(requests.map((r) => r.request.params.get('url'))).toEqual([
        'https://old.example',
        'https://stats.example/report',
      ]);
      const documents = [
        {
          documentId: 'd1',
          url: 'https://stats.example/report',
          title: 'Annual report',
          publisher: 'Statistics Office',
          kind: 'official_statistics',
          citations: [{ sourceId: 's9', claimId: 'c9', articleId: 'a-2', stance: 'supports' }],
        },
      ];
      requests[1].flush(documents);
      requests[0].flush([]);
      await Promise.all([older, newer]);

      expect(store.sourceUsage()).toEqual({ url: 'https://stats.example/report', documents });

      await store.lookUpSourceUrl('');
      expect(store.sourceUsage()).toBeNull();
    });
  });
});
