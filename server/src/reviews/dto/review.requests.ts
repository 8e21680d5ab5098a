import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumListQuery } from '../../common/dto/enum-list-query';
import { PageCursor, PageLimit } from '../../common/dto/page-query';
import { CLAIM_STATES, VERDICT_RATINGS, type ClaimState } from '@claimdesk/shared';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { Optional } from '../../common/dto/optional';

export class ClaimVersionDto {
  @ApiProperty({ minimum: 1, description: 'The claim version you read' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class AssignClaimDto extends ClaimVersionDto {
  @ApiProperty({ format: 'uuid', description: 'An active checker, editor or admin' })
  @IsUUID('all')
  assigneeId!: string;
}

/** Request changes and reopen. A blank or missing reason is the workflow's refusal (422 REASON_REQUIRED). */
export class ReasonDto extends ClaimVersionDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'Required: why' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** Rating and rationale are checked by the workflow rules (422 RATING_REQUIRED / RATIONALE_REQUIRED). */
export class SubmitVerdictDto extends ClaimVersionDto {
  @ApiPropertyOptional({ enum: VERDICT_RATINGS, description: 'Required' })
  @Optional()
  @IsString()
  @MaxLength(30)
  rating?: string;

  @ApiPropertyOptional({ maxLength: 20000, description: 'Required; Markdown' })
  @Optional()
  @IsString()
  @MaxLength(20000)
  rationale?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 50,
    description: "The claim's sources the verdict relies on; all of its current sources when omitted",
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  sourceIds?: string[];
}

export const MAX_MY_CLAIMS_PAGE = 500;

export class MyClaimsQuery {
  @EnumListQuery(CLAIM_STATES)
  state?: ClaimState[];

  @PageLimit(MAX_MY_CLAIMS_PAGE, MAX_MY_CLAIMS_PAGE)
  limit?: number;

  @PageCursor(1000)
  cursor?: string;
}
