import { randomUUID } from 'node:crypto';
import { ClaimDeskError } from '@claimdesk/shared';
import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { LoginThrottle, MemoryLoginThrottle } from './login-throttle';
import { RedisLoginThrottle } from './redis-login-throttle';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const config = {
  auth: {
    sessionIdleMinutes: 60,
    loginWindowSeconds: 60,
    loginMaxFailuresPerAccount: 2,
    loginMaxFailuresPerAddress: 3,
  },
} as AppConfig;

async function refusal(attempt: Promise<unknown>): Promise<ClaimDeskError> {
  try {
    await attempt;
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimDeskError);
    expect((error as ClaimDeskError).code).toBe('TOO_MANY_REQUESTS');
    return error as ClaimDeskError;
  }
  throw new Error('not refused');
}

/** What both stores must do alike; `make` gives a fresh, empty throttle. */
function behavesAsALoginThrottle(make: () => LoginThrottle): void {
  it('refuses an account after its failures, from any address, saying when to retry', async () => {
    const throttle = make();
    await throttle.begin('a@x', '1.1.1.1');
    await throttle.begin('a@x', '2.2.2.2');
    const refused = await refusal(throttle.begin('a@x', '3.3.3.3'));
    const { retryAfterSeconds } = refused.details as { retryAfterSeconds: number };
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another account from a fresh address is unaffected.
    await throttle.begin('z@x', '4.4.4.4');
  });

  it('counts parallel attempts before they finish, and withdraws a success', async () => {
    const throttle = make();
    const first = await throttle.begin('b@x', '9.9.9.9');
    await throttle.begin('c@x', '9.9.9.9');
    await first.succeeded();
    // c, d and e are this address's three failures; b's was withdrawn.
    await throttle.begin('d@x', '9.9.9.9');
    await throttle.begin('e@x', '9.9.9.9');
    await refusal(throttle.begin('f@x', '9.9.9.9'));
  });

  it('lets exactly the allowed number through when guesses arrive all at once', async () => {
    const throttle = make();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => throttle.begin(`p${i}@x`, '8.8.8.8')),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
  });
}

describe('MemoryLoginThrottle', () => {
  afterEach(() => jest.useRealTimers());

  behavesAsALoginThrottle(() => new MemoryLoginThrottle(config));

  it('gives the seconds until the oldest failure expires, and forgets it then', async () => {
    jest.useFakeTimers({ now: 0 });
    const throttle = new MemoryLoginThrottle(config);
    await throttle.begin('a@x', '1.1.1.1');
    jest.setSystemTime(10_000);
    await throttle.begin('a@x', '2.2.2.2');
    const refused = await refusal(throttle.begin('a@x', '3.3.3.3'));
    expect(refused.details).toEqual({ retryAfterSeconds: 50 });
    jest.setSystemTime(60_001);
    await expect(throttle.begin('a@x', '3.3.3.3')).resolves.toBeDefined();
  });
});

describe('RedisLoginThrottle (the real Redis)', () => {
  const connections: Redis[] = [];
  const prefixes: string[] = [];
  let prefix: string;

  /** A connection that puts this test's prefix in front of every key, as SharedRedis.client does. */
  const connect = (): Redis => {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2, keyPrefix: prefix });
    connections.push(redis);
    return redis;
  };
  /** Without a prefix of its own: to look at (and clean up) the keys as Redis holds them. */
  const plain = (): Redis => {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    connections.push(redis);
    return redis;
  };

  beforeEach(() => {
    // A prefix per test: the counts start empty, and other runs sharing this Redis never see them.
    prefix = `claimdesk-test:${randomUUID()}:`;
    prefixes.push(prefix);
  });

  afterAll(async () => {
    // Only this file's keys: other suites may be using the same Redis right now.
    const redis = plain();
    for (const used of prefixes) {
      const keys = await redis.keys(`${used}*`);
      if (keys.length > 0) await redis.del(...keys);
    }
    await Promise.all(
      connections.map((connection) =>
        connection.status === 'ready' ? connection.quit() : connection.disconnect(),
      ),
    );
  });

  behavesAsALoginThrottle(() => new RedisLoginThrottle(connect(), config));

  it('shares the counts between processes (two connections, one Redis)', async () => {
    const first = new RedisLoginThrottle(connect(), config);
    const second = new RedisLoginThrottle(connect(), config);
    await first.begin('shared@x', '5.5.5.5');
    await second.begin('shared@x', '6.6.6.6');
    await refusal(first.begin('shared@x', '7.7.7.7'));
    await refusal(second.begin('shared@x', '7.7.7.7'));
  });

  it('keeps its keys under the prefix and lets them expire with the window', async () => {
    const redis = plain();
    await new RedisLoginThrottle(connect(), config).begin('ttl@x', '1.2.3.4');
    const keys = (await redis.keys(`${prefix}*`)).sort();
    expect(keys).toEqual([`${prefix}login:account:ttl@x`, `${prefix}login:address:1.2.3.4`]);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('falls back to counting in this process while Redis is unreachable', async () => {
    // Never connected and not queueing, as SharedRedis's client is during an outage: every command fails.
    const unreachable = new Redis(REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      keyPrefix: prefix,
    });
    connections.push(unreachable);
    const throttle = new RedisLoginThrottle(unreachable, config);
    const attempt = await throttle.begin('down@x', '1.1.1.1');
    await attempt.succeeded();
    await throttle.begin('down@x', '1.1.1.1');
    await throttle.begin('down@x', '1.1.1.1');
    await refusal(throttle.begin('down@x', '1.1.1.1'));
  });
});
