import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The API rate limit counted in Redis (by @nest-lab/throttler-storage-redis), so every process behind the load
 * balancer sees the same count, under ClaimDesk's key prefix so deployments sharing a Redis stay apart.
 */
export class PrefixedThrottlerStorage implements ThrottlerStorage {
  private readonly redisStorage: ThrottlerStorageRedisService;

  constructor(
    client: Redis,
    private readonly prefix: string,
  ) {
    this.redisStorage = new ThrottlerStorageRedisService(client);
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<StorageRecord> {
    return this.redisStorage.increment(
      `${this.prefix}throttle:${key}`,
      ttl,
      limit,
      blockDuration,
      throttlerName,
    );
  }
}
