import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_TYPES, type ClaimType } from '@claimdesk/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { Nullable, Optional } from '../../common/dto/optional';

export class CreateClaimDto {
  @ApiProperty({ minimum: 0, description: 'UTF-16 offset into the article text (inclusive)' })
  @IsInt()
  @Min(0)
  start!: number;

  @ApiProperty({ minimum: 1, description: 'UTF-16 offset into the article text (exclusive)' })
  @IsInt()
  @Min(1)
  end!: number;
}

export class UpdateClaimDto {
  @ApiProperty({ minimum: 1, description: 'The version you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 5000,
    description: 'null clears the rewording',
  })
  @Nullable()
  @IsString()
  @MaxLength(5000)
  checkedText?: string | null;

  @ApiPropertyOptional({ enum: CLAIM_TYPES })
  @Optional()
  @IsIn(CLAIM_TYPES)
  type?: ClaimType;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @Nullable()
  @IsString()
  @MaxLength(300)
  speaker?: string | null;
}

export class SplitClaimDto {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) version!: number;

  @ApiProperty({ description: 'Article offset strictly inside the claim where the second part begins' })
  @IsInt()
  @Min(1)
  at!: number;
}

export class MergeClaimsDto {
  @ApiProperty({
    type: [String],
    minItems: 2,
    maxItems: 2,
    description: 'Two adjacent claims of one article',
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsUUID('all', { each: true })
  claimIds!: string[];

  @ApiProperty({
    type: [Number],
    minItems: 2,
    maxItems: 2,
    description: 'The versions you read, in the same order',
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsInt({ each: true })
  @Min(1, { each: true })
  versions!: number[];
}

export class DismissClaimDto {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) version!: number;

  // Blank or missing is refused by the workflow rule (422 REASON_REQUIRED), not by the shape check.
  @ApiPropertyOptional({ maxLength: 2000, description: 'Why the claim is not worth checking (required)' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class RestoreClaimDto {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) version!: number;
}
