import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from './errors/domain-error';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `organization.creditCode` or `tags.2`. */
  field: string;
  /** Names of the failed rules, e.g. `isEmail`. */
  rules: string[];
  message: string;
}

/** Flattens class-validator errors (nested objects and arrays included) into field problems. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints
      ? [{ field, rules: Object.keys(error.constraints), message: Object.values(error.constraints).join('; ') }]
      : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The global pipe: unknown fields are refused, values converted to the DTO types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const summary = details
        .slice(0, 3)
        .map((d) => `${d.field}: ${d.message}`)
        .join('; ');
      return new DomainError('VALIDATION_FAILED', `Invalid input — ${summary}`, 400, details);
    },
  });
}
