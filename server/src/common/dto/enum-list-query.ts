import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn } from 'class-validator';
import { Optional } from './optional';

/** `?state=a,b` and `?state=a&state=b` both mean "either". Anything else is left for the validator to refuse. */
function toList({ value }: { value: unknown }): unknown {
  if (typeof value === 'string') return value.split(',').filter((part) => part !== '');
  return value;
}

/**
 * An optional query parameter holding any of `values`, comma-separated or repeated (`note` adds to its
 * description). Listed in the order stacked decorators run (bottom up), so validation messages keep their order.
 */
export function EnumListQuery(values: readonly string[], note?: string): PropertyDecorator {
  return applyDecorators(
    IsIn(values, { each: true }),
    IsArray(),
    Transform(toList),
    Optional(),
    ApiPropertyOptional({
      enum: values as string[],
      isArray: true,
      description: note ? `Comma-separated or repeated; ${note}` : 'Comma-separated or repeated',
    }),
  );
}
