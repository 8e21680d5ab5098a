import { randomUUID } from 'node:crypto';
import { type ClaimDto, type Role } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { AuditService, type AuditEntryInput } from '../src/audit/audit.service';
import { entryHash, GENESIS_HASH } from '../src/audit/audit-hash';
import { inTransaction } from '../src/database/transactions';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { ROLE_CASES } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface EntryBody {
  seq: number;
  id: string;
  action: string;
  targetId: string;
  prevHash: string;
  hash: string;
  [key: string]: unknown;
}

describe('audit trail: /api/claims/:id/audit, /api/articles/:id/audit, /api/audit, /api/audit/verify', () => {
  let testApp: TestApp;
  let sessions: Record<Role, RoleSession>;
  let claims: ClaimDto[];
  let dataSource: DataSource;

  const append = (entry: AuditEntryInput) =>
    inTransaction(dataSource, (manager) => testApp.app.get(AuditService).append(manager, entry));
  const get = (url: string, role: Role) => testApp.http().get(url).set('Cookie', sessions[role].cookie);
  const verify = async (body: object = {}) =>
    (
      await testApp
        .http()
        .post('/api/audit/verify')
        .set('Cookie', sessions.admin.cookie)
        .send(body)
        .expect(200)
    ).body;

  beforeAll(async () => {
    testApp = await startTestApp();
    dataSource = testApp.app.get(DataSource);
    sessions = await roleSessions(testApp);
    const { article } = await makeArticle(testApp, sessions.editor.user.id);
    claims = await claimsOf(testApp, article.id, sessions.editor.user);
    const [first, second] = claims;
    await append({
      actorId: sessions.editor.user.id,
      action: 'claim.assign',
      targetType: 'claim',
      targetId: first.id,
      articleId: first.articleId,
      before: { assigneeId: null },
      after: { assigneeId: sessions.checker.user.id },
    });
    await append({
      actorId: sessions.checker.user.id,
      action: 'source.create',
      targetType: 'source',
      targetId: randomUUID(),
      articleId: first.articleId,
      claimId: first.id,
      after: { url: 'https://stats.example/t1' },
    });
    await append({
      actorId: sessions.editor.user.id,
      action: 'claim.dismiss',
      targetType: 'claim',
      targetId: second.id,
      articleId: second.articleId,
    });
    await append({
      actorId: sessions.admin.user.id,
      action: 'user.role_change',
      targetType: 'user',
      targetId: sessions.viewer.user.id,
      before: { role: 'viewer' },
      after: { role: 'checker' },
    });
  });
  afterAll(() => testApp.close());

  describe('access', () => {
    it.each(ROLE_CASES['audit.read'])(
      'GET a claim and an article trail as $actor',
      async ({ actor, allowed, deniedStatus }) => {
        for (const url of [
          `/api/claims/${claims[0].id}/audit`,
          `/api/articles/${claims[0].articleId}/audit`,
        ]) {
          const call = testApp.http().get(url);
          if (actor !== 'anonymous') void call.set('Cookie', sessions[actor].cookie);
          await call.expect(allowed ? 200 : deniedStatus!);
        }
      },
    );

    it.each(ROLE_CASES['audit.system'])(
      'GET /api/audit and POST /api/audit/verify as $actor',
      async ({ actor, allowed, deniedStatus }) => {
        for (const call of [testApp.http().get('/api/audit'), testApp.http().post('/api/audit/verify')]) {
          if (actor !== 'anonymous') void call.set('Cookie', sessions[actor].cookie);
          await call.expect(allowed ? 200 : deniedStatus!);
        }
      },
    );
  });

  describe('behaviour', () => {
    it('chains every entry to the one before it, starting from the genesis hash', async () => {
      const { body } = await get('/api/audit?limit=200', 'admin').expect(200);
      const entries = [...(body.items as EntryBody[])].reverse();
      expect(entries[0]).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
      entries.forEach((entry, index) => {
        expect(entry.seq).toBe(index + 1);
        if (index > 0) expect(entry.prevHash).toBe(entries[index - 1].hash);
        expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      });
    });

    it('a claim trail holds the claim and what hangs off it, newest first; an article trail holds all its claims', async () => {
      const { body: claimTrail } = await get(`/api/claims/${claims[0].id}/audit`, 'editor').expect(200);
      expect(claimTrail.items.map((e: EntryBody) => e.action)).toEqual(['source.create', 'claim.assign']);
      expect(claimTrail.items[1]).toMatchObject({
        actor: { id: sessions.editor.user.id, displayName: sessions.editor.user.displayName },
        targetType: 'claim',
        claimId: claims[0].id,
        before: { assigneeId: null },
        after: { assigneeId: sessions.checker.user.id },
      });
      const { body: articleTrail } = await get(`/api/articles/${claims[0].articleId}/audit`, 'admin').expect(
        200,
      );
      expect(articleTrail.items.map((e: EntryBody) => e.action)).toEqual(
        expect.arrayContaining(['claim.dismiss', 'source.create', 'claim.assign']),
      );
      expect(articleTrail.items.map((e: EntryBody) => e.action)).not.toContain('user.role_change');
    });

    it('filters the system-wide trail by actor, action, target type and time, and pages with a cursor', async () => {
      const byActor = (await get(`/api/audit?actor=${sessions.admin.user.id}`, 'admin').expect(200)).body;
      expect(byActor.items.map((e: EntryBody) => e.action)).toEqual(['user.role_change']);
      const byAction = (await get('/api/audit?action=claim.dismiss', 'admin').expect(200)).body;
      expect(byAction.items).toHaveLength(1);
      const byTarget = (await get('/api/audit?targetType=claim', 'admin').expect(200)).body;
      expect(byTarget.items.map((e: EntryBody) => e.action)).toEqual(['claim.dismiss', 'claim.assign']);
      const future = new Date(Date.now() + 60_000).toISOString();
      expect((await get(`/api/audit?from=${future}`, 'admin').expect(200)).body.items).toEqual([]);
      expect((await get(`/api/audit?to=2000-01-01T00:00:00Z`, 'admin').expect(200)).body.items).toEqual([]);

      const first = (await get('/api/audit?limit=3', 'admin').expect(200)).body;
      expect(first.items).toHaveLength(3);
      const rest = (await get(`/api/audit?limit=3&cursor=${first.nextCursor}`, 'admin').expect(200)).body;
      expect(rest.items[0].seq).toBe(first.items[2].seq - 1);
    });

    it('an audit entry rolls back with the change it records', async () => {
      const before = (await verify()).checked;
      await expect(
        inTransaction(dataSource, async (manager) => {
          await testApp.app.get(AuditService).append(manager, {
            actorId: null,
            action: 'claim.update',
            targetType: 'claim',
            targetId: claims[0].id,
          });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect((await verify()).checked).toBe(before);
    });

    it('concurrent appends never fork the chain', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          append({ actorId: null, action: 'session.expire', targetType: 'session', targetId: `s-${i}` }),
        ),
      );
      expect(await verify()).toMatchObject({ ok: true, firstBrokenEntry: null });
    });

    it('the database refuses to update or delete audit rows', async () => {
      await expect(dataSource.query("UPDATE audit_entries SET action = 'x' WHERE seq = 1")).rejects.toThrow(
        /append-only/,
      );
      await expect(dataSource.query('DELETE FROM audit_entries WHERE seq = 1')).rejects.toThrow(
        /append-only/,
      );
    });

    it('gives the head of an intact chain, and checks a head recorded earlier', async () => {
      const first = await verify();
      expect(first).toMatchObject({ ok: true, recordedHead: null });
      expect(first.head).toEqual({ seq: first.checked, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      await append({ actorId: null, action: 'session.expire', targetType: 'session', targetId: 's-head' });

      const later = await verify({ recordedHead: first.head });
      expect(later).toMatchObject({
        ok: true,
        head: { seq: first.head.seq + 1 },
        recordedHead: { ...first.head, matches: true, reason: null },
      });
    });

    it('a recorded head shows that the newest entries were deleted, which the chain alone cannot', async () => {
      for (const targetId of ['s-gone-1', 's-gone-2']) {
        await append({ actorId: null, action: 'session.expire', targetType: 'session', targetId });
      }
      const recorded = (await verify()).head;

      await tamper(`DELETE FROM audit_entries WHERE seq > ${recorded.seq - 2}`);

      // What is left is still a valid chain...
      expect(await verify()).toMatchObject({ ok: true, head: { seq: recorded.seq - 2 } });
      // ...but not the one that was recorded.
      expect(await verify({ recordedHead: recorded })).toMatchObject({
        ok: false,
        firstBrokenEntry: null,
        recordedHead: {
          ...recorded,
          matches: false,
          reason: `the chain ends at entry ${recorded.seq - 2}, before the recorded entry ${recorded.seq}: entries were removed`,
        },
      });
    });

    it('a recorded head whose entry now has another hash shows a rewritten chain', async () => {
      const { head } = await verify();
      const result = await verify({ recordedHead: { seq: head.seq, hash: 'f'.repeat(64) } });
      expect(result).toMatchObject({
        ok: false,
        recordedHead: { matches: false, reason: expect.stringContaining('no longer has the recorded hash') },
      });
    });

    it('verify recomputes the chain and names the first tampered row', async () => {
      const before = await verify();
      expect(before).toMatchObject({ ok: true, firstBrokenEntry: null });
      const [target] = (await get('/api/audit?action=claim.dismiss', 'admin').expect(200)).body
        .items as EntryBody[];

      await tamper(`UPDATE audit_entries SET action = 'claim.restore' WHERE seq = ${target.seq}`);

      const after = await verify();
      expect(after).toEqual({
        ok: false,
        checked: target.seq,
        firstBrokenEntry: {
          seq: target.seq,
          id: target.id,
          reason: 'hash does not match the entry contents',
        },
        head: null,
        recordedHead: null,
      });
    });

    it('recomputing the tampered row hash still breaks the chain at the next row', async () => {
      const rows = (await dataSource.query('SELECT * FROM audit_entries ORDER BY seq')) as Array<
        Record<string, unknown>
      >;
      const broken = rows.find((row) => row.action === 'claim.restore')!;
      const fields = {
        seq: Number(broken.seq),
        id: broken.id as string,
        actorId: broken.actor_id as string | null,
        action: broken.action as string,
        targetType: broken.target_type as string,
        targetId: broken.target_id as string,
        articleId: broken.article_id as string | null,
        claimId: broken.claim_id as string | null,
        beforeJson: broken.before_json as string | null,
        afterJson: broken.after_json as string | null,
        createdAt: broken.created_at as string,
        prevHash: broken.prev_hash as string,
      };
      await tamper(`UPDATE audit_entries SET hash = '${entryHash(fields)}' WHERE seq = ${fields.seq}`);
      const after = await verify();
      expect(after.firstBrokenEntry).toMatchObject({
        seq: fields.seq + 1,
        reason: 'prev_hash does not match the previous entry',
      });
    });
  });

  describe('bad input', () => {
    it.each([
      ['limit=0'],
      ['limit=201'],
      ['limit=ten'],
      ['cursor=abc'],
      ['cursor=-1'],
      ['targetType=planet'],
      ['from=yesterday'],
      ['to=2025-13-45'],
      ['colour=red'],
    ])('GET /api/audit?%s answers 400 VALIDATION_FAILED', async (query) => {
      const response = await get(`/api/audit?${query}`, 'admin');
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it.each([
      ['a hash that is not hex', { recordedHead: { seq: 1, hash: 'xyz' } }, 'recordedHead.hash'],
      ['entry 0', { recordedHead: { seq: 0, hash: '0'.repeat(64) } }, 'recordedHead.seq'],
      ['no hash', { recordedHead: { seq: 3 } }, 'recordedHead.hash'],
      ['an unknown field', { recordedHead: { seq: 3, hash: '0'.repeat(64), at: 'now' } }, 'at'],
    ])('verify with %s answers 400 naming the field', async (_label, body, field) => {
      const response = await testApp
        .http()
        .post('/api/audit/verify')
        .set('Cookie', sessions.admin.cookie)
        .send(body);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(response.body.message).toContain(field);
    });

    it('bad paging on a claim trail answers 400', async () => {
      const response = await get(`/api/claims/${claims[0].id}/audit?limit=-5`, 'editor');
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('unknown claims and articles answer 404 NOT_FOUND', async () => {
      for (const url of [`/api/claims/${randomUUID()}/audit`, `/api/articles/${randomUUID()}/audit`]) {
        const response = await get(url, 'editor');
        expect([response.status, response.body.code]).toEqual([404, 'NOT_FOUND']);
      }
    });
  });

  /** Plays an attacker with database access: lifts the append-only triggers, changes rows, puts them back. */
  async function tamper(sql: string): Promise<void> {
    if (testApp.database.kind === 'postgres') {
      await dataSource.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change');
      await dataSource.query(sql);
      await dataSource.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_change');
      return;
    }
    await dataSource.query('DROP TRIGGER audit_entries_no_update');
    await dataSource.query('DROP TRIGGER audit_entries_no_delete');
    await dataSource.query(sql);
    for (const operation of ['UPDATE', 'DELETE']) {
      await dataSource.query(`CREATE TRIGGER audit_entries_no_${operation.toLowerCase()} BEFORE ${operation}
        ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END`);
    }
  }
});
