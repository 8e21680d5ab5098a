import fc from 'fast-check';
import {
  canTransition,
  ERROR_CODES,
  ruleFor,
  type ClaimAction,
  type ClaimDto,
  type ClaimSnapshot,
  type ErrorCode,
  type Role,
  type SourceDto,
  type VerdictDto,
} from '@claimdesk/shared';
import { claimsOf, makeArticle, roleSessions, type RoleSession } from './support/articles';
import { sourceInput, HOOK_TIMEOUT } from './support/reviews';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Random review sessions against the real server: random people (every role, two of the desk roles) try random
 * workflow steps with random inputs. After every step the server must agree with the shared transition table:
 * the step succeeds exactly when canTransition allows it, with the table's target state, or is refused with the
 * table's code and changes nothing. Approved claims always carry a verdict approved by someone other than its
 * author, and the audit chain verifies at the end of each session.
 */

const ROUTE: Record<ClaimAction, string> = {
  start_research: 'start-research',
  dismiss: 'dismiss',
  restore: 'restore',
  submit_verdict: 'submit-verdict',
  approve: 'approve',
  request_changes: 'request-changes',
  resume: 'resume',
  reopen: 'reopen',
};
const NEEDS_REASON: readonly ClaimAction[] = ['dismiss', 'request_changes', 'reopen'];
const ACTIONS = Object.keys(ROUTE) as ClaimAction[];

/** `pick` chooses the action; `wild` picks from all eight, otherwise from those the claim's state allows. */
type Move =
  | { kind: 'transition'; actor: number; pick: number; wild: boolean; filled: boolean }
  | { kind: 'add_source'; actor: number }
  | { kind: 'take'; actor: number };

const ACTOR_COUNT = 6;
const moveArbitrary: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('transition' as const),
      actor: fc.nat(ACTOR_COUNT - 1),
      pick: fc.nat(ACTIONS.length * 4),
      wild: fc.nat(3).map((roll) => roll === 0),
      // Mostly well-formed inputs; sometimes a blank reason or a missing rating, to hit the input rules.
      filled: fc.nat(3).map((roll) => roll > 0),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('add_source' as const), actor: fc.nat(ACTOR_COUNT - 1) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('take' as const), actor: fc.nat(ACTOR_COUNT - 1) }) },
);

function actionFor(move: Extract<Move, { kind: 'transition' }>, state: ClaimSnapshot['state']): ClaimAction {
  const fitting = ACTIONS.filter((action) => ruleFor(action).from.includes(state));
  const choices = move.wild || fitting.length === 0 ? ACTIONS : fitting;
  return choices[move.pick % choices.length]!;
}

describe('review workflow properties', () => {
  let testApp: TestApp;
  let actors: { role: Role; session: RoleSession }[];
  let admin: RoleSession;
  let pool: ClaimDto[] = [];

  beforeAll(async () => {
    testApp = await startTestApp();
    const [one, two] = [await roleSessions(testApp), await roleSessions(testApp)];
    admin = one.admin;
    actors = [
      { role: 'admin', session: one.admin },
      { role: 'editor', session: one.editor },
      { role: 'editor', session: two.editor },
      { role: 'checker', session: one.checker },
      { role: 'checker', session: two.checker },
      { role: 'viewer', session: one.viewer },
    ];
  }, HOOK_TIMEOUT);
  afterAll(() => testApp.close(), HOOK_TIMEOUT);

  const freshClaim = async (): Promise<ClaimDto> => {
    if (pool.length === 0) {
      const { article } = await makeArticle(testApp, admin.user.id);
      pool = await claimsOf(testApp, article.id, admin.user);
    }
    return pool.shift()!;
  };
  const read = async <T>(path: string): Promise<T> =>
    (await testApp.http().get(path).set('Cookie', admin.cookie).expect(200)).body as T;

  async function snapshotOf(claim: ClaimDto): Promise<ClaimSnapshot> {
    const verdicts = await read<VerdictDto[]>(`/api/claims/${claim.id}/verdicts`);
    const sources = await read<SourceDto[]>(`/api/claims/${claim.id}/sources`);
    return {
      state: claim.state,
      assigneeId: claim.assigneeId,
      verdictAuthorId: verdicts.at(-1)?.authorId ?? null,
      sourceCount: sources.length,
    };
  }

  /** What the shared rules say should happen: the status and code, or success. */
  function expectedOutcome(
    move: Move,
    action: ClaimAction | null,
    before: ClaimSnapshot,
    body: Record<string, unknown>,
  ): { status: number; code?: ErrorCode } {
    const { role, session } = actors[move.actor]!;
    if (role === 'viewer') return { status: 403, code: 'FORBIDDEN' };
    if (move.kind === 'add_source')
      return before.state === 'approved' ? { status: 409, code: 'CONFLICT' } : { status: 201 };
    if (move.kind === 'take') {
      if (before.state === 'approved' || before.state === 'dismissed')
        return { status: 409, code: 'CLAIM_TRANSITION_NOT_ALLOWED' };
      return before.assigneeId === null ? { status: 200 } : { status: 409, code: 'CONFLICT' };
    }
    const check = canTransition(before, action!, { id: session.user.id, role }, body as { reason?: string }, {
      minSources: testApp.config.minVerdictSources,
    });
    return check.allowed ? { status: 200 } : { status: ERROR_CODES[check.code], code: check.code };
  }

  async function play(move: Move, claim: ClaimDto): Promise<void> {
    const before = await snapshotOf(claim);
    const { session } = actors[move.actor]!;
    let path: string;
    let body: Record<string, unknown> = { version: claim.version };
    const action = move.kind === 'transition' ? actionFor(move, before.state) : null;
    if (move.kind === 'add_source') {
      path = `/api/claims/${claim.id}/sources`;
      body = { ...sourceInput() };
    } else if (move.kind === 'take') {
      path = `/api/claims/${claim.id}/take`;
    } else {
      path = `/api/claims/${claim.id}/${ROUTE[action!]}`;
      if (NEEDS_REASON.includes(action!)) body.reason = move.filled ? 'Because the record says so' : '   ';
      if (action === 'submit_verdict') {
        body.rationale = 'Checked against **two** records.';
        if (move.filled) body.rating = 'mostly_false';
      }
    }
    const expected = expectedOutcome(move, action, before, body);
    const response = await testApp.http().post(path).set('Cookie', session.cookie).send(body);
    const label = `${actors[move.actor]!.role} ${action ?? move.kind} from ${before.state}`;
    expect({ label, status: response.status, code: response.body?.code }).toEqual({
      label,
      ...expected,
      code: expected.code,
    });

    const after = await read<ClaimDto>(`/api/claims/${claim.id}`);
    if (response.status >= 300 || move.kind === 'add_source') {
      expect({ state: after.state, version: after.version }).toEqual({
        state: claim.state,
        version: claim.version,
      });
    } else if (move.kind === 'transition') {
      const rule = ruleFor(action!);
      expect(rule.from).toContain(claim.state);
      expect(after).toMatchObject({ state: rule.to, version: claim.version + 1 });
    } else {
      expect(after).toMatchObject({
        state: claim.state,
        assigneeId: session.user.id,
        version: claim.version + 1,
      });
    }
    Object.assign(claim, after);
    if (after.state === 'approved') {
      const current = (await read<VerdictDto[]>(`/api/claims/${claim.id}/verdicts`)).at(-1);
      expect(current?.approvedBy).toBeTruthy();
      expect(current?.approvedBy).not.toBe(current?.authorId);
    }
  }

  it('every step agrees with the transition table; approvals keep four eyes; the audit chain verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(moveArbitrary, { minLength: 5, maxLength: 15 }), async (moves) => {
        const claim = await freshClaim();
        for (const move of moves) await play(move, claim);
        const verified = await testApp
          .http()
          .post('/api/audit/verify')
          .set('Cookie', admin.cookie)
          .expect(200);
        expect(verified.body).toMatchObject({ ok: true });
      }),
      { numRuns: 30, endOnFailure: true },
    );
  }, 240_000);
});
