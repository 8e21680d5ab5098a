import { applyDecorators, HttpCode, Post, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Permission } from '@claimdesk/shared';
import { Requires } from '../auth/requires.decorator';
import { ApiErrors, BAD_INPUT } from '../claims/api-errors';

export const NO_CLAIM = 'No such claim (NOT_FOUND)';
const STALE = 'The version is stale (VERSION_CONFLICT, details.current holds the claim as it is now)';
export const NOT_FROM_STATE = 'or not allowed from the claim’s state (CLAIM_TRANSITION_NOT_ALLOWED)';

export interface ClaimStepOptions {
  /** The last part of `POST /api/claims/:id/<path>`. */
  path: string;
  permission: Permission;
  operationId: string;
  summary: string;
  returns: Type<unknown>;
  /** Why else than a stale version the step can conflict (409). */
  conflict: string;
  /** 403 and 422 refusals, where the step has them. */
  forbidden?: string;
  unprocessable?: string;
}

/**
 * One step on a claim (assign, take, each workflow transition): POST with the version the client read, 200
 * with the result, the permission it needs, and its refusals documented. Every step can meet bad input, a
 * missing claim or a stale version, so those are always listed.
 */
export function ClaimStep(options: ClaimStepOptions): MethodDecorator {
  // Applied in this order, as stacked decorators would be from the bottom up: the step's own 403 text comes
  // before the generic one Requires adds.
  return applyDecorators(
    ApiErrors({
      400: BAD_INPUT,
      ...(options.forbidden ? { 403: options.forbidden } : {}),
      404: NO_CLAIM,
      409: `${STALE}; ${options.conflict}`,
      ...(options.unprocessable ? { 422: options.unprocessable } : {}),
    }),
    ApiOkResponse({ type: options.returns }),
    ApiOperation({ operationId: options.operationId, summary: options.summary }),
    Requires(options.permission),
    HttpCode(200),
    Post(`claims/:id/${options.path}`),
  );
}
