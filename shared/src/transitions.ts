import type { ClaimState } from './claim-states';
import { ClaimDeskError, type ErrorCode } from './errors';
import type { Role } from './roles';
import {
  INPUT_REQUIREMENTS,
  ruleFor,
  TRANSITIONS,
  type ClaimAction,
  type InputRequirement,
  type Requirement,
  type TransitionRule,
} from './transition-rules';
import { isVerdictRating, VERDICT_RATINGS } from './verdicts';

export * from './transition-rules';

export interface ClaimSnapshot {
  state: ClaimState;
  assigneeId: string | null;
  /** Author of the verdict currently under review, if any. */
  verdictAuthorId: string | null;
  sourceCount: number;
}

export interface Actor {
  id: string;
  role: Role;
}

export interface TransitionInput {
  reason?: string;
  rating?: string;
  rationale?: string;
}

export interface TransitionOptions {
  /** Newsroom policy; some desks want two independent sources before a verdict goes to review. */
  minSources?: number;
}

export type TransitionCheck =
  | { allowed: true; to: ClaimState; takesClaim: boolean }
  | { allowed: false; code: ErrorCode; message: string };

export interface AvailableAction {
  action: ClaimAction;
  label: string;
  allowed: boolean;
  code?: ErrorCode;
  /** Why the action is refused, in words fit for a disabled button's tooltip. */
  reason?: string;
  /** What the UI must ask for before calling the action. */
  needsInput: readonly InputRequirement[];
}

interface Refusal {
  code: ErrorCode;
  message: string;
}

// Editors and admins run the desk, so they may act on a claim whoever holds it.
const DESK_EDITORS: readonly Role[] = ['admin', 'editor'];
const DEFAULT_MIN_SOURCES = 1;

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function isInputRequirement(requirement: Requirement): requirement is InputRequirement {
  return (INPUT_REQUIREMENTS as readonly Requirement[]).includes(requirement);
}

function checkAssigneeOrEditor(claim: ClaimSnapshot, actor: Actor): Refusal | null {
  if (DESK_EDITORS.includes(actor.role) || claim.assigneeId === actor.id) return null;
  return { code: 'NOT_ASSIGNEE', message: 'Only the assigned checker or an editor can do this' };
}

function checkRequirement(
  requirement: Requirement,
  claim: ClaimSnapshot,
  actor: Actor,
  input: TransitionInput,
  options: TransitionOptions,
): Refusal | null {
  switch (requirement) {
    case 'assignee_or_takeable':
      // An unassigned claim is free for the taking; starting it is how a checker takes it.
      if (claim.assigneeId === null) return null;
      return checkAssigneeOrEditor(claim, actor);
    case 'assignee_or_editor':
      return checkAssigneeOrEditor(claim, actor);
    case 'not_verdict_author':
      // Fail closed: with no recorded author nobody can show they are a second pair of eyes.
      if (claim.verdictAuthorId === null) {
        return {
          code: 'FOUR_EYES_REQUIRED',
          message: 'This verdict has no recorded author to check against',
        };
      }
      if (claim.verdictAuthorId !== actor.id) return null;
      return { code: 'FOUR_EYES_REQUIRED', message: 'A second editor must approve this verdict' };
    case 'sources': {
      const minSources = options.minSources ?? DEFAULT_MIN_SOURCES;
      if (claim.sourceCount >= minSources) return null;
      const noun = minSources === 1 ? 'source' : 'sources';
      return {
        code: 'SOURCE_REQUIRED',
        message: `A verdict needs at least ${minSources} ${noun}; this claim has ${claim.sourceCount}`,
      };
    }
    case 'reason':
      if (!isBlank(input.reason)) return null;
      return { code: 'REASON_REQUIRED', message: 'Give a reason for this action' };
    case 'rating':
      if (isVerdictRating(input.rating)) return null;
      return {
        code: 'RATING_REQUIRED',
        message: `Choose a rating: one of ${VERDICT_RATINGS.join(', ')}`,
      };
    case 'rationale':
      if (!isBlank(input.rationale)) return null;
      return { code: 'RATIONALE_REQUIRED', message: 'Explain the verdict in a rationale' };
    default: {
      const unhandled: never = requirement;
      throw new Error(`Unhandled requirement: ${String(unhandled)}`);
    }
  }
}

function firstRefusal(
  rule: TransitionRule,
  claim: ClaimSnapshot,
  actor: Actor,
  input: TransitionInput,
  options: TransitionOptions,
  skipInputs: boolean,
): Refusal | null {
  if (!rule.roles.includes(actor.role)) {
    return { code: 'ROLE_NOT_ALLOWED', message: `The ${actor.role} role cannot ${rule.label.toLowerCase()}` };
  }
  if (!rule.from.includes(claim.state)) {
    return {
      code: 'CLAIM_TRANSITION_NOT_ALLOWED',
      message: `Cannot ${rule.action} a claim in state '${claim.state}' (allowed from: ${rule.from.join(', ')})`,
    };
  }
  for (const requirement of rule.requires) {
    if (skipInputs && isInputRequirement(requirement)) continue;
    const refusal = checkRequirement(requirement, claim, actor, input, options);
    if (refusal) return refusal;
  }
  return null;
}

function takesClaim(rule: TransitionRule, claim: ClaimSnapshot): boolean {
  return rule.requires.includes('assignee_or_takeable') && claim.assigneeId === null;
}

export function canTransition(
  claim: ClaimSnapshot,
  action: ClaimAction,
  actor: Actor,
  input: TransitionInput = {},
  options: TransitionOptions = {},
): TransitionCheck {
  const rule = ruleFor(action);
  const refusal = firstRefusal(rule, claim, actor, input, options, false);
  if (refusal) return { allowed: false, ...refusal };
  return { allowed: true, to: rule.to, takesClaim: takesClaim(rule, claim) };
}

export function assertTransition(
  claim: ClaimSnapshot,
  action: ClaimAction,
  actor: Actor,
  input: TransitionInput = {},
  options: TransitionOptions = {},
): { to: ClaimState; takesClaim: boolean } {
  const check = canTransition(claim, action, actor, input, options);
  if (!check.allowed) {
    throw new ClaimDeskError(check.code, check.message, { action, state: claim.state });
  }
  return { to: check.to, takesClaim: check.takesClaim };
}

/**
 * The actions that apply to the claim's current state, each marked allowed or not for this actor.
 * Inputs the actor has yet to type are not held against them; the UI asks for them on click.
 */
export function availableActions(
  claim: ClaimSnapshot,
  actor: Actor,
  options: TransitionOptions = {},
): AvailableAction[] {
  return TRANSITIONS.filter((rule) => rule.from.includes(claim.state)).map((rule) => {
    const needsInput = rule.requires.filter(isInputRequirement);
    const refusal = firstRefusal(rule, claim, actor, {}, options, true);
    if (!refusal) return { action: rule.action, label: rule.label, allowed: true, needsInput };
    return {
      action: rule.action,
      label: rule.label,
      allowed: false,
      code: refusal.code,
      reason: refusal.message,
      needsInput,
    };
  });
}
