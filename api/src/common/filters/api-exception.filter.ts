import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ERRORS, type ApiErrorBody, type ErrorCode } from '@scenebridge/shared';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { DomainError } from '../errors/domain-error';
import { requestIdOf } from '../http/request-id';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * The one place that shapes error responses: every failure answers with
 * `{ statusCode, code, message, details?, requestId }`. Unknown errors are logged with their
 * stack and answered as 500 INTERNAL_ERROR without internals.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const body = this.toBody(exception, requestIdOf(req));
    if (body.code === 'DATABASE_UNAVAILABLE') {
      // Expected during a database restart: one line, no stack; clients retry after a moment.
      this.logger.warn(
        { requestId: body.requestId, method: req.method, url: req.originalUrl, reason: (exception as Error).message },
        'database unavailable',
      );
      if (!res.headersSent) res.setHeader('Retry-After', '5');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId, method: req.method, url: req.originalUrl }, 'request failed');
    }
    if (res.headersSent) return;
    // A wait the service knows (a sign-in lock) is also told the standard way.
    const wait = (body.details?.[0] as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof wait === 'number' && Number.isFinite(wait) && wait > 0) res.setHeader('Retry-After', String(Math.ceil(wait)));
    res.status(body.statusCode).json(body);
  }

  toBody(exception: unknown, requestId: string): ApiErrorBody {
    if (exception instanceof DomainError) {
      return clean({
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        details: exception.details,
        requestId,
      });
    }
    if (exception instanceof ThrottlerException) {
      return of('RATE_LIMITED', 'Too many requests; slow down and retry shortly.', requestId);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Body-parser and URL-decoding failures arrive wrapped, with the original as the cause.
      const cause = exception.cause as { type?: string } | undefined;
      if (cause?.type === 'entity.parse.failed') {
        return of('MALFORMED_JSON', 'The request body is not valid JSON.', requestId);
      }
      if (cause?.type === 'entity.too.deep') {
        return of('BODY_TOO_DEEP', (cause as Error).message, requestId);
      }
      if (status === 413) {
        return of('PAYLOAD_TOO_LARGE', 'The request body is too large.', requestId);
      }
      if (cause instanceof URIError) {
        return of('MALFORMED_URL', 'The request URL is not correctly encoded.', requestId);
      }
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
      const isUnknownRoute = status === 404 && /^Cannot [A-Z]+ /.test(String(message));
      return {
        statusCode: status,
        code: isUnknownRoute ? 'ROUTE_NOT_FOUND' : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'REQUEST_FAILED')),
        message: Array.isArray(message) ? message.join('; ') : String(message),
        requestId,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return of('DATABASE_UNAVAILABLE', 'The database is temporarily unavailable; please retry shortly.', requestId);
    }
    return of('INTERNAL_ERROR', 'Something went wrong on our side. Please retry; quote the request id if it persists.', requestId);
  }
}

/** A body for a registry code: its status comes from the registry. */
function of(code: ErrorCode, message: string, requestId: string): ApiErrorBody {
  return { statusCode: ERRORS[code].status, code, message, requestId };
}

function clean(body: ApiErrorBody): ApiErrorBody {
  if (body.details === undefined) delete body.details;
  return body;
}
