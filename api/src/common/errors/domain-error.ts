/**
 * Errors a service throws when a request cannot be carried out. Each has a stable code;
 * the exception filter turns it into the API error body with the mapped HTTP status.
 * Services never throw HttpException.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = statusForCode(code),
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BODY_TOO_DEEP: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** The HTTP status a domain error code maps to; unknown codes are rule violations (422). */
export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 422;
}
