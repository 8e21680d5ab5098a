import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis, { type RedisOptions } from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * Fail fast rather than queue: while Redis is away a command errors at once (or after a second, if Redis
 * hangs) and the caller falls back to counting in this process, instead of every request waiting.
 */
const OPTIONS: RedisOptions = {
  lazyConnect: true,
  connectTimeout: 5000,
  commandTimeout: 1000,
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
};

/**
 * The Redis connections for counters that several server processes must share (failed logins, the API rate
 * limit), or null without REDIS_URL, when each process counts alone. Live events keep their own connections
 * (a subscribed connection can do nothing else).
 */
@Injectable()
export class SharedRedis implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SharedRedis');
  /** Every key it writes starts with REDIS_PREFIX (ioredis's keyPrefix): for the failed-login counts. */
  readonly client: Redis | null;
  /** Keys start with REDIS_PREFIX + 'throttle:': for the API rate limit's store. */
  readonly throttleClient: Redis | null;

  constructor(config: AppConfig) {
    const prefix = config.redisPrefix;
    this.client = config.redisUrl ? new Redis(config.redisUrl, { ...OPTIONS, keyPrefix: prefix }) : null;
    this.throttleClient = this.client?.duplicate({ keyPrefix: `${prefix}throttle:` }) ?? null;
    for (const connection of this.connections()) {
      connection.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
  }

  /** An operator who set REDIS_URL expects shared limits; failing to start is clearer than a silent split. */
  async onModuleInit(): Promise<void> {
    await Promise.all(this.connections().map((connection) => connection.connect()));
  }

  /** After the HTTP server has closed, so no request in flight loses its connection. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      this.connections()
        .filter((connection) => connection.status === 'ready')
        .map((connection) => connection.quit()),
    );
    for (const connection of this.connections()) connection.disconnect();
  }

  private connections(): Redis[] {
    return [this.client, this.throttleClient].filter((connection) => connection !== null);
  }
}

/** Logs a Redis failure at most once a minute, so an outage is visible without a line per request. */
export function outageLog(logger: Logger, what: string): (error: unknown) => void {
  let lastLogged = 0;
  return (error: unknown) => {
    const now = Date.now();
    if (now - lastLogged < 60_000) return;
    lastLogged = now;
    logger.warn(`${what} counted in this process only while Redis fails: ${(error as Error).message}`);
  };
}
