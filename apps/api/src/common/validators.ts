import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@app/rules';
import { isUuid } from './uuid.pipe.js';

/** A real calendar date written `YYYY-MM-DD` (`2025-02-30` fails). */
export function IsIsoDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a real date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/** Optional in a PATCH, but when present it may not be null. */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** Trims strings; leaves other values for the validators to refuse. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Query-string booleans: only `true` and `false` are accepted (never "any non-empty string is true"). */
export const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** Query-string integers: digits only, so `10abc` is refused rather than read as 10. */
export const QueryInt = () =>
  Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value));

/** A UUID, any case; stored and compared in lower case. */
export function IsId(options: { each?: boolean } = {}) {
  const lower = Transform(({ value }) =>
    typeof value === 'string' ? value.toLowerCase() : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : value,
  );
  const check = (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isId',
      target: target.constructor,
      propertyName,
      options: { each: options.each, message: options.each ? `each of ${propertyName} must be a UUID` : `${propertyName} must be a UUID` },
      validator: { validate: (value: unknown) => isUuid(value) },
    });
  return (target: object, propertyName: string) => {
    lower(target, propertyName);
    check(target, propertyName);
  };
}
