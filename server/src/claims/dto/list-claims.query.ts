import { ApiPropertyOptional } from '@nestjs/swagger';
import { EnumListQuery } from '../../common/dto/enum-list-query';
import { PageCursor, PageLimit } from '../../common/dto/page-query';
import { CLAIM_STATES, CLAIM_TYPES, type ClaimState, type ClaimType } from '@claimdesk/shared';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '../../common/dto/optional';

export const CLAIM_SORTS = ['position', 'score', 'updatedAt'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export class ListClaimsQuery {
  @EnumListQuery(CLAIM_STATES)
  state?: ClaimState[];

  @ApiPropertyOptional({ description: "A user id, 'me' or 'none' (unassigned)" })
  @Optional()
  @IsString()
  @MaxLength(36)
  assignee?: string;

  @EnumListQuery(CLAIM_TYPES)
  type?: ClaimType[];

  @ApiPropertyOptional({ description: 'Exact speaker name, case-insensitive' })
  @Optional()
  @IsString()
  @MaxLength(300)
  speaker?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @Optional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @Optional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  maxScore?: number;

  @ApiPropertyOptional({ description: 'Text the claim (or its checked wording) contains, case-insensitive' })
  @Optional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @ApiPropertyOptional({
    enum: CLAIM_SORTS,
    default: 'position',
    description: 'position: article order; score: highest first; updatedAt: most recent first',
  })
  @Optional()
  @IsIn(CLAIM_SORTS)
  sort?: ClaimSort;

  @PageLimit(200, 50)
  limit?: number;

  @PageCursor(1000)
  cursor?: string;
}

export class SimilarClaimsQuery {
  @PageLimit(20, 5)
  limit?: number;
}
