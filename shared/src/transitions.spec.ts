import { CLAIM_STATES, type ClaimState } from './claim-states';
import { ClaimDeskError, ERROR_CODES, type ErrorCode } from './errors';
import { ROLES, type Role } from './roles';
import {
  assertTransition,
  availableActions,
  canTransition,
  CLAIM_ACTIONS,
  ruleFor,
  TRANSITIONS,
  type Actor,
  type ClaimAction,
  type ClaimSnapshot,
  type TransitionCheck,
  type TransitionInput,
} from './transitions';

/*
 * The workflow written out by hand, independently of TRANSITIONS, so that a slip in the table
 * shows up as a disagreement rather than being copied into the expectation.
 */
const STAFF: Role[] = ['admin', 'editor', 'checker'];
const EDITORS: Role[] = ['admin', 'editor'];
const EXPECTED_EDGES: Record<ClaimAction, { from: ClaimState[]; to: ClaimState; roles: Role[] }> = {
  start_research: { from: ['detected'], to: 'in_research', roles: STAFF },
  dismiss: { from: ['detected', 'in_research'], to: 'dismissed', roles: STAFF },
  restore: { from: ['dismissed'], to: 'detected', roles: EDITORS },
  submit_verdict: { from: ['in_research'], to: 'in_review', roles: STAFF },
  approve: { from: ['in_review'], to: 'approved', roles: EDITORS },
  request_changes: { from: ['in_review'], to: 'changes_requested', roles: EDITORS },
  resume: { from: ['changes_requested'], to: 'in_research', roles: STAFF },
  reopen: { from: ['approved'], to: 'in_research', roles: EDITORS },
};

type Relation = 'self' | 'other' | 'none';
interface Case {
  state: ClaimState;
  action: ClaimAction;
  role: Role;
  assignee: Relation;
  author: Relation;
  withInput: boolean;
  sourceCount: number;
}

const ACTOR_ID = 'u-actor';
const OTHER_ID = 'u-other';
const FULL_INPUT: TransitionInput = {
  reason: 'Duplicate of an earlier claim',
  rating: 'mostly_false',
  rationale: 'The figure is from 2019.',
};

function idFor(relation: Relation): string | null {
  return relation === 'self' ? ACTOR_ID : relation === 'other' ? OTHER_ID : null;
}

function snapshotOf(c: Case): ClaimSnapshot {
  return {
    state: c.state,
    assigneeId: idFor(c.assignee),
    verdictAuthorId: idFor(c.author),
    sourceCount: c.sourceCount,
  };
}

type Expected = { allowed: true; to: ClaimState; takesClaim: boolean } | { allowed: false; code: ErrorCode };

function refuse(code: ErrorCode): Expected {
  return { allowed: false, code };
}

function expected(c: Case): Expected {
  const edge = EXPECTED_EDGES[c.action];
  if (!edge.roles.includes(c.role)) return refuse('ROLE_NOT_ALLOWED');
  if (!edge.from.includes(c.state)) return refuse('CLAIM_TRANSITION_NOT_ALLOWED');
  const isEditor = c.role === 'admin' || c.role === 'editor';
  const holdsOrRunsDesk = isEditor || c.assignee === 'self';
  const ok = (takesClaim = false): Expected => ({ allowed: true, to: edge.to, takesClaim });
  switch (c.action) {
    case 'start_research':
      if (c.assignee === 'none') return ok(true);
      return holdsOrRunsDesk ? ok() : refuse('NOT_ASSIGNEE');
    case 'dismiss':
      if (!holdsOrRunsDesk) return refuse('NOT_ASSIGNEE');
      return c.withInput ? ok() : refuse('REASON_REQUIRED');
    case 'restore':
      return ok();
    case 'submit_verdict':
      if (!holdsOrRunsDesk) return refuse('NOT_ASSIGNEE');
      if (!c.withInput) return refuse('RATING_REQUIRED');
      return c.sourceCount >= 1 ? ok() : refuse('SOURCE_REQUIRED');
    case 'approve':
      return c.author === 'other' ? ok() : refuse('FOUR_EYES_REQUIRED');
    case 'request_changes':
    case 'reopen':
      return c.withInput ? ok() : refuse('REASON_REQUIRED');
    case 'resume':
      return holdsOrRunsDesk ? ok() : refuse('NOT_ASSIGNEE');
  }
}

function actual(check: TransitionCheck): Expected {
  return check.allowed ? check : { allowed: false, code: check.code };
}

function* casesFor(state: ClaimState, action: ClaimAction): Generator<Case> {
  const relations: Relation[] = ['self', 'other', 'none'];
  for (const role of ROLES)
    for (const assignee of relations)
      for (const author of relations)
        for (const withInput of [true, false])
          for (const sourceCount of [0, 1])
            yield { state, action, role, assignee, author, withInput, sourceCount };
}

describe('transition table', () => {
  it('has exactly one rule per action, matching the hand-written workflow', () => {
    expect(TRANSITIONS.map((rule) => rule.action).sort()).toEqual([...CLAIM_ACTIONS].sort());
    for (const action of CLAIM_ACTIONS) {
      const { from, to, roles } = ruleFor(action);
      expect({ from: [...from].sort(), to, roles: [...roles].sort() }).toEqual({
        ...EXPECTED_EDGES[action],
        from: [...EXPECTED_EDGES[action].from].sort(),
        roles: [...EXPECTED_EDGES[action].roles].sort(),
      });
    }
  });

  it('gives viewers no workflow action', () => {
    expect(TRANSITIONS.filter((rule) => rule.roles.includes('viewer'))).toEqual([]);
  });
});

describe.each(CLAIM_STATES)('from %s', (state) => {
  it.each(CLAIM_ACTIONS)(
    '%s agrees with the hand-written expectation for every role and relation',
    (action) => {
      const mismatches: string[] = [];
      for (const c of casesFor(state, action)) {
        const actor: Actor = { id: ACTOR_ID, role: c.role };
        const claim = snapshotOf(c);
        const input = c.withInput ? FULL_INPUT : {};
        const want = expected(c);
        const got = actual(canTransition(claim, action, actor, input));
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          mismatches.push(`${JSON.stringify(c)}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
          continue;
        }
        try {
          const result = assertTransition(claim, action, actor, input);
          if (!want.allowed || result.to !== want.to || result.takesClaim !== want.takesClaim) {
            mismatches.push(`${JSON.stringify(c)}: assertTransition returned ${JSON.stringify(result)}`);
          }
        } catch (error) {
          const sameCode = error instanceof ClaimDeskError && !want.allowed && error.code === want.code;
          if (!sameCode || error.status !== ERROR_CODES[error.code]) {
            mismatches.push(`${JSON.stringify(c)}: assertTransition threw ${String(error)}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});

describe('availableActions', () => {
  it.each(CLAIM_STATES)(
    'in %s lists the actions that apply, judged as if the inputs were filled in',
    (state) => {
      for (const role of ROLES)
        for (const assignee of ['self', 'other', 'none'] as const)
          for (const author of ['self', 'other', 'none'] as const) {
            const base = { state, role, assignee, author, withInput: true, sourceCount: 1 };
            const listed = availableActions(snapshotOf({ ...base, action: 'approve' }), {
              id: ACTOR_ID,
              role,
            });
            const applicable = CLAIM_ACTIONS.filter((action) => EXPECTED_EDGES[action].from.includes(state));
            expect(listed.map((entry) => entry.action)).toEqual(applicable);
            for (const entry of listed) {
              const want = expected({ ...base, action: entry.action });
              expect({ action: entry.action, allowed: entry.allowed, code: entry.code }).toEqual({
                action: entry.action,
                allowed: want.allowed,
                code: want.allowed ? undefined : want.code,
              });
              expect(typeof entry.reason).toBe(entry.allowed ? 'undefined' : 'string');
            }
          }
    },
  );

  it('names the inputs the UI must collect', () => {
    const claim: ClaimSnapshot = {
      state: 'in_research',
      assigneeId: 'c1',
      verdictAuthorId: null,
      sourceCount: 1,
    };
    const byAction = Object.fromEntries(
      availableActions(claim, { id: 'c1', role: 'checker' }).map((a) => [a.action, a]),
    );
    expect(byAction['submit_verdict'].needsInput).toEqual(['rating', 'rationale']);
    expect(byAction['dismiss'].needsInput).toEqual(['reason']);
  });

  it('explains a disabled submit when sources are missing', () => {
    const claim: ClaimSnapshot = {
      state: 'in_research',
      assigneeId: 'c1',
      verdictAuthorId: null,
      sourceCount: 1,
    };
    const [submit] = availableActions(claim, { id: 'c1', role: 'checker' }, { minSources: 2 }).filter(
      (a) => a.action === 'submit_verdict',
    );
    expect(submit).toMatchObject({ allowed: false, code: 'SOURCE_REQUIRED' });
    expect(submit.reason).toContain('2 sources');
  });
});
