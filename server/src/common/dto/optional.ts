import { IsOptional, ValidateIf } from 'class-validator';

/**
 * The field may be left out, but null is not a value for it. class-validator's IsOptional lets null through
 * as well, and a null where a service or the database needs a value was a 500 ("reason": null on a dismissal,
 * "type": null on a claim), so every optional field that cannot be cleared uses this instead.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** The field may be left out or be null, which clears it. */
export function Nullable(): PropertyDecorator {
  return IsOptional();
}
