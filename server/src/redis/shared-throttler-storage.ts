import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Logger } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { outageLog } from './shared-redis';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The API rate limit counted in Redis (by @nest-lab/throttler-storage-redis), so every process behind the load
 * balancer sees the same count per client. If Redis fails, this process counts alone until it is back: the
 * limit guards against runaway scripts, and refusing every request during an outage would be worse.
 */
export class SharedThrottlerStorage implements ThrottlerStorage {
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();
  private readonly outage = outageLog(new Logger('RateLimit'), 'API rate limit');

  /** `client` prefixes its keys (SharedRedis.throttleClient). */
  constructor(client: Redis) {
    this.shared = new ThrottlerStorageRedisService(client);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<StorageRecord> {
    try {
      return await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      this.outage(error);
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }
}
