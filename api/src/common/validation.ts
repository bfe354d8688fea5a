import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from './errors/domain-error';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `organization.creditCode` or `tags.2`. */
  field: string;
  /** Machine-readable code of the problem, e.g. `INVALID_CREDIT_CODE`. */
  code: string;
  /** Names of the failed rules, e.g. `isEmail`. */
  rules: string[];
  message: string;
}

/** Rules whose failure has a code of its own (the rest are INVALID_FIELD). */
const CODE_BY_RULE: Record<string, string> = {
  isCreditCode: 'INVALID_CREDIT_CODE',
  isAcceptablePassword: 'WEAK_PASSWORD',
  isEmail: 'INVALID_EMAIL',
  whitelistValidation: 'UNKNOWN_FIELD',
};

/** Flattens class-validator errors (nested objects and arrays included) into field problems. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const rules = Object.keys(error.constraints ?? {});
    const own: FieldProblem[] = error.constraints
      ? [
          {
            field,
            code: rules.map((rule) => CODE_BY_RULE[rule]).find(Boolean) ?? 'INVALID_FIELD',
            rules,
            message: Object.values(error.constraints)
              .map((m) => (m.startsWith(error.property) ? m : `${field} ${m}`))
              .join('; '),
          },
        ]
      : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The global pipe: unknown fields are refused, values converted to the DTO types. The error
 * code is the problem's own code when every problem shares it (e.g. WEAK_PASSWORD), else
 * VALIDATION_FAILED; `details` lists each field with its code.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const codes = new Set(details.map((d) => d.code));
      const code = codes.size === 1 && !codes.has('INVALID_FIELD') ? [...codes][0] : 'VALIDATION_FAILED';
      const summary = details
        .slice(0, 3)
        .map((d) => d.message)
        .join('; ');
      return new DomainError(code, `Invalid input — ${summary}`, 400, details);
    },
  });
}
