import { ApiPropertyOptional } from '@nestjs/swagger';
import { EnumListQuery } from '../../common/dto/enum-list-query';
import { CLAIM_STATES, VERDICT_RATINGS, type ClaimState, type VerdictRating } from '@claimdesk/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsUUID, Matches } from 'class-validator';
import { Optional } from '../../common/dto/optional';

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
  @Optional()
  @Transform(toBoolean)
  @IsBoolean()
  internal?: boolean;
}

export class ExportClaimsQuery extends ReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the claims of this article' })
  @Optional()
  @IsUUID('all')
  article?: string;

  @ApiPropertyOptional({ description: `Approved on or after. ${DATE_HELP}`, example: '2026-11-01' })
  @Optional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  @Matches(DATE_OR_TIMESTAMP, DATE_MESSAGE)
  from?: string;

  @ApiPropertyOptional({
    description: `Approved on or before (a date includes that whole day). ${DATE_HELP}`,
    example: '2026-11-30',
  })
  @Optional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  @Matches(DATE_OR_TIMESTAMP, DATE_MESSAGE)
  to?: string;

  @EnumListQuery(VERDICT_RATINGS)
  rating?: VerdictRating[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'User id of the checker who wrote the current verdict',
  })
  @Optional()
  @IsUUID('all')
  checker?: string;

  @EnumListQuery(CLAIM_STATES, 'only with internal=true')
  state?: ClaimState[];

  @ApiPropertyOptional({
    default: false,
    description: 'CSV only: start with a UTF-8 byte-order mark, for Excel',
  })
  @Optional()
  @Transform(toBoolean)
  @IsBoolean()
  bom?: boolean;
}
