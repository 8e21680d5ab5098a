import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional } from './optional';

/**
 * The optional `limit` of a paged list: a whole number from 1 to `max`, `defaultValue` when omitted. Listed in
 * the order stacked decorators run (bottom up), so validation messages keep their order.
 */
export function PageLimit(max: number, defaultValue: number): PropertyDecorator {
  return applyDecorators(
    Max(max),
    Min(1),
    IsInt(),
    Type(() => Number),
    Optional(),
    ApiPropertyOptional({ minimum: 1, maximum: max, default: defaultValue }),
  );
}

/** The optional opaque `cursor` of a paged list: the previous page's `nextCursor`. */
export function PageCursor(maxLength: number): PropertyDecorator {
  return applyDecorators(
    MaxLength(maxLength),
    IsString(),
    Optional(),
    ApiPropertyOptional({ description: 'The nextCursor of the previous page' }),
  );
}
