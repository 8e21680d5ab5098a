import type { ClaimState } from './claim-states';
import type { Role } from './roles';

/**
 * The review workflow as data: which action moves a claim from which states to which, who may try,
 * and what must hold. transitions.ts reads this table; change the workflow here, not there.
 */
export const CLAIM_ACTIONS = [
  'start_research',
  'dismiss',
  'restore',
  'submit_verdict',
  'approve',
  'request_changes',
  'resume',
  'reopen',
] as const;

export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/**
 * Conditions a rule can demand beyond role and state. The first three depend on the claim's people;
 * 'sources' on its research; the last three on what the actor typed, which availableActions leaves
 * for the UI to collect.
 */
export const REQUIREMENTS = [
  'assignee_or_takeable',
  'assignee_or_editor',
  'not_verdict_author',
  'sources',
  'reason',
  'rating',
  'rationale',
] as const;

export type Requirement = (typeof REQUIREMENTS)[number];

export const INPUT_REQUIREMENTS = ['reason', 'rating', 'rationale'] as const satisfies readonly Requirement[];

export type InputRequirement = (typeof INPUT_REQUIREMENTS)[number];

export interface TransitionRule {
  action: ClaimAction;
  from: readonly ClaimState[];
  to: ClaimState;
  roles: readonly Role[];
  /** Checked in this order; the first unmet one is the refusal the actor sees. */
  requires: readonly Requirement[];
  label: string;
  description: string;
}

const STAFF: readonly Role[] = ['admin', 'editor', 'checker'];
const EDITORS: readonly Role[] = ['admin', 'editor'];

export const TRANSITIONS: readonly TransitionRule[] = [
  {
    action: 'start_research',
    from: ['detected'],
    to: 'in_research',
    roles: STAFF,
    requires: ['assignee_or_takeable'],
    label: 'Start research',
    description: 'Begin checking the claim; an unassigned claim becomes yours.',
  },
  {
    action: 'dismiss',
    from: ['detected', 'in_research'],
    to: 'dismissed',
    roles: STAFF,
    requires: ['assignee_or_editor', 'reason'],
    label: 'Dismiss',
    description: 'Set the claim aside as not worth checking, saying why.',
  },
  {
    action: 'restore',
    from: ['dismissed'],
    to: 'detected',
    roles: EDITORS,
    requires: [],
    label: 'Restore',
    description: 'Bring a dismissed claim back to the queue.',
  },
  {
    action: 'submit_verdict',
    from: ['in_research'],
    to: 'in_review',
    roles: STAFF,
    requires: ['assignee_or_editor', 'rating', 'rationale', 'sources'],
    label: 'Submit verdict',
    description: 'Send a rating, rationale and sources to an editor for approval.',
  },
  {
    action: 'approve',
    from: ['in_review'],
    to: 'approved',
    roles: EDITORS,
    requires: ['not_verdict_author'],
    label: 'Approve',
    description: 'Approve the verdict for publication; the author cannot approve their own.',
  },
  {
    action: 'request_changes',
    from: ['in_review'],
    to: 'changes_requested',
    roles: EDITORS,
    requires: ['reason'],
    label: 'Request changes',
    description: 'Send the verdict back to research with notes.',
  },
  {
    action: 'resume',
    from: ['changes_requested'],
    to: 'in_research',
    roles: STAFF,
    requires: ['assignee_or_editor'],
    label: 'Resume research',
    description: 'Pick the claim back up to address the requested changes.',
  },
  {
    action: 'reopen',
    from: ['approved'],
    to: 'in_research',
    roles: EDITORS,
    requires: ['reason'],
    label: 'Reopen',
    description: 'Reopen an approved verdict, for example after a correction, saying why.',
  },
];

export function ruleFor(action: ClaimAction): TransitionRule {
  const rule = TRANSITIONS.find((candidate) => candidate.action === action);
  // Only reachable if CLAIM_ACTIONS and TRANSITIONS drift apart, which transitions.spec.ts guards against.
  if (!rule) throw new Error(`No transition rule for action '${action}'`);
  return rule;
}
