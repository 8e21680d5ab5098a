import { ClaimDeskError } from '@claimdesk/shared';
import type { AppConfig } from '../config/app-config';
import { LoginThrottle } from './login-throttle';

const config = {
  auth: {
    sessionIdleMinutes: 60,
    loginWindowSeconds: 60,
    loginMaxFailuresPerAccount: 2,
    loginMaxFailuresPerAddress: 3,
  },
} as AppConfig;

describe('LoginThrottle', () => {
  afterEach(() => jest.useRealTimers());

  it('refuses an account after its failures, with the seconds until the oldest one expires', () => {
    jest.useFakeTimers({ now: 0 });
    const throttle = new LoginThrottle(config);
    throttle.begin('a@x', '1.1.1.1');
    jest.setSystemTime(10_000);
    throttle.begin('a@x', '2.2.2.2');
    try {
      throttle.begin('a@x', '3.3.3.3');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimDeskError);
      expect((error as ClaimDeskError).details).toEqual({ retryAfterSeconds: 50 });
    }
    jest.setSystemTime(60_001);
    expect(() => throttle.begin('a@x', '3.3.3.3')).not.toThrow();
  });

  it('counts parallel attempts before they finish, and withdraws a success', () => {
    const throttle = new LoginThrottle(config);
    const first = throttle.begin('b@x', '9.9.9.9');
    throttle.begin('c@x', '9.9.9.9');
    first.succeeded();
    throttle.begin('d@x', '9.9.9.9');
    throttle.begin('e@x', '9.9.9.9');
    expect(() => throttle.begin('f@x', '9.9.9.9')).toThrow(/Too many/);
  });
});
