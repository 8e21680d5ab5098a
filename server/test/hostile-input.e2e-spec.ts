import type { ClaimDto } from '@claimdesk/shared';
import { toCursor } from '../src/common/dto/opaque-cursor';
import { MAX_INPUT_DEPTH } from '../src/common/storable-input.pipe';
import { addSource, getClaim, reviewSuite, sourceInput, step } from './support/reviews';

/*
 * Input that passed validation and then failed as a 500, found by fuzzing every operation on both databases:
 * U+0000 (PostgreSQL refuses it in text), lone surrogates, JSON nested thousands deep, null for an optional
 * field, ISO week dates, and cursor numbers beyond a 32-bit column. Each must be a 400 naming the field, and
 * must change nothing. The suite runs on SQLite and, under `npm run test:postgres`, on PostgreSQL.
 */
describe('hostile input gets a 400 naming the field, never a 500', () => {
  const desk = reviewSuite();
  const as = (role: 'admin' | 'checker' | 'editor') => desk.as[role].cookie;

  function nested(depth: number): unknown {
    let value: unknown = 'leaf';
    for (let level = 0; level < depth; level++) value = { a: value };
    return value;
  }

  async function expectRefusal(
    response: { status: number; body: { code?: string; details?: { fields?: { field: string }[] } } },
    field: string,
  ): Promise<void> {
    expect({ status: response.status, code: response.body.code }).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(response.body.details?.fields?.[0]?.field).toBe(field);
  }

  describe('U+0000 and lone surrogates', () => {
    it('refuses NUL in a body field, a path id and a query parameter, and stores nothing', async () => {
      const claim = await desk.freshClaim();
      const dismissal = await desk.testApp
        .http()
        .post(`/api/claims/${claim.id}/dismiss`)
        .set('Cookie', as('editor'))
        .send({ version: claim.version, reason: 'dupe\u0000' });
      await expectRefusal(dismissal, 'reason');
      expect(dismissal.body.message).toContain('U+0000');
      const after = await getClaim(desk.testApp, as('editor'), claim.id);
      expect({ state: after.state, version: after.version }).toEqual({
        state: 'detected',
        version: claim.version,
      });

      await expectRefusal(
        await desk.testApp.http().get('/api/claims/a%00b/audit').set('Cookie', as('editor')),
        'id',
      );
      await expectRefusal(
        await desk.testApp.http().get('/api/audit').query({ actor: 'a\u0000b' }).set('Cookie', as('admin')),
        'actor',
      );
    });

    it('refuses NUL inside a nested array item, naming its place', async () => {
      const claim = await desk.freshClaim();
      const response = await desk.testApp
        .http()
        .post('/api/claims/merge')
        .set('Cookie', as('editor'))
        .send({ claimIds: [claim.id, 'x\u0000'], versions: [1, 1] });
      await expectRefusal(response, 'claimIds[1]');
    });

    it('refuses a lone surrogate, which no database or UTF-8 encoder can keep', async () => {
      const response = await desk.testApp
        .http()
        .post('/api/users')
        .set('Cookie', as('admin'))
        .set('Content-Type', 'application/json')
        // Written out by hand: JSON.stringify would escape it the same way, and a client may send it.
        .send(
          '{"email":"\\ud800@example.org","displayName":"New","role":"viewer","password":"password-123456"}',
        );
      await expectRefusal(response, 'email');
      expect(response.body.message).toContain('lone surrogate');
    });

    it('keeps ordinary Unicode: emoji, right-to-left text and astral characters are stored as sent', async () => {
      const claim = await desk.freshClaim();
      const text = 'Checked 👍 — مرحبا — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
      const response = await desk.testApp
        .http()
        .patch(`/api/claims/${claim.id}`)
        .set('Cookie', as('editor'))
        .send({ version: claim.version, checkedText: text })
        .expect(200);
      expect((response.body as ClaimDto).checkedText).toBe(text);
    });
  });

  it(`refuses JSON nested deeper than ${MAX_INPUT_DEPTH} levels instead of overflowing the stack`, async () => {
    for (const path of ['/api/auth/login', '/api/articles']) {
      const deep = await desk.testApp
        .http()
        .post(path)
        .set('Cookie', as('admin'))
        .send({ a: nested(MAX_INPUT_DEPTH + 1) } as object);
      await expectRefusal(deep, `a${'.a'.repeat(MAX_INPUT_DEPTH - 1)}`);
      expect(deep.body.message).toContain(`more than ${MAX_INPUT_DEPTH} levels deep`);
      // Thousands deep: refused whether the JSON parser or the depth check gets there first.
      const deeper = await desk.testApp
        .http()
        .post(path)
        .set('Cookie', as('admin'))
        .set('Content-Type', 'application/json')
        .send('{"a":'.repeat(5000) + '1' + '}'.repeat(5000));
      expect({ status: deeper.status, code: deeper.body.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  describe('null where a field can only be left out', () => {
    it('refuses a null dismissal reason, claim type, display name and role', async () => {
      const claim = await desk.freshClaim();
      const dismiss = await desk.testApp
        .http()
        .post(`/api/claims/${claim.id}/dismiss`)
        .set('Cookie', as('editor'))
        .send({ version: claim.version, reason: null });
      await expectRefusal(dismiss, 'reason');
      const retype = await desk.testApp
        .http()
        .patch(`/api/claims/${claim.id}`)
        .set('Cookie', as('editor'))
        .send({ version: claim.version, type: null });
      await expectRefusal(retype, 'type');
      expect((await getClaim(desk.testApp, as('editor'), claim.id)).type).toBe(claim.type);

      const user = desk.as.viewer.user;
      for (const field of ['displayName', 'role']) {
        const response = await desk.testApp
          .http()
          .patch(`/api/users/${user.id}`)
          .set('Cookie', as('admin'))
          .send({ [field]: null });
        await expectRefusal(response, field);
      }
    });

    it('takes null as "not given" for article metadata and the recorded audit head', async () => {
      const imported = await desk.testApp
        .http()
        .post('/api/articles')
        .set('Cookie', as('editor'))
        .send({
          text: 'The council spent $3.5m on roads in 2024.',
          title: null,
          outlet: null,
          publishedAt: null,
        })
        .expect(201);
      expect(imported.body.article).toMatchObject({
        title: 'The council spent $3.5m on roads in 2024.',
        outlet: null,
      });
      await desk.testApp
        .http()
        .post('/api/audit/verify')
        .set('Cookie', as('admin'))
        .send({ recordedHead: null })
        .expect(200);
    });

    it('still lets null clear the fields that can be cleared', async () => {
      const claim = await desk.freshClaim();
      await desk.testApp
        .http()
        .patch(`/api/claims/${claim.id}`)
        .set('Cookie', as('editor'))
        .send({ version: claim.version, checkedText: 'Reworded', speaker: 'Someone' })
        .expect(200);
      const cleared = await desk.testApp
        .http()
        .patch(`/api/claims/${claim.id}`)
        .set('Cookie', as('editor'))
        .send({ version: claim.version + 1, checkedText: null, speaker: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ checkedText: null, speaker: null });
    });
  });

  describe('dates JavaScript cannot read', () => {
    it.each(['2024-W01', '2024-W01-1', '2024-123'])(
      'refuses %s as publishedAt, accessedAt and an audit bound',
      async (date) => {
        const article = await desk.testApp
          .http()
          .post('/api/articles')
          .set('Cookie', as('editor'))
          .send({ text: 'The council spent $3.5m on roads in 2024.', publishedAt: date });
        await expectRefusal(article, 'publishedAt');

        const claim = await desk.freshClaim();
        await step(desk.testApp, as('checker'), claim.id, 'start-research');
        const source = await desk.testApp
          .http()
          .post(`/api/claims/${claim.id}/sources`)
          .set('Cookie', as('checker'))
          .send(sourceInput({ accessedAt: date }));
        await expectRefusal(source, 'accessedAt');

        const audit = await desk.testApp
          .http()
          .get('/api/audit')
          .query({ from: date })
          .set('Cookie', as('admin'));
        await expectRefusal(audit, 'from');
      },
    );

    it('still takes calendar dates and timestamps', async () => {
      const claim = await desk.freshClaim();
      await step(desk.testApp, as('checker'), claim.id, 'start-research');
      const source = await addSource(desk.testApp, as('checker'), claim.id, { accessedAt: '2025-01-31' });
      expect(source.accessedAt).toBe('2025-01-31T00:00:00.000Z');
      await desk.testApp
        .http()
        .get('/api/audit')
        .query({ from: '2025-01-31T09:00:00Z' })
        .set('Cookie', as('admin'))
        .expect(200);
    });
  });

  describe('cursors', () => {
    it('refuses forged cursors whose numbers overflow a 32-bit column or whose text holds NUL', async () => {
      const article = desk.probe.articleId;
      const forged = [
        toCursor({ s: 'position', k: [article, 2 ** 31], id: 'x' }),
        toCursor({ s: 'position', k: [article, 1e300], id: 'x' }),
        toCursor({ s: 'position', k: [article, 1], id: 'a\u0000b' }),
        toCursor({ s: 'score', k: ['not a number'], id: 'x' }),
      ];
      for (const cursor of forged) {
        for (const path of [`/api/articles/${article}/claims`, '/api/claims']) {
          const response = await desk.testApp.http().get(path).query({ cursor }).set('Cookie', as('editor'));
          await expectRefusal(response, 'cursor');
        }
      }
      const queue = await desk.testApp
        .http()
        .get('/api/review-queue')
        .query({ cursor: toCursor({ v: 'in_review', k: 'a\u0000b', id: 'x' }) })
        .set('Cookie', as('editor'));
      expect({ status: queue.status, code: queue.body.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    });

    it('refuses an audit cursor beyond the largest entry number', async () => {
      for (const cursor of ['2147483648', '999999999999999']) {
        const response = await desk.testApp
          .http()
          .get(`/api/claims/${desk.probe.id}/audit`)
          .query({ cursor })
          .set('Cookie', as('editor'));
        await expectRefusal(response, 'cursor');
      }
      await desk.testApp
        .http()
        .get(`/api/claims/${desk.probe.id}/audit`)
        .query({ cursor: '2147483647' })
        .set('Cookie', as('editor'))
        .expect(200);
    });
  });

  it('refuses numbers beyond a 32-bit column in a body (a version or an offset)', async () => {
    const claim = await desk.freshClaim();
    const responses = [
      await desk.testApp
        .http()
        .patch(`/api/claims/${claim.id}`)
        .set('Cookie', as('editor'))
        .send({ version: 2 ** 40, checkedText: 'x' }),
      await desk.testApp
        .http()
        .post(`/api/articles/${claim.articleId}/claims`)
        .set('Cookie', as('editor'))
        .send({ start: 2 ** 40, end: 2 ** 40 + 1 }),
    ];
    for (const response of responses) expect(response.status).toBeGreaterThanOrEqual(400);
    for (const response of responses) expect(response.status).toBeLessThan(500);
  });
});
