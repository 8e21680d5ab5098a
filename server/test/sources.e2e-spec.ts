import type { Role, SourceDto, SourceUsageDto } from '@claimdesk/shared';
import type { Test } from 'supertest';
import { ROLE_CASES } from './support/factories';
import { addSource, reviewSuite, sourceInput, step, toReview } from './support/reviews';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('sources API', () => {
  const desk = reviewSuite();
  const { freshClaim } = desk;
  const as_ = (call: Test, actor: Role | 'anonymous'): Test =>
    actor === 'anonymous' ? call : call.set('Cookie', desk.as[actor].cookie);
  const refusal = async (pending: Promise<{ status: number; body: { code?: string } }>) => {
    const response = await pending;
    return { status: response.status, code: response.body.code };
  };
  const listOf = async (claimId: string): Promise<SourceDto[]> =>
    (
      await desk.testApp
        .http()
        .get(`/api/claims/${claimId}/sources`)
        .set('Cookie', desk.as.viewer.cookie)
        .expect(200)
    ).body;

  describe('access', () => {
    it.each(ROLE_CASES['sources.write'])(
      'add, edit and remove as $actor',
      async ({ actor, deniedStatus }) => {
        const existing = await addSource(desk.testApp, desk.as.editor.cookie, desk.probe.id);
        const added = await as_(desk.testApp.http().post(`/api/claims/${desk.probe.id}/sources`), actor).send(
          sourceInput(),
        );
        expect(added.status).toBe(deniedStatus ?? 201);
        const edited = await as_(desk.testApp.http().patch(`/api/sources/${existing.id}`), actor).send({
          note: 'checked',
        });
        expect(edited.status).toBe(deniedStatus ?? 200);
        const removed = await as_(desk.testApp.http().delete(`/api/sources/${existing.id}`), actor);
        expect(removed.status).toBe(deniedStatus ?? 204);
      },
    );

    it.each(ROLE_CASES['claims.read'])('list and look up as $actor', async ({ actor, deniedStatus }) => {
      expect((await as_(desk.testApp.http().get(`/api/claims/${desk.probe.id}/sources`), actor)).status).toBe(
        deniedStatus ?? 200,
      );
      const lookup = as_(
        desk.testApp.http().get('/api/sources').query({ url: 'https://example.org/' }),
        actor,
      );
      expect((await lookup).status).toBe(deniedStatus ?? 200);
    });
  });

  describe('behaviour', () => {
    it('stores every field, with URLs normalised', async () => {
      const claim = await freshClaim();
      const source = await addSource(desk.testApp, desk.as.checker.cookie, claim.id, {
        url: 'HTTP://Data.Example.ORG:80/stats/2025?year=2025&utm_medium=email&utm_source=x#table-3',
        title: '  Population 2025 ',
        publisher: 'Statistics Office',
        kind: 'official_statistics',
        stance: 'refutes',
        excerpt: 'The population was 733,391.',
        accessedAt: '2026-11-20T10:00:00Z',
        archiveUrl: 'https://web.archive.org/web/2026/https://data.example.org/stats/2025#x',
        note: 'Table 3',
      });
      expect(source).toMatchObject({
        claimId: claim.id,
        url: 'http://data.example.org/stats/2025?year=2025',
        title: 'Population 2025',
        publisher: 'Statistics Office',
        kind: 'official_statistics',
        stance: 'refutes',
        excerpt: 'The population was 733,391.',
        accessedAt: '2026-11-20T10:00:00.000Z',
        archiveUrl: 'https://web.archive.org/web/2026/https://data.example.org/stats/2025',
        note: 'Table 3',
        createdBy: desk.as.checker.user.id,
      });
      expect(await listOf(claim.id)).toEqual([source]);
    });

    it('reuses one document record for the same URL on another claim, and finds where it was used', async () => {
      const [a, b] = [await freshClaim(), await freshClaim()];
      const first = await addSource(desk.testApp, desk.as.checker.cookie, a.id, {
        url: 'https://Gov.example/report?utm_campaign=x',
        title: 'Government report',
        publisher: 'Gov',
      });
      const second = await addSource(desk.testApp, desk.as.editor.cookie, b.id, {
        url: 'https://gov.example/report#summary',
        title: 'Another title',
        stance: 'context',
      });
      expect(second.documentId).toBe(first.documentId);
      expect(second).toMatchObject({ title: 'Government report', publisher: 'Gov', stance: 'context' });
      const duplicate = await refusal(
        desk.testApp
          .http()
          .post(`/api/claims/${a.id}/sources`)
          .set('Cookie', desk.as.checker.cookie)
          .send(sourceInput({ url: 'https://gov.example/report' })),
      );
      expect(duplicate).toEqual({ status: 409, code: 'CONFLICT' });
      const usage = (
        await desk.testApp
          .http()
          .get('/api/sources')
          .query({ url: 'HTTPS://GOV.example/report?utm_source=t' })
          .set('Cookie', desk.as.viewer.cookie)
          .expect(200)
      ).body as SourceUsageDto[];
      expect(usage).toHaveLength(1);
      expect(usage[0]!.citations.map((citation) => citation.claimId).sort()).toEqual([a.id, b.id].sort());
      const unknown = await desk.testApp
        .http()
        .get('/api/sources')
        .query({ url: 'https://never.example/' })
        .set('Cookie', desk.as.viewer.cookie)
        .expect(200);
      expect(unknown.body).toEqual([]);
    });

    it('keeps sources without a URL apart', async () => {
      const claim = await freshClaim();
      const one = await addSource(desk.testApp, desk.as.checker.cookie, claim.id, {
        url: null,
        title: 'Interview with Dr A',
        kind: 'expert',
      });
      const two = await addSource(desk.testApp, desk.as.checker.cookie, claim.id, {
        url: undefined,
        title: 'Interview with Dr A',
        kind: 'expert',
      });
      expect(one.url).toBeNull();
      expect(one.documentId).not.toBe(two.documentId);
    });

    it('edits a source, moving it to another URL, and clears optional fields with null', async () => {
      const claim = await freshClaim();
      const source = await addSource(desk.testApp, desk.as.checker.cookie, claim.id, {
        note: 'first look',
        excerpt: 'x',
      });
      const edited = await desk.testApp
        .http()
        .patch(`/api/sources/${source.id}`)
        .set('Cookie', desk.as.checker.cookie)
        .send({
          url: 'https://moved.example/page?utm_term=a',
          stance: 'refutes',
          note: null,
          publisher: 'Moved',
        })
        .expect(200);
      expect(edited.body).toMatchObject({
        id: source.id,
        url: 'https://moved.example/page',
        stance: 'refutes',
        note: null,
        publisher: 'Moved',
        excerpt: 'x',
      });
      expect(edited.body.documentId).not.toBe(source.documentId);
    });

    it('removes a source; it leaves the list but earlier verdicts still name it', async () => {
      const claim = await freshClaim();
      const review = await toReview(desk.testApp, desk.as.checker.cookie, claim.id);
      await step(desk.testApp, desk.as.editor.cookie, claim.id, 'request-changes', {
        reason: 'Better source',
      });
      const [cited] = review.verdict!.sourceIds;
      await desk.testApp
        .http()
        .delete(`/api/sources/${cited}`)
        .set('Cookie', desk.as.checker.cookie)
        .expect(204);
      expect(await listOf(claim.id)).toEqual([]);
      await desk.testApp
        .http()
        .delete(`/api/sources/${cited}`)
        .set('Cookie', desk.as.checker.cookie)
        .expect(404);
      const history = await desk.testApp
        .http()
        .get(`/api/claims/${claim.id}/verdicts`)
        .set('Cookie', desk.as.viewer.cookie)
        .expect(200);
      expect(history.body[0].sourceIds).toEqual([cited]);
    });

    it('refuses adding, editing and removing while the claim is approved', async () => {
      const claim = await freshClaim();
      const { verdict } = await toReview(desk.testApp, desk.as.checker.cookie, claim.id);
      await step(desk.testApp, desk.as.editor.cookie, claim.id, 'approve');
      const [sourceId] = verdict!.sourceIds;
      const calls = [
        desk.testApp
          .http()
          .post(`/api/claims/${claim.id}/sources`)
          .set('Cookie', desk.as.editor.cookie)
          .send(sourceInput()),
        desk.testApp
          .http()
          .patch(`/api/sources/${sourceId}`)
          .set('Cookie', desk.as.editor.cookie)
          .send({ note: 'x' }),
        desk.testApp.http().delete(`/api/sources/${sourceId}`).set('Cookie', desk.as.editor.cookie),
      ];
      for (const call of calls) expect(await refusal(call)).toEqual({ status: 409, code: 'CONFLICT' });
    });

    it('answers 404 for unknown claims and sources', async () => {
      expect(
        await refusal(
          desk.testApp.http().get(`/api/claims/${MISSING}/sources`).set('Cookie', desk.as.viewer.cookie),
        ),
      ).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(
        await refusal(
          desk.testApp
            .http()
            .post(`/api/claims/${MISSING}/sources`)
            .set('Cookie', desk.as.editor.cookie)
            .send(sourceInput()),
        ),
      ).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(
        await refusal(
          desk.testApp
            .http()
            .patch(`/api/sources/${MISSING}`)
            .set('Cookie', desk.as.editor.cookie)
            .send({ note: 'x' }),
        ),
      ).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(
        await refusal(
          desk.testApp.http().delete(`/api/sources/${MISSING}`).set('Cookie', desk.as.editor.cookie),
        ),
      ).toEqual({ status: 404, code: 'NOT_FOUND' });
    });
  });

  describe('bad input', () => {
    it.each([
      ['javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
      ['data: URL', { url: 'data:text/html,<b>x</b>' }, 'url'],
      ['ftp URL', { url: 'ftp://files.example/x' }, 'url'],
      ['relative URL', { url: '/reports/1' }, 'url'],
      ['URL with credentials', { url: 'https://me:pw@example.org/' }, 'url'],
      ['javascript: archive URL', { archiveUrl: 'javascript:alert(1)' }, 'archiveUrl'],
      ['unknown kind', { kind: 'blog' }, 'kind'],
      ['unknown stance', { stance: 'maybe' }, 'stance'],
      ['empty title', { title: '' }, 'title'],
      ['title not text', { title: 7 }, 'title'],
      ['bad date', { accessedAt: '2026-02-30' }, 'accessedAt'],
      ['unknown field', { rating: 'true' }, 'rating'],
    ])('add with %s → 400 naming the field', async (_label, override, field) => {
      const response = await desk.testApp
        .http()
        .post(`/api/claims/${desk.probe.id}/sources`)
        .set('Cookie', desk.as.editor.cookie)
        .send({ ...sourceInput(), ...override });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.fields.map((problem: { field: string }) => problem.field)).toContain(
        field,
      );
    });

    it('refuses bad edits and look-ups with 400', async () => {
      const source = await addSource(desk.testApp, desk.as.editor.cookie, desk.probe.id);
      for (const body of [
        { url: 'javascript:alert(1)' },
        { title: null },
        { kind: null },
        { stance: 'x' },
        { documentId: MISSING },
      ]) {
        const answer = await refusal(
          desk.testApp
            .http()
            .patch(`/api/sources/${source.id}`)
            .set('Cookie', desk.as.editor.cookie)
            .send(body),
        );
        expect(answer).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      }
      for (const query of ['', '?url=javascript:alert(1)', '?url=notaurl']) {
        const answer = await refusal(
          desk.testApp.http().get(`/api/sources${query}`).set('Cookie', desk.as.viewer.cookie),
        );
        expect(answer).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      }
      const notUuid = await refusal(
        desk.testApp.http().patch('/api/sources/42').set('Cookie', desk.as.editor.cookie).send({ note: 'x' }),
      );
      expect(notUuid).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });
  });
});
