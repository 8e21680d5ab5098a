import { inTransaction } from '../database/transactions';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  assertTransition,
  availableActions,
  ClaimDeskError,
  type AvailableAction,
  type ClaimAction,
  type ClaimReviewDto,
  type ClaimSnapshot,
  type VerdictDto,
  type VerdictRating,
} from '@claimdesk/shared';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import type { Claim } from '../claims/claim.entity';
import { toClaimDto } from '../claims/claim.mapper';
import { AppConfig } from '../config/app-config';
import { EventBus } from '../events/event-bus';
import { findClaim, versionConflict, writeClaim } from '../sources/claim-rows';
import { ClaimSource } from '../sources/claim-source.entity';
import { claimAuditState, claimUpdated } from './claim-events';
import { verdictHistories } from './verdict-history';
import { toVerdictDto } from './verdict.mapper';
import { Verdict } from './verdict.entity';

/** Dismiss and restore live in the claims feature (ClaimsService), so each action has exactly one code path. */
export type ReviewAction = Exclude<ClaimAction, 'dismiss' | 'restore'>;

/** Steps that write to a verdict row, so clients showing the verdict hear of them (as 'verdict.updated'). */
const VERDICT_CHANGING: readonly ReviewAction[] = ['submit_verdict', 'approve', 'request_changes', 'reopen'];

export interface ReviewStepInput {
  version: number;
  reason?: string;
  rating?: string;
  rationale?: string;
  sourceIds?: string[];
}

/**
 * The review workflow: every step checks the shared transition table, then moves the claim with an
 * optimistic-locked update and records the verdict change and the audit entry in the same transaction.
 */
@Injectable()
export class ReviewWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async actions(claimId: string, user: SessionUser): Promise<AvailableAction[]> {
    const manager = this.dataSource.manager;
    const claim = await findClaim(manager, claimId);
    const snapshot = await this.snapshot(manager, claim, undefined);
    return availableActions(
      snapshot,
      { id: user.id, role: user.role },
      { minSources: this.config.minVerdictSources },
    );
  }

  async history(claimId: string): Promise<VerdictDto[]> {
    await findClaim(this.dataSource.manager, claimId);
    return (await verdictHistories(this.dataSource.manager, [claimId])).get(claimId) ?? [];
  }

  async step(
    claimId: string,
    action: ReviewAction,
    input: ReviewStepInput,
    user: SessionUser,
  ): Promise<ClaimReviewDto> {
    const claim = await findClaim(this.dataSource.manager, claimId);
    if (claim.version !== input.version) throw versionConflict(claim);
    const snapshot = await this.snapshot(this.dataSource.manager, claim, input.sourceIds);
    const { to, takesClaim } = assertTransition(
      snapshot,
      action,
      { id: user.id, role: user.role },
      { reason: input.reason, rating: input.rating, rationale: input.rationale },
      { minSources: this.config.minVerdictSources },
    );
    const result = await inTransaction(this.dataSource, async (manager) => {
      const updated = toClaimDto(
        await writeClaim(manager, claim, takesClaim ? { state: to, assigneeId: user.id } : { state: to }),
      );
      const verdict = await this.recordVerdict(manager, action, claim, input, user.id);
      const verdictDto = verdict ? toVerdictDto(verdict) : null;
      await this.audit.append(manager, {
        actorId: user.id,
        action: `claim.${action}`,
        targetType: 'claim',
        targetId: claim.id,
        articleId: claim.articleId,
        claimId: claim.id,
        before: claimAuditState(claim),
        after: { ...claimAuditState(updated), ...this.verdictAudit(action, verdictDto, input) },
      });
      return { claim: updated, verdict: verdictDto };
    });
    await this.events.publish(claimUpdated(result.claim, user));
    if (result.verdict && VERDICT_CHANGING.includes(action)) {
      await this.events.publish({
        ...claimUpdated(result.claim, user, result.verdict),
        type: 'verdict.updated',
      });
    }
    return result;
  }

  /**
   * What the transition table needs to know. For a submission that names its sources, those are what count
   * towards the minimum; otherwise every source the claim currently has.
   */
  private async snapshot(
    manager: EntityManager,
    claim: Claim,
    sourceIds: readonly string[] | undefined,
  ): Promise<ClaimSnapshot> {
    const current = await this.currentVerdict(manager, claim.id);
    const sourceCount =
      sourceIds !== undefined
        ? new Set(sourceIds).size
        : await manager.count(ClaimSource, { where: { claimId: claim.id, removedAt: IsNull() } });
    return {
      state: claim.state,
      assigneeId: claim.assigneeId,
      verdictAuthorId: current?.authorId ?? null,
      sourceCount,
    };
  }

  private currentVerdict(manager: EntityManager, claimId: string): Promise<Verdict | null> {
    return manager.findOne(Verdict, { where: { claimId }, order: { revision: 'DESC' } });
  }

  private async recordVerdict(
    manager: EntityManager,
    action: ReviewAction,
    claim: Claim,
    input: ReviewStepInput,
    userId: string,
  ): Promise<Verdict | null> {
    const now = new Date().toISOString();
    const current = await this.currentVerdict(manager, claim.id);
    switch (action) {
      case 'start_research':
      case 'resume':
        return current;
      case 'submit_verdict':
        return this.submitRevision(manager, claim, input, userId, current, now);
      case 'approve':
        return this.markCurrent(manager, current, { approvedBy: userId, approvedAt: now });
      case 'request_changes':
        return this.markCurrent(manager, current, {
          changesRequestedBy: userId,
          changesRequestedAt: now,
          changesRequestedReason: (input.reason ?? '').trim(),
        });
      case 'reopen':
        return this.markCurrent(manager, current, {
          reopenedBy: userId,
          reopenedAt: now,
          reopenReason: (input.reason ?? '').trim(),
        });
      default: {
        const unhandled: never = action;
        throw new Error(`Unhandled review action: ${String(unhandled)}`);
      }
    }
  }

  private async submitRevision(
    manager: EntityManager,
    claim: Claim,
    input: ReviewStepInput,
    userId: string,
    previous: Verdict | null,
    now: string,
  ): Promise<Verdict> {
    const verdict = manager.create(Verdict, {
      id: randomUUID(),
      claimId: claim.id,
      revision: previous ? Number(previous.revision) + 1 : 1,
      rating: input.rating as VerdictRating,
      rationale: input.rationale ?? '',
      sourceIds: await this.verdictSources(manager, claim.id, input.sourceIds),
      authorId: userId,
      createdAt: now,
      approvedBy: null,
      approvedAt: null,
      changesRequestedBy: null,
      changesRequestedAt: null,
      changesRequestedReason: null,
      reopenedBy: null,
      reopenedAt: null,
      reopenReason: null,
    });
    await manager.insert(Verdict, verdict);
    return verdict;
  }

  /** The named sources, which must be current sources of this claim; all of them when none are named. */
  private async verdictSources(
    manager: EntityManager,
    claimId: string,
    sourceIds: readonly string[] | undefined,
  ): Promise<string[]> {
    const where = { claimId, removedAt: IsNull() };
    if (sourceIds === undefined) {
      const all = await manager.find(ClaimSource, { where, order: { createdAt: 'ASC', id: 'ASC' } });
      return this.withMinimum(all.map((source) => source.id));
    }
    const wanted = [...new Set(sourceIds)];
    const found = wanted.length
      ? await manager.find(ClaimSource, { where: { ...where, id: In(wanted) } })
      : [];
    const foundIds = new Set(found.map((source) => source.id));
    const unknown = wanted.filter((id) => !foundIds.has(id));
    if (unknown.length > 0) {
      throw new ClaimDeskError(
        'UNPROCESSABLE',
        'sourceIds: every source must be a current source of this claim',
        {
          fields: [{ field: 'sourceIds', problems: ['not a current source of this claim'] }],
          unknown,
        },
      );
    }
    return this.withMinimum(wanted);
  }

  /** Sources may have been removed since the rule check; the minimum must hold for what is stored. */
  private withMinimum(sourceIds: string[]): string[] {
    const minSources = this.config.minVerdictSources;
    if (sourceIds.length >= minSources) return sourceIds;
    throw new ClaimDeskError('SOURCE_REQUIRED', `A verdict needs at least ${minSources} sources`);
  }

  private async markCurrent(
    manager: EntityManager,
    current: Verdict | null,
    changes: Partial<Verdict>,
  ): Promise<Verdict> {
    // The table only allows these steps from states that follow a submission, so a verdict exists.
    if (!current) throw new Error('review step on a claim without a verdict');
    await manager.update(Verdict, { id: current.id }, changes);
    return Object.assign(current, changes);
  }

  private verdictAudit(
    action: ReviewAction,
    verdict: VerdictDto | null,
    input: ReviewStepInput,
  ): Record<string, unknown> {
    if (!verdict) return {};
    const base = { verdictId: verdict.id, revision: verdict.revision };
    if (action === 'submit_verdict') return { ...base, rating: verdict.rating, sourceIds: verdict.sourceIds };
    if (input.reason !== undefined) return { ...base, reason: input.reason.trim() };
    return base;
  }
}
