import { CLAIM_STATES } from './claim-states';
import { ClaimDeskError } from './errors';
import {
  assertTransition,
  availableActions,
  canTransition,
  CLAIM_ACTIONS,
  type Actor,
  type ClaimSnapshot,
} from './transitions';

const editorAna: Actor = { id: 'ana', role: 'editor' };
const editorBen: Actor = { id: 'ben', role: 'editor' };
const checkerCho: Actor = { id: 'cho', role: 'checker' };
const checkerDev: Actor = { id: 'dev', role: 'checker' };
const viewerEva: Actor = { id: 'eva', role: 'viewer' };

function claim(overrides: Partial<ClaimSnapshot> = {}): ClaimSnapshot {
  return { state: 'detected', assigneeId: null, verdictAuthorId: null, sourceCount: 0, ...overrides };
}

const verdict = { rating: 'false', rationale: 'The ministry figures say otherwise.' };

describe('four-eyes approval', () => {
  const underReview = claim({
    state: 'in_review',
    assigneeId: 'ana',
    verdictAuthorId: 'ana',
    sourceCount: 2,
  });

  it('refuses the editor who wrote the verdict', () => {
    expect(canTransition(underReview, 'approve', editorAna)).toEqual({
      allowed: false,
      code: 'FOUR_EYES_REQUIRED',
      message: 'A second editor must approve this verdict',
    });
    expect(() => assertTransition(underReview, 'approve', editorAna)).toThrow(
      expect.objectContaining({ code: 'FOUR_EYES_REQUIRED', status: 403 }),
    );
  });

  it('lets another editor approve', () => {
    expect(assertTransition(underReview, 'approve', editorBen)).toEqual({
      to: 'approved',
      takesClaim: false,
    });
  });

  it('shows the author a disabled approve button with the reason', () => {
    const approve = availableActions(underReview, editorAna).find((entry) => entry.action === 'approve');
    expect(approve).toMatchObject({ allowed: false, code: 'FOUR_EYES_REQUIRED' });
  });
});

describe('reasons', () => {
  const cases = [
    { action: 'dismiss', claim: claim({ state: 'detected' }) },
    { action: 'request_changes', claim: claim({ state: 'in_review', verdictAuthorId: 'cho' }) },
    { action: 'reopen', claim: claim({ state: 'approved', verdictAuthorId: 'cho' }) },
  ] as const;

  it.each(cases)('$action needs a reason that is not blank', ({ action, claim: snapshot }) => {
    for (const reason of [undefined, '', '   ', '\n\t']) {
      expect(canTransition(snapshot, action, editorAna, { reason })).toMatchObject({
        allowed: false,
        code: 'REASON_REQUIRED',
      });
    }
    expect(canTransition(snapshot, action, editorAna, { reason: 'Opinion, not a fact' })).toMatchObject({
      allowed: true,
    });
  });
});

describe('submitting a verdict', () => {
  const researched = claim({ state: 'in_research', assigneeId: 'cho', sourceCount: 1 });

  it('goes to review with a rating, a rationale and a source', () => {
    expect(assertTransition(researched, 'submit_verdict', checkerCho, verdict)).toEqual({
      to: 'in_review',
      takesClaim: false,
    });
  });

  it.each([
    ['no rating', { rationale: verdict.rationale }, 'RATING_REQUIRED'],
    ['an unknown rating', { rating: 'pants_on_fire', rationale: verdict.rationale }, 'RATING_REQUIRED'],
    ['no rationale', { rating: 'false' }, 'RATIONALE_REQUIRED'],
    ['a blank rationale', { rating: 'false', rationale: '  ' }, 'RATIONALE_REQUIRED'],
  ])('is refused with %s', (_label, input, code) => {
    expect(canTransition(researched, 'submit_verdict', checkerCho, input)).toMatchObject({
      allowed: false,
      code,
    });
  });

  it('is refused without sources', () => {
    const unsourced = { ...researched, sourceCount: 0 };
    expect(canTransition(unsourced, 'submit_verdict', checkerCho, verdict)).toMatchObject({
      allowed: false,
      code: 'SOURCE_REQUIRED',
    });
  });

  it('honours a newsroom minimum of two sources', () => {
    const options = { minSources: 2 };
    expect(canTransition(researched, 'submit_verdict', checkerCho, verdict, options)).toMatchObject({
      allowed: false,
      code: 'SOURCE_REQUIRED',
    });
    const twice = { ...researched, sourceCount: 2 };
    expect(canTransition(twice, 'submit_verdict', checkerCho, verdict, options)).toMatchObject({
      allowed: true,
    });
  });

  it('is refused for a checker who does not hold the claim', () => {
    expect(canTransition(researched, 'submit_verdict', checkerDev, verdict)).toMatchObject({
      allowed: false,
      code: 'NOT_ASSIGNEE',
    });
  });
});

describe('starting research', () => {
  it('lets a checker take an unassigned claim by starting it', () => {
    expect(assertTransition(claim(), 'start_research', checkerCho)).toEqual({
      to: 'in_research',
      takesClaim: true,
    });
  });

  it("refuses a checker starting someone else's claim", () => {
    const held = claim({ assigneeId: 'dev' });
    expect(canTransition(held, 'start_research', checkerCho)).toMatchObject({
      allowed: false,
      code: 'NOT_ASSIGNEE',
    });
  });

  it("lets an editor start someone else's claim without taking it", () => {
    const held = claim({ assigneeId: 'dev' });
    expect(assertTransition(held, 'start_research', editorAna)).toEqual({
      to: 'in_research',
      takesClaim: false,
    });
  });
});

describe('refusals', () => {
  it('refuses viewers everything, in every state', () => {
    for (const state of CLAIM_STATES)
      for (const action of CLAIM_ACTIONS) {
        const snapshot = claim({ state, assigneeId: 'eva', verdictAuthorId: 'ana', sourceCount: 3 });
        const input = { reason: 'x', ...verdict };
        expect(canTransition(snapshot, action, viewerEva, input)).toMatchObject({
          allowed: false,
          code: 'ROLE_NOT_ALLOWED',
        });
      }
  });

  it('checks the role before the state', () => {
    const approved = claim({ state: 'approved' });
    expect(canTransition(approved, 'approve', checkerCho)).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
  });

  it('names the state and the action when the state is wrong', () => {
    const check = canTransition(claim({ state: 'dismissed' }), 'approve', editorAna);
    expect(check.allowed).toBe(false);
    if (check.allowed) return;
    expect(check.code).toBe('CLAIM_TRANSITION_NOT_ALLOWED');
    expect(check.message).toContain('dismissed');
    expect(check.message).toContain('approve');
  });

  it('throws a ClaimDeskError carrying the action and state', () => {
    try {
      assertTransition(claim({ state: 'approved' }), 'dismiss', editorAna, { reason: 'late' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimDeskError);
      expect(error).toMatchObject({
        code: 'CLAIM_TRANSITION_NOT_ALLOWED',
        status: 409,
        details: { action: 'dismiss', state: 'approved' },
      });
    }
  });

  it('offers viewers only disabled buttons', () => {
    for (const state of CLAIM_STATES) {
      for (const entry of availableActions(claim({ state }), viewerEva)) {
        expect(entry).toMatchObject({ allowed: false, code: 'ROLE_NOT_ALLOWED' });
      }
    }
  });
});
