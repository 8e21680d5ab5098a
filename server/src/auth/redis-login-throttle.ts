import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { outageLog } from '../redis/shared-redis';
import { LoginThrottle, MemoryLoginThrottle, tooManyLogins, type LoginAttempt } from './login-throttle';

/**
 * Checks both windows and records the attempt in one step, so two processes cannot both let the last allowed
 * guess through. Each key is a sorted set of attempts scored by Redis's own clock (servers' clocks may differ).
 * Returns 0 when the attempt is recorded, else the milliseconds until the oldest counted failure expires.
 * (replicate_commands lets a script write after reading TIME on Redis 3.2 to 4; from 5 on it is the default.)
 */
const BEGIN = `
redis.replicate_commands()
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
local limits = { tonumber(ARGV[2]), tonumber(ARGV[3]) }
local wait = 0
for i = 1, 2 do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
  local count = redis.call('ZCARD', KEYS[i])
  if count >= limits[i] then
    local oldest = redis.call('ZRANGE', KEYS[i], count - limits[i], count - limits[i], 'WITHSCORES')
    local left = tonumber(oldest[2]) + window - now
    if left > wait then wait = left end
  end
end
if wait > 0 then return wait end
for i = 1, 2 do
  redis.call('ZADD', KEYS[i], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[i], window)
end
return 0
`;

/**
 * The failed-login counts in Redis, shared by every process that uses the same REDIS_URL and REDIS_PREFIX
 * (the connection puts the prefix in front of every key, as SharedRedis.client does).
 * While Redis fails, this process counts alone (still limited, per process) rather than refusing every login.
 */
export class RedisLoginThrottle extends LoginThrottle {
  private readonly local: MemoryLoginThrottle;
  private readonly outage = outageLog(new Logger('LoginThrottle'), 'Failed logins');

  constructor(
    private readonly redis: Redis,
    config: AppConfig,
  ) {
    super(config);
    this.local = new MemoryLoginThrottle(config);
  }

  async begin(email: string, address: string): Promise<LoginAttempt> {
    const accountKey = `login:account:${email}`;
    const addressKey = `login:address:${address}`;
    const attempt = randomUUID();
    let waitMs: number;
    try {
      waitMs = Number(
        await this.redis.eval(
          BEGIN,
          2,
          accountKey,
          addressKey,
          this.windowMs,
          this.limits.account,
          this.limits.address,
          attempt,
        ),
      );
    } catch (error) {
      this.outage(error);
      return this.local.begin(email, address);
    }
    if (waitMs > 0) throw tooManyLogins(waitMs);
    return {
      succeeded: async () => {
        // A correct password clears the account's record; the address keeps its other failures.
        try {
          await this.redis.multi().del(accountKey).zrem(addressKey, attempt).exec();
        } catch (error) {
          this.outage(error);
        }
      },
    };
  }
}
