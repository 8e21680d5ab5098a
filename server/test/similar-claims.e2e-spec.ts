import { randomUUID } from 'node:crypto';
import type { Role, SimilarClaimDto } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { Claim } from '../src/claims/claim.entity';
import { roleSessions, type RoleSession } from './support/articles';
import { seedArticle, seedPeople } from './support/export-seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('checked before: GET /api/claims/:id/similar', () => {
  let testApp: TestApp;
  let as: Record<Role, RoleSession>;
  let today: string[];
  let earlier: string[];

  beforeAll(async () => {
    testApp = await startTestApp();
    as = await roleSessions(testApp);
    const dataSource = testApp.app.get(DataSource);
    const people = await seedPeople(dataSource);
    earlier = (
      await seedArticle(dataSource, people, { title: 'March jobs report' }, [
        {
          text: 'Unemployment fell to 3.1% in June, the statistics office said.',
          state: 'approved',
          rating: 'true',
          approvedAt: '2026-03-02T10:00:00.000Z',
        },
        {
          text: 'Unemployment fell to 3.1% in June, economists at the central bank noted yesterday.',
          state: 'approved',
          rating: 'mostly_true',
          approvedAt: '2026-03-03T10:00:00.000Z',
        },
        // Shares a word, not the claim.
        {
          text: 'Unemployment rose to 4% in March.',
          state: 'approved',
          rating: 'false',
          approvedAt: '2026-03-03T11:00:00.000Z',
        },
        // Still in review: not a fact-check anyone may cite yet.
        { text: 'Unemployment fell to 3.1% in June, officials said.', state: 'in_review' },
        {
          text: 'The council spent $12 million on parks.',
          state: 'approved',
          rating: 'mostly_true',
          approvedAt: '2026-03-04T10:00:00.000Z',
        },
        {
          text: 'He said what he has always said.',
          checkedText: 'Crime in Auckland fell 10% last year',
          state: 'approved',
          rating: 'misleading',
          approvedAt: '2026-03-05T10:00:00.000Z',
        },
      ])
    ).claimIds;
    today = (
      await seedArticle(dataSource, people, { title: 'Today' }, [
        { text: 'Unemployment fell to 3.1 per cent in June.', state: 'detected', rating: null },
        { text: 'The weather was lovely on the waterfront.', state: 'detected', rating: null },
        { text: 'Auckland crime fell 10% last year, the mayor said.', state: 'detected', rating: null },
        // The same wording in the same article is not "checked before": the checker sees it already.
        {
          text: 'Unemployment fell to 3.1% in June, the statistics office said.',
          state: 'approved',
          rating: 'true',
          approvedAt: '2026-03-06T10:00:00.000Z',
        },
      ])
    ).claimIds;
  });
  afterAll(() => testApp.close());

  const similar = (id: string, query = '', role: Role = 'viewer') =>
    testApp.http().get(`/api/claims/${id}/similar${query}`).set('Cookie', as[role].cookie);

  it('lists approved claims of other articles that read alike, most alike first, with their rating', async () => {
    const response = await similar(today[0]!).expect(200);
    const found = response.body as SimilarClaimDto[];
    expect(found.map((entry) => entry.claim.id)).toEqual([earlier[0], earlier[1]]);
    expect(found[0]).toMatchObject({
      articleTitle: 'March jobs report',
      rating: 'true',
      approvedAt: '2026-03-02T10:00:00.000Z',
      claim: { text: 'Unemployment fell to 3.1% in June, the statistics office said.', state: 'approved' },
    });
    expect(found[0]!.similarity).toBeGreaterThan(found[1]!.similarity);
    expect(found[1]!.similarity).toBeGreaterThanOrEqual(0.2);
    expect(found[0]!.claim.quoted).toBe(false);
  });

  it('compares the wording as checked, where a checker reworded the claim', async () => {
    const found = (await similar(today[2]!).expect(200)).body as SimilarClaimDto[];
    expect(found.map((entry) => [entry.claim.id, entry.rating])).toEqual([[earlier[5], 'misleading']]);
  });

  it('answers an empty list when nothing reads alike, and honours the limit', async () => {
    expect((await similar(today[1]!).expect(200)).body).toEqual([]);
    const one = (await similar(today[0]!, '?limit=1').expect(200)).body as SimilarClaimDto[];
    expect(one.map((entry) => entry.claim.id)).toEqual([earlier[0]]);
  });

  it('reads a claim reworded since the last look-up again, not its remembered words', async () => {
    expect((await similar(today[1]!).expect(200)).body).toEqual([]);
    const claims = testApp.app.get(DataSource).getRepository(Claim);
    const parks = await claims.findOneByOrFail({ id: earlier[4]! });
    await claims.update(
      { id: parks.id },
      { checkedText: 'The weather on the waterfront was lovely', version: parks.version + 1 },
    );
    const found = (await similar(today[1]!).expect(200)).body as SimilarClaimDto[];
    expect(found.map((entry) => entry.claim.id)).toEqual([parks.id]);
  });

  it.each(['admin', 'editor', 'checker', 'viewer'] as const)('answers the role %s', async (role) => {
    await similar(today[0]!, '', role).expect(200);
  });

  it('refuses anonymous callers, unknown claims, bad ids and bad limits', async () => {
    await testApp.http().get(`/api/claims/${today[0]}/similar`).expect(401);
    expect((await similar(randomUUID()).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await similar('not-a-uuid').expect(400)).body.code).toBe('VALIDATION_FAILED');
    for (const limit of ['0', '21', 'five']) {
      expect((await similar(today[0]!, `?limit=${limit}`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });
});
