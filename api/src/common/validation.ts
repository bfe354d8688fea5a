import { Injectable, ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';
import { isErrorCode, type ErrorCode } from '@scenebridge/shared';
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
      const only = codes.size === 1 ? [...codes][0] : null;
      const code: ErrorCode = only && only !== 'INVALID_FIELD' && isErrorCode(only) ? only : 'VALIDATION_FAILED';
      const summary = details
        .slice(0, 3)
        .map((d) => d.message)
        .join('; ');
      return new DomainError(code, `Invalid input — ${summary}`, details);
    },
  });
}

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first string in `value` (at any depth) that PostgreSQL cannot store: a NUL character or a lone surrogate. */
function unstorableString(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value) ? path || 'value' : null;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const found = unstorableString(key, path, depth + 1) ?? unstorableString(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Runs before the validation pipe on bodies, queries and route parameters: text with a NUL
 * character or a broken UTF-16 surrogate is refused with 400 INVALID_CHARACTERS (PostgreSQL
 * cannot store it, and no legitimate input carries it).
 */
@Injectable()
export class TextIntegrityPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = unstorableString(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    if (field)
      throw new DomainError('INVALID_CHARACTERS', `${field} contains characters that are not allowed (NUL or broken Unicode).`, [
        { field, code: 'INVALID_CHARACTERS' },
      ]);
    return value;
  }
}
