import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Claim } from '../claims/claim.entity';
import { ClaimsModule } from '../claims/claims.module';
import { ClaimSource } from '../sources/claim-source.entity';
import { SourcesModule } from '../sources/sources.module';
import { UserEntity } from '../users/user.entity';
import { AssignmentService } from './assignment.service';
import { ReviewQueueController } from './review-queue.controller';
import { ReviewQueueService } from './review-queue.service';
import { ReviewWorkflowService } from './review-workflow.service';
import { ReviewsController } from './reviews.controller';
import { Verdict } from './verdict.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Verdict, Claim, ClaimSource, UserEntity]), ClaimsModule, SourcesModule],
  controllers: [ReviewsController, ReviewQueueController],
  providers: [AssignmentService, ReviewWorkflowService, ReviewQueueService],
})
export class ReviewsModule {}
