import { Injectable, MessageEvent, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClaimDeskError } from '@claimdesk/shared';
import type { Response } from 'express';
import {
  concatMap,
  filter,
  finalize,
  interval,
  map,
  merge,
  Observable,
  of,
  share,
  Subject,
  takeUntil,
} from 'rxjs';
import { DataSource } from 'typeorm';
import { SessionsService } from '../auth/sessions.service';
import { AppConfig } from '../config/app-config';
import type { ClaimDeskEvent } from './claimdesk-event';
import { EventBus } from './event-bus';

/**
 * A stream never ends by itself, so a client that did not ask for one (a plain HTTP call, a link checker)
 * would hang on it. EventSource always sends `Accept: text/event-stream`; others are told what to do.
 */
function assertStreamClient(accept: string | undefined): void {
  if (accept?.toLowerCase().includes('text/event-stream')) return;
  throw new ClaimDeskError('VALIDATION_FAILED', 'This is an event stream: send Accept: text/event-stream', {
    accept: accept ?? null,
  });
}

/**
 * Turns bus events into SSE messages. Every stream opens with a `: connected` comment (so the client knows
 * it is subscribed, and headers are sent at once), sends a `: heartbeat` comment every LIVE_HEARTBEAT_SECONDS
 * (proxies drop connections that stay silent), and ends when its session does (checked at each heartbeat:
 * logout, password change or reset, deactivation, expiry) or when the app shuts down, so closing the server
 * never waits on an open stream.
 */
@Injectable()
export class EventStreamsService implements OnModuleDestroy {
  private readonly shutdown = new Subject<void>();
  private readonly openResponses = new Set<Response>();

  private readonly heartbeatMs: number;

  constructor(
    private readonly bus: EventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    config: AppConfig,
  ) {
    this.heartbeatMs = config.liveHeartbeatSeconds * 1000;
  }

  /** `session` is the token of the session the stream was opened with. */
  all(accept: string | undefined, response: Response, session: string | undefined): Observable<MessageEvent> {
    assertStreamClient(accept);
    return this.toSse(this.bus.stream(), response, session);
  }

  async forArticle(
    articleId: string,
    accept: string | undefined,
    response: Response,
    session: string | undefined,
  ): Promise<Observable<MessageEvent>> {
    assertStreamClient(accept);
    const article: unknown = await this.dataSource
      .createQueryBuilder()
      .select('a.id', 'id')
      .from('articles', 'a')
      .where('a.id = :articleId', { articleId })
      .getRawOne();
    if (!article) throw new ClaimDeskError('NOT_FOUND', 'No such article', { articleId });
    return this.toSse(
      this.bus.stream().pipe(filter((event) => event.articleId === articleId)),
      response,
      session,
    );
  }

  /**
   * Ends every stream, then closes its connection once the last chunk is out: an SSE response says
   * `Connection: keep-alive`, and an idle kept-alive socket would hold server.close() for keepAliveTimeout.
   */
  async onModuleDestroy(): Promise<void> {
    const finished = [...this.openResponses].map(
      (response) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1000);
          response.once('finish', () => {
            clearTimeout(timer);
            response.socket?.end();
            resolve();
          });
        }),
    );
    this.shutdown.next();
    this.shutdown.complete();
    await Promise.all(finished);
  }

  private toSse(
    events: Observable<ClaimDeskEvent>,
    response: Response,
    session: string | undefined,
  ): Observable<MessageEvent> {
    this.openResponses.add(response);
    const messages = events.pipe(
      map((event): MessageEvent => ({ id: event.id, type: event.type, data: event })),
    );
    const checks = interval(this.heartbeatMs).pipe(
      // A database hiccup is no reason to cut a stream: the next heartbeat checks again.
      concatMap(() => this.sessions.isLive(session).catch(() => true)),
      share(),
    );
    const heartbeats = checks.pipe(
      filter((live) => live),
      map((): MessageEvent => ({ comment: 'heartbeat' })),
    );
    const sessionEnded = checks.pipe(filter((live) => !live));
    return merge(of<MessageEvent>({ comment: 'connected' }), messages, heartbeats).pipe(
      takeUntil(sessionEnded),
      takeUntil(this.shutdown),
      // Runs when the client leaves too (Nest unsubscribes), so the set only holds open streams.
      finalize(() => this.openResponses.delete(response)),
    );
  }
}
