import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AppConfig } from '../config/app-config';
import { SharedRedis } from '../redis/shared-redis';
import { LoginThrottle, MemoryLoginThrottle } from './login-throttle';
import { RedisLoginThrottle } from './redis-login-throttle';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), UsersModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    {
      provide: LoginThrottle,
      inject: [AppConfig, SharedRedis],
      useFactory: (config: AppConfig, redis: SharedRedis): LoginThrottle =>
        redis.client ? new RedisLoginThrottle(redis.client, config) : new MemoryLoginThrottle(config),
    },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService],
})
export class AuthModule {}
