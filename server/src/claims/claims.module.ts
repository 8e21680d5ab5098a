import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article } from '../articles/article.entity';
import { Claim } from './claim.entity';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { SimilarClaimsService } from './similar-claims.service';

@Module({
  imports: [TypeOrmModule.forFeature([Claim, Article])],
  controllers: [ClaimsController],
  providers: [ClaimsService, SimilarClaimsService],
  exports: [ClaimsService],
})
export class ClaimsModule {}
