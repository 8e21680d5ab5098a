import { randomUUID } from 'node:crypto';
import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Observable, Subject } from 'rxjs';
import type { ClaimDeskEvent, ClaimDeskEventInput } from './claimdesk-event';
import { EventBus } from './event-bus';

const CONNECT_TIMEOUT_MS = 5000;

interface Envelope {
  origin: string;
  event: ClaimDeskEvent;
}

/**
 * Shares events between server processes behind one load balancer. Each process delivers its own events
 * locally at once and tags what it sends with its instance id, so it ignores its own echo from Redis and
 * nobody hears an event twice. A subscribed ioredis connection can do nothing else, hence two connections.
 */
export class RedisEventBus extends EventBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RedisEventBus');
  private readonly instanceId = randomUUID();
  private readonly events = new Subject<ClaimDeskEvent>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  /** REDIS_PREFIX + 'events': deployments sharing one Redis do not hear each other. */
  private readonly channel: string;

  constructor(url: string, prefix: string) {
    super();
    this.channel = `${prefix}events`;
    const options = { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 2 };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.subscriber.on('message', (_channel: string, message: string) => this.receive(message));
  }

  /** An operator who set REDIS_URL expects shared events; failing to start is clearer than a silent split. */
  async onModuleInit(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(this.channel);
  }

  async publish(input: ClaimDeskEventInput): Promise<void> {
    const event = this.complete(input);
    this.events.next(event);
    try {
      await this.publisher.publish(
        this.channel,
        JSON.stringify({ origin: this.instanceId, event } satisfies Envelope),
      );
    } catch (error) {
      this.logger.error(`Event ${event.type} not shared through Redis: ${(error as Error).message}`);
    }
  }

  stream(): Observable<ClaimDeskEvent> {
    return this.events.asObservable();
  }

  async onModuleDestroy(): Promise<void> {
    this.events.complete();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private receive(message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      this.logger.warn('Ignored a malformed message on the events channel');
      return;
    }
    if (envelope.origin === this.instanceId || typeof envelope.event?.type !== 'string') return;
    this.events.next(envelope.event);
  }
}
