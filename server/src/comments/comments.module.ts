import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentEntity, CommentRevisionEntity } from './comment.entity';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity, CommentRevisionEntity])],
  controllers: [CommentsController],
  providers: [CommentsService],
})
export class CommentsModule {}
