import type { ClaimDto, ImportResultDto, UserDto, VerdictDto } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { SAMPLE_ARTICLE } from './support/articles';
import { loginAs, type Agent } from './support/factories';
import { HOOK_TIMEOUT } from './support/reviews';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The whole review story on the sample article, over HTTP with real logins, as the newsroom plays it:
 * import, assign, research, two sources, submit, four eyes, changes, resubmit, approve, history, audit.
 */
// One long story over HTTP with real logins; generous on a shared machine.
jest.setTimeout(120_000);

describe('review story', () => {
  let testApp: TestApp;
  let editor: { agent: Agent; user: UserDto };
  let secondEditor: { agent: Agent; user: UserDto };
  let checker: { agent: Agent; user: UserDto };

  beforeAll(async () => {
    testApp = await startTestApp();
    editor = await loginAs(testApp, 'editor');
    secondEditor = await loginAs(testApp, 'editor');
    checker = await loginAs(testApp, 'checker');
  }, HOOK_TIMEOUT);
  afterAll(() => testApp.close(), HOOK_TIMEOUT);

  it('takes a claim from import to an approved verdict under the four-eyes rule', async () => {
    let claim: ClaimDto;
    const version = async () => {
      claim = (await checker.agent.get(`/api/claims/${claim.id}`).expect(200)).body as ClaimDto;
      return claim.version;
    };

    // Editor imports the sample article and assigns its first claim to the checker.
    const imported = (
      await editor.agent
        .post('/api/articles')
        .send({ title: 'Alaska summit', text: SAMPLE_ARTICLE })
        .expect(201)
    ).body as ImportResultDto;
    expect(imported.claimsCreated).toBeGreaterThan(0);
    const page = await editor.agent.get(`/api/articles/${imported.article.id}/claims`).expect(200);
    claim = page.body.items[0] as ClaimDto;
    expect(claim.state).toBe('detected');
    claim = (
      await editor.agent
        .post(`/api/claims/${claim.id}/assign`)
        .send({ version: claim.version, assigneeId: checker.user.id })
        .expect(200)
    ).body as ClaimDto;
    expect(claim.assigneeId).toBe(checker.user.id);
    const mine = await checker.agent.get('/api/me/claims').expect(200);
    expect(mine.body.items.map((item: ClaimDto) => item.id)).toEqual([claim.id]);
    expect(mine.body.counts.detected).toBe(1);

    // Checker researches, cites two sources and submits a verdict relying on both.
    await checker.agent
      .post(`/api/claims/${claim.id}/start-research`)
      .send({ version: await version() })
      .expect(200);
    const first = await checker.agent
      .post(`/api/claims/${claim.id}/sources`)
      .send({
        url: 'HTTPS://www.WhiteHouse.gov:443/briefings/alaska-summit?utm_source=newsletter#top',
        title: 'Readout of the Alaska summit',
        publisher: 'The White House',
        kind: 'primary_document',
        stance: 'supports',
        excerpt: 'The leaders met in Anchorage.',
        accessedAt: '2026-08-16',
      })
      .expect(201);
    expect(first.body.url).toBe('https://www.whitehouse.gov/briefings/alaska-summit');
    const second = await checker.agent
      .post(`/api/claims/${claim.id}/sources`)
      .send({
        url: 'https://news.example/alaska',
        title: 'Summit report',
        kind: 'news_report',
        stance: 'context',
      })
      .expect(201);
    const sourceIds = [first.body.id as string, second.body.id as string];
    const submitted = await checker.agent
      .post(`/api/claims/${claim.id}/submit-verdict`)
      .send({
        version: await version(),
        rating: 'mostly_true',
        rationale: 'Both *sources* agree.',
        sourceIds,
      })
      .expect(200);
    expect(submitted.body.claim.state).toBe('in_review');
    expect(submitted.body.verdict).toMatchObject({ revision: 1, authorId: checker.user.id, sourceIds });
    expect(submitted.body.verdict.rationaleHtml).toContain('<em>sources</em>');

    // Four eyes: a checker may not approve at all.
    const own = await checker.agent
      .post(`/api/claims/${claim.id}/approve`)
      .send({ version: await version() });
    expect({ status: own.status, code: own.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });

    // Editor sends it back; the checker resumes and resubmits.
    const noReason = await editor.agent
      .post(`/api/claims/${claim.id}/request-changes`)
      .send({ version: await version() });
    expect({ status: noReason.status, code: noReason.body.code }).toEqual({
      status: 422,
      code: 'REASON_REQUIRED',
    });
    await editor.agent
      .post(`/api/claims/${claim.id}/request-changes`)
      .send({ version: await version(), reason: 'Name the date of the meeting.' })
      .expect(200);
    await checker.agent
      .post(`/api/claims/${claim.id}/resume`)
      .send({ version: await version() })
      .expect(200);
    await checker.agent
      .post(`/api/claims/${claim.id}/submit-verdict`)
      .send({ version: await version(), rating: 'true', rationale: 'They met on 15 August.', sourceIds })
      .expect(200);

    // Four eyes for editors too: on another claim of the article, an editor who writes the verdict
    // cannot approve it. The news report cited again is recognised as the same document.
    const other = page.body.items[1] as ClaimDto;
    await editor.agent
      .post(`/api/claims/${other.id}/start-research`)
      .send({ version: other.version })
      .expect(200);
    const reused = await editor.agent
      .post(`/api/claims/${other.id}/sources`)
      .send({
        url: 'https://news.example/alaska',
        title: 'Summit report',
        kind: 'news_report',
        stance: 'supports',
      })
      .expect(201);
    expect(reused.body.documentId).toBe(second.body.documentId);
    await editor.agent
      .post(`/api/claims/${other.id}/submit-verdict`)
      .send({ version: other.version + 1, rating: 'true', rationale: 'Reported widely.' })
      .expect(200);
    const selfApproval = await editor.agent
      .post(`/api/claims/${other.id}/approve`)
      .send({ version: other.version + 2 });
    expect({ status: selfApproval.status, code: selfApproval.body.code }).toEqual({
      status: 403,
      code: 'FOUR_EYES_REQUIRED',
    });

    // A different editor approves the checker's resubmitted verdict.
    const approved = await secondEditor.agent
      .post(`/api/claims/${claim.id}/approve`)
      .send({ version: await version() })
      .expect(200);
    expect(approved.body.claim.state).toBe('approved');
    expect(approved.body.verdict).toMatchObject({
      revision: 2,
      authorId: checker.user.id,
      approvedBy: secondEditor.user.id,
    });

    // The history keeps every revision with what happened to it.
    const history = (await checker.agent.get(`/api/claims/${claim.id}/verdicts`).expect(200))
      .body as VerdictDto[];
    expect(history.map((verdict) => [verdict.revision, verdict.authorId, verdict.rating])).toEqual([
      [1, checker.user.id, 'mostly_true'],
      [2, checker.user.id, 'true'],
    ]);
    expect(history[0]).toMatchObject({
      changesRequestedBy: editor.user.id,
      changesRequestedReason: 'Name the date of the meeting.',
    });
    expect(history[1]).toMatchObject({ approvedBy: secondEditor.user.id, changesRequestedBy: null });

    // Sources are frozen under an approved verdict.
    const frozen = await checker.agent
      .patch(`/api/sources/${first.body.id as string}`)
      .send({ note: 'late' });
    expect({ status: frozen.status, code: frozen.body.code }).toEqual({ status: 409, code: 'CONFLICT' });

    // The audit chain holds every step, verifies, and names the row someone tampered with.
    const trail = await editor.agent.get(`/api/claims/${claim.id}/audit`).expect(200);
    const actions = trail.body.items as { action: string }[];
    expect(actions.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['claim.assign', 'claim.approve']),
    );
    const admin = await loginAs(testApp, 'admin');
    const verified = await admin.agent.post('/api/audit/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: true, firstBrokenEntry: null });
    const dataSource = testApp.app.get(DataSource);
    const [row] = (await dataSource.query(
      "SELECT seq FROM audit_entries WHERE action = 'claim.approve' ORDER BY seq DESC LIMIT 1",
    )) as { seq: number }[];
    await tamper(dataSource, Number(row!.seq));
    const broken = await admin.agent.post('/api/audit/verify').expect(200);
    expect(broken.body.ok).toBe(false);
    expect(Number(broken.body.firstBrokenEntry.seq)).toBe(Number(row!.seq));
  });
});

/**
 * Rewrites one audit row behind the application's back. The audit migration refuses UPDATE with a trigger, so
 * the tamperer has to drop it first (as an attacker with database access could).
 */
async function tamper(dataSource: DataSource, seq: number): Promise<void> {
  const change = `UPDATE audit_entries SET after_json = '{"state":"dismissed"}' WHERE seq = ${seq}`;
  if (dataSource.options.type === 'postgres') {
    await dataSource.query('ALTER TABLE audit_entries DISABLE TRIGGER USER');
    await dataSource.query(change);
    await dataSource.query('ALTER TABLE audit_entries ENABLE TRIGGER USER');
    return;
  }
  const triggers = (await dataSource.query(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entries'",
  )) as { name: string; sql: string }[];
  for (const trigger of triggers) await dataSource.query(`DROP TRIGGER ${trigger.name}`);
  await dataSource.query(change);
  for (const trigger of triggers) await dataSource.query(trigger.sql);
}
