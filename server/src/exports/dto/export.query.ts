import { ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_STATES, VERDICT_RATINGS, type ClaimState, type VerdictRating } from '@claimdesk/shared';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

/** `?rating=a,b` and `?rating=a&rating=b` both mean "either". */
function toList({ value }: { value: unknown }): unknown {
  if (typeof value === 'string') return value.split(',').filter((part) => part !== '');
  return value;
}

/** Only the words true and false; anything else stays a string for the validator to refuse. */
function toBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

// A calendar date, or a date and time with an explicit zone; ISO week dates and bare months are refused.
const DATE_OR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DATE_MESSAGE = {
  message: '$property must be a date (2026-11-01) or a timestamp with a zone (2026-11-01T12:00:00Z)',
};

const DATE_HELP =
  'ISO-8601 date (2026-11-01) or UTC timestamp; compared with the approval time of the verdict';

/** Internal reports are for editors and include every review state. */
export class ReportQuery {
  @ApiPropertyOptional({
    default: false,
    description: 'Every state, not only approved claims (editors and admins)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  internal?: boolean;
}

export class ExportClaimsQuery extends ReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the claims of this article' })
  @IsOptional()
  @IsUUID('all')
  article?: string;

  @ApiPropertyOptional({ description: `Approved on or after. ${DATE_HELP}`, example: '2026-11-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  @Matches(DATE_OR_TIMESTAMP, DATE_MESSAGE)
  from?: string;

  @ApiPropertyOptional({
    description: `Approved on or before (a date includes that whole day). ${DATE_HELP}`,
    example: '2026-11-30',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  @Matches(DATE_OR_TIMESTAMP, DATE_MESSAGE)
  to?: string;

  @ApiPropertyOptional({ enum: VERDICT_RATINGS, isArray: true, description: 'Comma-separated or repeated' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(VERDICT_RATINGS, { each: true })
  rating?: VerdictRating[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'User id of the checker who wrote the current verdict',
  })
  @IsOptional()
  @IsUUID('all')
  checker?: string;

  @ApiPropertyOptional({
    enum: CLAIM_STATES,
    isArray: true,
    description: 'Comma-separated or repeated; only with internal=true',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(CLAIM_STATES, { each: true })
  state?: ClaimState[];

  @ApiPropertyOptional({
    default: false,
    description: 'CSV only: start with a UTF-8 byte-order mark, for Excel',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  bom?: boolean;
}
