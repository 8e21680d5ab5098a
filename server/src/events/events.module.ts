import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AppConfig } from '../config/app-config';
import { EventBus } from './event-bus';
import { EventsController } from './events.controller';
import { EventStreamsService } from './event-streams.service';
import { InProcessEventBus } from './in-process-event-bus';
import { RedisEventBus } from './redis-event-bus';

/** Global so every feature can inject EventBus; Redis pub/sub when REDIS_URL is set, else in-process. */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [EventsController],
  providers: [
    EventStreamsService,
    {
      provide: EventBus,
      inject: [AppConfig],
      useFactory: (config: AppConfig): EventBus =>
        config.redisUrl ? new RedisEventBus(config.redisUrl, config.redisPrefix) : new InProcessEventBus(),
    },
  ],
  exports: [EventBus],
})
export class EventsModule {}
