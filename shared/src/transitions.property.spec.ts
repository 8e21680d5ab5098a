import fc from 'fast-check';
import type { ClaimState } from './claim-states';
import { ClaimDeskError } from './errors';
import {
  assertTransition,
  CLAIM_ACTIONS,
  type Actor,
  type ClaimAction,
  type ClaimSnapshot,
  type TransitionInput,
} from './transitions';

// The edges of the workflow, written out by hand rather than read from TRANSITIONS.
const EDGES = new Set([
  'detected -start_research-> in_research',
  'detected -dismiss-> dismissed',
  'in_research -dismiss-> dismissed',
  'dismissed -restore-> detected',
  'in_research -submit_verdict-> in_review',
  'in_review -approve-> approved',
  'in_review -request_changes-> changes_requested',
  'changes_requested -resume-> in_research',
  'approved -reopen-> in_research',
]);

const DESK: readonly Actor[] = [
  { id: 'ada', role: 'admin' },
  { id: 'ana', role: 'editor' },
  { id: 'ben', role: 'editor' },
  { id: 'cho', role: 'checker' },
  { id: 'dev', role: 'checker' },
  { id: 'eva', role: 'viewer' },
];

type Step =
  | { kind: 'act'; action: ClaimAction; actor: Actor; input: TransitionInput }
  | { kind: 'add_source' }
  | { kind: 'assign'; assigneeId: string | null };

// Mostly sensible text, sometimes blank or invalid, so both acceptances and refusals are explored.
const maybeText = (valid: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(undefined, '', '   ') });

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      action: fc.constantFrom(...CLAIM_ACTIONS),
      actor: fc.constantFrom(...DESK),
      input: fc.record({
        reason: maybeText(fc.constantFrom('Opinion', 'Duplicate')),
        rating: maybeText(fc.constantFrom('true', 'mixed', 'false', 'misleading', 'bogus')),
        rationale: maybeText(fc.constantFrom('Census data contradicts it.')),
      }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'add_source' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('assign' as const),
      assigneeId: fc.constantFrom(null, ...DESK.map((member) => member.id)),
    }),
  },
);

describe('any sequence of desk actions from detected', () => {
  it('moves only along table edges, and only a non-author approves', () => {
    let approvals = 0;
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80, size: 'max' }), (steps) => {
        let claim: ClaimSnapshot = {
          state: 'detected',
          assigneeId: null,
          verdictAuthorId: null,
          sourceCount: 0,
        };
        for (const step of steps) {
          if (step.kind === 'add_source') {
            claim = { ...claim, sourceCount: claim.sourceCount + 1 };
            continue;
          }
          if (step.kind === 'assign') {
            claim = { ...claim, assigneeId: step.assigneeId };
            continue;
          }
          const before: ClaimState = claim.state;
          let to: ClaimState;
          let takesClaim: boolean;
          try {
            ({ to, takesClaim } = assertTransition(claim, step.action, step.actor, step.input));
          } catch (error) {
            expect(error).toBeInstanceOf(ClaimDeskError);
            continue;
          }
          expect(EDGES.has(`${before} -${step.action}-> ${to}`)).toBe(true);
          if (to === 'approved') {
            expect(claim.verdictAuthorId).not.toBeNull();
            expect(step.actor.id).not.toBe(claim.verdictAuthorId);
            approvals += 1;
          }
          claim = {
            ...claim,
            state: to,
            assigneeId: takesClaim ? step.actor.id : claim.assigneeId,
            verdictAuthorId: step.action === 'submit_verdict' ? step.actor.id : claim.verdictAuthorId,
          };
        }
      }),
      { numRuns: 500 },
    );
    // Guards against a generator that never gets far enough for the property to mean anything.
    expect(approvals).toBeGreaterThan(0);
  });
});
