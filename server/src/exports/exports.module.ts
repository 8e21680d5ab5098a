import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EXPORT_ENTITIES } from './export-rows';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [TypeOrmModule.forFeature(EXPORT_ENTITIES)],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
