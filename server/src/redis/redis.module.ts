import { Global, Module } from '@nestjs/common';
import { SharedRedis } from './shared-redis';

/** Global: the login limiter and the API rate limit both count in the one shared connection. */
@Global()
@Module({ providers: [SharedRedis], exports: [SharedRedis] })
export class RedisModule {}
