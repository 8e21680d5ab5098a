import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { UsersModule } from '../users/users.module';
import { DemoSeed } from './demo-seed';

@Module({ imports: [UsersModule, ArticlesModule], providers: [DemoSeed] })
export class SeedModule {}
