import { checkCreditCode } from '@scenebridge/shared';
import { isISO8601, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { passwordProblem } from './security/password-policy';

/** A unified social credit code with a correct GB 32100-2015 check character. */
export function IsCreditCode(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCreditCode',
      target: object.constructor,
      propertyName,
      options: { message: 'must be a valid unified social credit code (18 characters, correct check character)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && checkCreditCode(value).valid },
    });
}

/**
 * A password that is long enough and not common. `personalFields` names sibling properties
 * (e-mail, name) the password must not be built from.
 */
export function IsAcceptablePassword(personalFields: string[] = [], options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) => {
          const problem = passwordProblem(String(args.value ?? ''), personalInputs(args, personalFields));
          if (problem === 'TOO_SHORT') return 'must be at least 10 characters';
          if (problem === 'TOO_LONG') return 'must be at most 128 characters';
          return 'is too common or too easy to guess; use a longer phrase that is not based on your name or e-mail';
        },
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordProblem(value, personalInputs(args, personalFields)) === null,
      },
    });
}

function personalInputs(args: ValidationArguments, fields: string[]): string[] {
  const object = args.object as Record<string, unknown>;
  return fields.flatMap((path) => {
    const value = path
      .split('.')
      .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), object);
    return typeof value === 'string' ? [value] : [];
  });
}

/** For `@Transform`: trims surrounding whitespace from strings, leaves other values alone. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A date-time with its offset: a deadline written without one would mean different moments on different servers. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * For a Date field (with `@IsDate`): an ISO 8601 date-time with its offset, checked strictly —
 * no 31 February, no six-digit years, no date without a time — becomes a Date; anything else an
 * invalid Date that `@IsDate` refuses.
 */
export function toStrictDate({ value }: { value: unknown }): unknown {
  if (value === null || value === undefined) return value;
  return typeof value === 'string' && DATE_TIME.test(value) && isISO8601(value, { strict: true, strictSeparator: true })
    ? new Date(value)
    : new Date(Number.NaN);
}
