import { isISO8601, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * An ISO 8601 date or time that the server can read as a point in time. IsISO8601 alone also takes week and
 * ordinal dates ("2024-W01", "2024-123"), which JavaScript's Date cannot read: they passed validation and then
 * failed as a 500 where the value was turned into a timestamp.
 */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          isISO8601(value, { strict: true }) &&
          Number.isFinite(Date.parse(value)),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be an ISO 8601 date or time, such as 2025-01-31 or 2025-01-31T09:00:00Z`,
      },
    },
    options,
  );
}
