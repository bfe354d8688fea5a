import { ERRORS, type ErrorCode } from '@scenebridge/shared';

/**
 * Errors a service throws when a request cannot be carried out. Each has a stable code from
 * the registry in `shared/` (`ERRORS`), which fixes its HTTP status everywhere; the exception
 * filter turns it into the API error body. Services never throw HttpException.
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'DomainError';
    this.status = ERRORS[code].status;
  }
}
