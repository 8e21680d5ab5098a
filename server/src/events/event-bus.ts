import { randomUUID } from 'node:crypto';
import { filter as where, type Observable, type Subscription } from 'rxjs';
import type { ClaimDeskEvent, ClaimDeskEventInput } from './claimdesk-event';

export type { ClaimDeskEvent, ClaimDeskEventInput } from './claimdesk-event';

/**
 * Live updates, in one process (rxjs Subject) or across processes (Redis pub/sub when REDIS_URL is set).
 * Inject `EventBus`; EventsModule is global.
 *
 * Publish AFTER the transaction commits, never inside it, so nobody hears of a change that was rolled back:
 *
 *   const claim = await inTransaction(dataSource, async (manager) => { ...; await audit.append(manager, entry); return claim; });
 *   await events.publish({ type: 'claim.updated', articleId: claim.articleId, claimId: claim.id, actor, data: dto });
 *
 * publish never rejects: the change is already committed, so a failed delivery is logged, not thrown.
 */
export abstract class EventBus {
  abstract publish(event: ClaimDeskEventInput): Promise<void>;

  /** Every event from every process, from now on. Completes when the app shuts down. */
  abstract stream(): Observable<ClaimDeskEvent>;

  subscribe(
    filter: (event: ClaimDeskEvent) => boolean,
    handler: (event: ClaimDeskEvent) => void,
  ): Subscription {
    return this.stream().pipe(where(filter)).subscribe(handler);
  }

  protected complete(event: ClaimDeskEventInput): ClaimDeskEvent {
    return { ...event, id: event.id ?? randomUUID(), at: event.at ?? new Date().toISOString() };
  }
}
