import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { SharedThrottlerStorage } from './shared-throttler-storage';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('SharedThrottlerStorage (the real Redis)', () => {
  const prefix = `claimdesk-test:${randomUUID()}:throttle:`;
  const connections: Redis[] = [];
  const connect = (options: { lazyConnect?: boolean; enableOfflineQueue?: boolean } = {}): Redis => {
    const redis = new Redis(REDIS_URL, { keyPrefix: prefix, ...options });
    connections.push(redis);
    return redis;
  };

  afterAll(async () => {
    const plain = new Redis(REDIS_URL);
    const keys = await plain.keys(`${prefix}*`);
    if (keys.length > 0) await plain.del(...keys);
    await plain.quit();
    await Promise.all(
      connections.map((connection) =>
        connection.status === 'ready' ? connection.quit() : connection.disconnect(),
      ),
    );
  });

  it('counts one client across processes, under the prefix, and blocks past the limit', async () => {
    const first = new SharedThrottlerStorage(connect());
    const second = new SharedThrottlerStorage(connect());
    expect((await first.increment('client-a', 60_000, 2, 60_000, 'default')).totalHits).toBe(1);
    expect((await second.increment('client-a', 60_000, 2, 60_000, 'default')).totalHits).toBe(2);
    const third = await first.increment('client-a', 60_000, 2, 60_000, 'default');
    expect(third).toMatchObject({ totalHits: 3, isBlocked: true });
    expect(third.timeToBlockExpire).toBeGreaterThan(0);
    const plain = new Redis(REDIS_URL);
    try {
      const keys = await plain.keys(`${prefix}*`);
      expect(keys.length).toBeGreaterThan(0);
      // Every key starts with the prefix (the store's own `{key:name}` follows it).
      expect(keys.every((key) => key.startsWith(`${prefix}{client-a:default}`))).toBe(true);
    } finally {
      await plain.quit();
    }
  });

  it('counts in this process while Redis is unreachable, so requests are still answered', async () => {
    const storage = new SharedThrottlerStorage(connect({ lazyConnect: true, enableOfflineQueue: false }));
    expect((await storage.increment('client-b', 60_000, 1, 60_000, 'default')).isBlocked).toBe(false);
    expect((await storage.increment('client-b', 60_000, 1, 60_000, 'default')).isBlocked).toBe(true);
  });
});
