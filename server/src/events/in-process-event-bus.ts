import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import type { ClaimDeskEvent, ClaimDeskEventInput } from './claimdesk-event';
import { EventBus } from './event-bus';

/** The default bus: one process, one rxjs Subject. Completing it on shutdown ends every open SSE stream. */
@Injectable()
export class InProcessEventBus extends EventBus implements OnModuleDestroy {
  private readonly events = new Subject<ClaimDeskEvent>();

  publish(event: ClaimDeskEventInput): Promise<void> {
    this.events.next(this.complete(event));
    return Promise.resolve();
  }

  stream(): Observable<ClaimDeskEvent> {
    return this.events.asObservable();
  }

  onModuleDestroy(): void {
    this.events.complete();
  }
}
