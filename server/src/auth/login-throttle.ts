import { ClaimDeskError } from '@claimdesk/shared';
import type { AppConfig } from '../config/app-config';

/** Beyond this many tracked keys, expired ones are swept so a flood of made-up emails cannot grow memory. */
const SWEEP_THRESHOLD = 10_000;

/** A login attempt, counted as a failure until the password is found correct. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/**
 * Sliding-window limit on failed logins, per account and per client address. An attempt counts as a failure
 * from the moment it starts (so a burst of parallel guesses cannot all slip in before the first one fails) and
 * is withdrawn if it succeeds. `begin` throws TOO_MANY_REQUESTS (with `retryAfterSeconds`) when either limit
 * is reached. In this process's memory (MemoryLoginThrottle), or in Redis when REDIS_URL is set
 * (RedisLoginThrottle), so that processes behind one load balancer share the counts.
 */
export abstract class LoginThrottle {
  protected readonly windowMs: number;
  protected readonly limits: { account: number; address: number };

  constructor(config: AppConfig) {
    this.windowMs = config.auth.loginWindowSeconds * 1000;
    this.limits = {
      account: config.auth.loginMaxFailuresPerAccount,
      address: config.auth.loginMaxFailuresPerAddress,
    };
  }

  abstract begin(email: string, address: string): Promise<LoginAttempt>;
}

/** The refusal, saying in whole seconds (at least one) when the oldest counted failure leaves the window. */
export function tooManyLogins(waitMs: number): ClaimDeskError {
  return new ClaimDeskError('TOO_MANY_REQUESTS', 'Too many failed logins; try again later', {
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}

/** The counts in this process's memory: restarting resets them, and several instances each keep their own. */
export class MemoryLoginThrottle extends LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  async begin(email: string, address: string): Promise<LoginAttempt> {
    const now = Date.now();
    const keys = [
      { key: `account:${email}`, limit: this.limits.account },
      { key: `address:${address}`, limit: this.limits.address },
    ];
    for (const { key, limit } of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= limit) {
        throw tooManyLogins(recent[recent.length - limit] + this.windowMs - now);
      }
    }
    if (this.failures.size > SWEEP_THRESHOLD) this.sweep(now);
    for (const { key } of keys) this.failures.set(key, [...this.recent(key, now), now]);
    return {
      succeeded: () => {
        // A correct password clears the account's record; the address keeps its other failures.
        this.failures.delete(keys[0].key);
        this.withdraw(keys[1].key, now);
        return Promise.resolve();
      },
    };
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private withdraw(key: string, at: number): void {
    const times = this.failures.get(key);
    const index = times?.indexOf(at) ?? -1;
    if (times && index >= 0) times.splice(index, 1);
  }

  private sweep(now: number): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key, now).length === 0) this.failures.delete(key);
    }
  }
}
