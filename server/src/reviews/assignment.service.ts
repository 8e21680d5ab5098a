import { inTransaction } from '../database/transactions';
import { Injectable } from '@nestjs/common';
import {
  CLAIM_STATES,
  ClaimDeskError,
  type ClaimDto,
  type ClaimState,
  type MyClaimsDto,
  type Role,
} from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { ClaimsService } from '../claims/claims.service';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { Claim } from '../claims/claim.entity';
import { toClaimDto } from '../claims/claim.mapper';
import { EventBus } from '../events/event-bus';
import { findClaim, versionConflict, writeClaim } from '../sources/claim-rows';
import { UserEntity } from '../users/user.entity';
import { claimAuditState, claimUpdated } from './claim-events';
import {
  MAX_MY_CLAIMS_PAGE,
  type AssignClaimDto,
  type ClaimVersionDto,
  type MyClaimsQuery,
} from './dto/review.requests';

const ASSIGNABLE_ROLES: readonly Role[] = ['admin', 'editor', 'checker'];
const DESK_EDITORS: readonly Role[] = ['admin', 'editor'];
/** Finished claims have nobody left to work on them. */
const CLOSED_STATES: readonly ClaimState[] = ['approved', 'dismissed'];

type AssignmentAction = 'assign' | 'take' | 'unassign';

/** Who works on a claim: editors assign, checkers take unassigned claims, either lets go. */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly claims: ClaimsService,
  ) {}

  async assign(claimId: string, dto: AssignClaimDto, user: SessionUser): Promise<ClaimDto> {
    const claim = await this.openClaimAt(claimId, dto.version, 'assign');
    const assignee = await this.dataSource.manager.findOne(UserEntity, { where: { id: dto.assigneeId } });
    if (!assignee || !assignee.active || !ASSIGNABLE_ROLES.includes(assignee.role)) {
      throw new ClaimDeskError('UNPROCESSABLE', 'assigneeId: must be an active checker, editor or admin', {
        fields: [{ field: 'assigneeId', problems: ['not an active checker, editor or admin'] }],
      });
    }
    return this.setAssignee(claim, assignee.id, 'assign', user);
  }

  async take(claimId: string, dto: ClaimVersionDto, user: SessionUser): Promise<ClaimDto> {
    const claim = await this.openClaimAt(claimId, dto.version, 'take');
    if (claim.assigneeId !== null) {
      throw new ClaimDeskError('CONFLICT', 'Someone is already assigned to this claim', {
        assigneeId: claim.assigneeId,
      });
    }
    return this.setAssignee(claim, user.id, 'take', user);
  }

  async unassign(claimId: string, dto: ClaimVersionDto, user: SessionUser): Promise<ClaimDto> {
    const claim = await findClaim(this.dataSource.manager, claimId);
    if (claim.version !== dto.version) throw versionConflict(claim);
    if (claim.assigneeId === null) throw new ClaimDeskError('CONFLICT', 'Nobody is assigned to this claim');
    if (!DESK_EDITORS.includes(user.role) && claim.assigneeId !== user.id) {
      throw new ClaimDeskError('NOT_ASSIGNEE', 'Only the assignee or an editor can unassign this claim');
    }
    return this.setAssignee(claim, null, 'unassign', user);
  }

  /** A page of the claims assigned to `user`, most recently changed first, with a count per state. */
  async mine(user: SessionUser, query: MyClaimsQuery): Promise<MyClaimsDto> {
    const counted = await this.dataSource.manager
      .createQueryBuilder(Claim, 'c')
      .select('c.state', 'state')
      .addSelect('COUNT(*)', 'total')
      .where('c.assignee_id = :userId', { userId: user.id })
      .groupBy('c.state')
      .getRawMany<{ state: ClaimState; total: string | number }>();
    const counts = Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<ClaimState, number>;
    for (const row of counted) counts[row.state] = Number(row.total);
    // The cross-article claim list, so the order and the cursor are the ones `GET /api/claims` documents.
    const page = await this.claims.listAcrossArticles(
      {
        state: query.state,
        assignee: 'me',
        sort: 'updatedAt',
        limit: query.limit ?? MAX_MY_CLAIMS_PAGE,
        cursor: query.cursor,
      },
      user,
    );
    return { ...page, counts };
  }

  private async openClaimAt(claimId: string, version: number, action: AssignmentAction): Promise<Claim> {
    const claim = await findClaim(this.dataSource.manager, claimId);
    if (claim.version !== version) throw versionConflict(claim);
    if (CLOSED_STATES.includes(claim.state)) {
      throw new ClaimDeskError(
        'CLAIM_TRANSITION_NOT_ALLOWED',
        `Cannot ${action} a claim that is ${claim.state}`,
        {
          action,
          state: claim.state,
        },
      );
    }
    return claim;
  }

  private async setAssignee(
    claim: Claim,
    assigneeId: string | null,
    action: AssignmentAction,
    user: SessionUser,
  ): Promise<ClaimDto> {
    const updated = await inTransaction(this.dataSource, async (manager) => {
      const written = toClaimDto(await writeClaim(manager, claim, { assigneeId }));
      await this.audit.append(manager, {
        actorId: user.id,
        action: `claim.${action}`,
        targetType: 'claim',
        targetId: claim.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before: claimAuditState(claim),
        after: claimAuditState(written),
      });
      return written;
    });
    await this.events.publish(claimUpdated(updated, user));
    return updated;
  }
}
