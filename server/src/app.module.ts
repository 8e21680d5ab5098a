import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { ServeStaticModule } from '@nestjs/serve-static';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { AuthModule } from './auth/auth.module';
import { UsersModule } from './users/users.module';
import { ArticlesModule } from './articles/articles.module';
import { ClaimsModule } from './claims/claims.module';
import { SeedModule } from './seed/seed.module';
import { AuditModule } from './audit/audit.module';
import { SharedThrottlerStorage } from './redis/shared-throttler-storage';
import { RedisModule } from './redis/redis.module';
import { SharedRedis } from './redis/shared-redis';
import { EventsModule } from './events/events.module';
import { CommentsModule } from './comments/comments.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SourcesModule } from './sources/sources.module';
import { ExportsModule } from './exports/exports.module';
import { DashboardModule } from './dashboard/dashboard.module';

/** Wiring only: every feature is its own module. Built per config so tests can start many apps. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Nest 11's path syntax; nestjs-pino's default '*' logs a deprecation warning at every start.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
        }),
        RedisModule,
        // A per-address ceiling on the whole API against runaway scripts; logins have their own, tighter limit.
        // Counted in Redis when REDIS_URL is set, so several processes share one count per client.
        ThrottlerModule.forRootAsync({
          inject: [SharedRedis],
          useFactory: (redis: SharedRedis) => ({
            // Named 'default' so the guard sends a plain Retry-After header.
            throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
            skipIf: () => config.rateLimitPerMinute === 0,
            storage: redis.throttleClient ? new SharedThrottlerStorage(redis.throttleClient) : undefined,
          }),
        }),
        ServeStaticModule.forRoot({ rootPath: config.clientDir, exclude: ['/api', '/api/{*rest}'] }),
        DatabaseModule,
        AuditModule,
        EventsModule,
        CommentsModule,
        HealthModule,
        UsersModule,
        AuthModule,
        ArticlesModule,
        ClaimsModule,
        SourcesModule,
        ReviewsModule,
        SeedModule,
        ExportsModule,
        DashboardModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}
