import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

const CONNECT_TIMEOUT_MS = 5000;

/**
 * The Redis connection for counters that several server processes must share (failed logins, the API rate
 * limit), or null without REDIS_URL, when each process counts alone. Live events keep their own connections
 * (a subscribed connection can do nothing else).
 */
@Injectable()
export class SharedRedis implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SharedRedis');
  readonly client: Redis | null;
  readonly prefix: string;

  constructor(config: AppConfig) {
    this.prefix = config.redisPrefix;
    this.client = config.redisUrl
      ? new Redis(config.redisUrl, {
          lazyConnect: true,
          connectTimeout: CONNECT_TIMEOUT_MS,
          maxRetriesPerRequest: 2,
        })
      : null;
    this.client?.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  /** An operator who set REDIS_URL expects shared limits; failing to start is clearer than a silent split. */
  async onModuleInit(): Promise<void> {
    await this.client?.connect();
  }

  /** After the HTTP server has closed, so no request in flight loses its connection. */
  async onApplicationShutdown(): Promise<void> {
    if (this.client && this.client.status !== 'end') await this.client.quit();
  }
}
