import type { AvailableAction, Role } from '@claimdesk/shared';
import { EventBus, type ClaimDeskEvent } from '../src/events/event-bus';
import { roleSessions } from './support/articles';
import { ROLE_CASES } from './support/factories';
import { addSource, getClaim, reviewSuite, step, toReview, VERDICT } from './support/reviews';

const MISSING = '00000000-0000-4000-8000-000000000000';
const STEPS = ['start-research', 'submit-verdict', 'approve', 'request-changes', 'resume', 'reopen'] as const;

describe('review workflow API', () => {
  const desk = reviewSuite();
  const { freshClaim } = desk;
  const post = (path: string, role: Role) =>
    desk.testApp.http().post(path).set('Cookie', desk.as[role].cookie);
  const refusal = async (call: Promise<{ status: number; body: { code?: string } }>) => {
    const response = await call;
    return { status: response.status, code: response.body.code };
  };

  describe('access', () => {
    it.each(STEPS)('%s: 401 anonymous, 403 viewer', async (action) => {
      const claim = await freshClaim();
      const anonymous = desk.testApp.http().post(`/api/claims/${claim.id}/${action}`).send({ version: 1 });
      expect(await refusal(anonymous)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(await refusal(post(`/api/claims/${claim.id}/${action}`, 'viewer').send({ version: 1 }))).toEqual(
        {
          status: 403,
          code: 'FORBIDDEN',
        },
      );
    });

    it.each(ROLE_CASES['claims.read'])(
      'GET actions and verdicts as $actor',
      async ({ actor, deniedStatus }) => {
        const claim = desk.probe;
        for (const path of [`/api/claims/${claim.id}/actions`, `/api/claims/${claim.id}/verdicts`]) {
          const call = desk.testApp.http().get(path);
          if (actor !== 'anonymous') call.set('Cookie', desk.as[actor].cookie);
          expect((await call).status).toBe(deniedStatus ?? 200);
        }
      },
    );

    it('refuses checkers the editor steps with the coded reason from the transition table', async () => {
      const claim = await freshClaim();
      await toReview(desk.testApp, desk.as.checker.cookie, claim.id);
      const { version } = await getClaim(desk.testApp, desk.as.checker.cookie, claim.id);
      for (const [action, body] of [
        ['approve', {}],
        ['request-changes', { reason: 'x' }],
      ] as const) {
        const answer = await refusal(
          post(`/api/claims/${claim.id}/${action}`, 'checker').send({ version, ...body }),
        );
        expect(answer).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });
      }
    });
  });

  describe('behaviour', () => {
    it('start research takes an unassigned claim; others then get NOT_ASSIGNEE', async () => {
      const claim = await freshClaim();
      const started = await step(desk.testApp, desk.as.checker.cookie, claim.id, 'start-research');
      expect(started.claim).toMatchObject({
        state: 'in_research',
        assigneeId: desk.as.checker.user.id,
        version: claim.version + 1,
      });
      expect(started.verdict).toBeNull();
      const other = await roleSessions(desk.testApp);
      await addSource(desk.testApp, desk.as.checker.cookie, claim.id);
      const answer = await refusal(
        post(`/api/claims/${claim.id}/submit-verdict`, 'checker')
          .set('Cookie', other.checker.cookie)
          .send({ version: started.claim.version, ...VERDICT }),
      );
      expect(answer).toEqual({ status: 403, code: 'NOT_ASSIGNEE' });
    });

    it('submit needs a rating, a rationale and enough sources, each with its code', async () => {
      const claim = await freshClaim();
      const { claim: started } = await step(desk.testApp, desk.as.checker.cookie, claim.id, 'start-research');
      const submit = (body: object) =>
        refusal(
          post(`/api/claims/${claim.id}/submit-verdict`, 'checker').send({
            version: started.version,
            ...body,
          }),
        );
      expect(await submit({ rationale: 'x' })).toEqual({ status: 422, code: 'RATING_REQUIRED' });
      expect(await submit({ rating: 'sort_of', rationale: 'x' })).toEqual({
        status: 422,
        code: 'RATING_REQUIRED',
      });
      expect(await submit({ rating: 'true', rationale: '  ' })).toEqual({
        status: 422,
        code: 'RATIONALE_REQUIRED',
      });
      expect(await submit(VERDICT)).toEqual({ status: 422, code: 'SOURCE_REQUIRED' });
      const source = await addSource(desk.testApp, desk.as.checker.cookie, claim.id);
      expect(await submit({ ...VERDICT, sourceIds: [] })).toEqual({ status: 422, code: 'SOURCE_REQUIRED' });
      expect(await submit({ ...VERDICT, sourceIds: [MISSING] })).toEqual({
        status: 422,
        code: 'UNPROCESSABLE',
      });
      const answer = await post(`/api/claims/${claim.id}/submit-verdict`, 'checker')
        .send({ version: started.version, ...VERDICT })
        .expect(200);
      expect(answer.body.verdict).toMatchObject({ revision: 1, sourceIds: [source.id], approvedBy: null });
    });

    it('refuses a source of another claim in sourceIds', async () => {
      const [claim, other] = [await freshClaim(), await freshClaim()];
      const foreign = await addSource(desk.testApp, desk.as.editor.cookie, other.id);
      const { claim: started } = await step(desk.testApp, desk.as.checker.cookie, claim.id, 'start-research');
      await addSource(desk.testApp, desk.as.checker.cookie, claim.id);
      const answer = await post(`/api/claims/${claim.id}/submit-verdict`, 'checker').send({
        version: started.version,
        ...VERDICT,
        sourceIds: [foreign.id],
      });
      expect(answer.status).toBe(422);
      expect(answer.body.details.unknown).toEqual([foreign.id]);
    });

    it('request changes, resume, resubmit, approve and reopen keep every revision', async () => {
      const claim = await freshClaim();
      await toReview(desk.testApp, desk.as.checker.cookie, claim.id);
      const sentBack = await step(desk.testApp, desk.as.editor.cookie, claim.id, 'request-changes', {
        reason: ' More context ',
      });
      expect(sentBack.claim.state).toBe('changes_requested');
      expect(sentBack.verdict).toMatchObject({
        changesRequestedBy: desk.as.editor.user.id,
        changesRequestedReason: 'More context',
      });
      await step(desk.testApp, desk.as.checker.cookie, claim.id, 'resume');
      await step(desk.testApp, desk.as.checker.cookie, claim.id, 'submit-verdict', {
        rating: 'mixed',
        rationale: 'Revised.',
      });
      const approved = await step(desk.testApp, desk.as.admin.cookie, claim.id, 'approve');
      expect(approved.verdict).toMatchObject({
        revision: 2,
        rating: 'mixed',
        approvedBy: desk.as.admin.user.id,
      });
      const reopened = await step(desk.testApp, desk.as.editor.cookie, claim.id, 'reopen', {
        reason: 'Correction published',
      });
      expect(reopened.claim.state).toBe('in_research');
      expect(reopened.verdict).toMatchObject({
        revision: 2,
        reopenedBy: desk.as.editor.user.id,
        reopenReason: 'Correction published',
      });
      const history = await desk.testApp
        .http()
        .get(`/api/claims/${claim.id}/verdicts`)
        .set('Cookie', desk.as.viewer.cookie)
        .expect(200);
      expect(history.body.map((verdict: { revision: number }) => verdict.revision)).toEqual([1, 2]);
    });

    it('publishes claim.updated and verdict.updated after the step commits, and nothing for a refusal', async () => {
      const claim = await freshClaim();
      await toReview(desk.testApp, desk.as.checker.cookie, claim.id);
      const heard: ClaimDeskEvent[] = [];
      const subscription = desk.testApp.app.get(EventBus).subscribe(
        (event) => event.claimId === claim.id,
        (event) => heard.push(event),
      );
      try {
        const { version } = await getClaim(desk.testApp, desk.as.checker.cookie, claim.id);
        await post(`/api/claims/${claim.id}/approve`, 'checker').send({ version }).expect(403);
        await step(desk.testApp, desk.as.editor.cookie, claim.id, 'approve');
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        subscription.unsubscribe();
      }
      expect(heard.map((event) => event.type)).toEqual(['claim.updated', 'verdict.updated']);
      expect(heard[0]).toMatchObject({
        articleId: claim.articleId,
        actor: { id: desk.as.editor.user.id },
        data: { id: claim.id, state: 'approved' },
      });
      expect(heard[1]!.data).toMatchObject({ approvedBy: desk.as.editor.user.id });
    });

    it('refuses steps the state does not allow with CLAIM_TRANSITION_NOT_ALLOWED', async () => {
      const claim = await freshClaim();
      for (const [action, body] of [
        ['approve', {}],
        ['resume', {}],
        ['reopen', { reason: 'x' }],
      ] as const) {
        const answer = await refusal(
          post(`/api/claims/${claim.id}/${action}`, 'editor').send({ version: claim.version, ...body }),
        );
        expect(answer).toEqual({ status: 409, code: 'CLAIM_TRANSITION_NOT_ALLOWED' });
      }
    });

    it('answers a stale version with VERSION_CONFLICT and the current claim', async () => {
      const claim = await freshClaim();
      await step(desk.testApp, desk.as.checker.cookie, claim.id, 'start-research');
      const answer = await post(`/api/claims/${claim.id}/start-research`, 'checker').send({
        version: claim.version,
      });
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({
        code: 'VERSION_CONFLICT',
        details: { current: { id: claim.id, state: 'in_research' } },
      });
    });

    it('lists the actions for the current user, with reasons for the refused ones', async () => {
      const claim = await freshClaim();
      await toReview(desk.testApp, desk.as.checker.cookie, claim.id);
      const actionsOf = async (role: Role) =>
        (
          await desk.testApp
            .http()
            .get(`/api/claims/${claim.id}/actions`)
            .set('Cookie', desk.as[role].cookie)
            .expect(200)
        ).body as AvailableAction[];
      const forChecker = await actionsOf('checker');
      expect(forChecker.find((action) => action.action === 'approve')).toMatchObject({
        allowed: false,
        code: 'ROLE_NOT_ALLOWED',
      });
      const forEditor = await actionsOf('editor');
      expect(forEditor.find((action) => action.action === 'approve')).toMatchObject({ allowed: true });
      expect(forEditor.find((action) => action.action === 'request_changes')).toMatchObject({
        allowed: true,
        needsInput: ['reason'],
      });
    });

    it('answers 404 for a claim that does not exist', async () => {
      for (const path of [`/api/claims/${MISSING}/actions`, `/api/claims/${MISSING}/verdicts`]) {
        await desk.testApp.http().get(path).set('Cookie', desk.as.viewer.cookie).expect(404);
      }
      expect(await refusal(post(`/api/claims/${MISSING}/approve`, 'editor').send({ version: 1 }))).toEqual({
        status: 404,
        code: 'NOT_FOUND',
      });
    });
  });

  describe('bad input', () => {
    it.each([
      ['no body', undefined],
      ['version missing', {}],
      ['version a string', { version: '1' }],
      ['version zero', { version: 0 }],
      ['unknown field', { version: 1, approve: true }],
      ['reason not text', { version: 1, reason: 42 }],
      ['rating not text', { version: 1, rating: ['true'] }],
      ['sourceIds not uuids', { version: 1, sourceIds: ['x'] }],
      ['sourceIds not a list', { version: 1, sourceIds: 'x' }],
      ['rationale too long', { version: 1, rationale: 'x'.repeat(20001) }],
    ])('%s → 400 VALIDATION_FAILED', async (_label, body) => {
      const claim = desk.probe;
      const action =
        body && ('rating' in body || 'sourceIds' in body || 'rationale' in body)
          ? 'submit-verdict'
          : 'request-changes';
      const answer = await refusal(post(`/api/claims/${claim.id}/${action}`, 'editor').send(body as object));
      expect(answer).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('answers malformed JSON and a non-UUID id with 400', async () => {
      const malformed = post(`/api/claims/${desk.probe.id}/approve`, 'editor')
        .set('Content-Type', 'application/json')
        .send('{"version":');
      expect(await refusal(malformed)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await refusal(post('/api/claims/not-a-uuid/approve', 'editor').send({ version: 1 }))).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    });
  });
});
