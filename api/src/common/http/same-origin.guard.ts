import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../errors/domain-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The only bodies the API reads: JSON, and multipart for file uploads. */
const ACCEPTED_BODY = /^(application\/json|multipart\/form-data)\b/i;

/**
 * Refuses state-changing requests that a browser sends on behalf of another website (login
 * CSRF, forged sign-out, forged uploads): when the browser says where the request comes from
 * (`Origin`, or `Sec-Fetch-Site: cross-site`), it must be this portal (its Host or PUBLIC_URL)
 * or one of CORS_ORIGINS. Programs that send neither (integrations with a bearer token) are
 * not browsers acting for someone else and pass. Bodies must be JSON (or multipart for files):
 * an HTML form elsewhere can post neither with a JSON type.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  private readonly allowedOrigins: Set<string>;

  constructor(config: AppConfig) {
    this.allowedOrigins = new Set([new URL(config.publicUrl).origin, ...config.CORS_ORIGINS.map((o) => safeOrigin(o))].filter(Boolean));
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    const origin = req.headers.origin;
    const fromElsewhere =
      origin !== undefined ? !this.isOwnOrigin(origin, req.headers.host) : req.headers['sec-fetch-site'] === 'cross-site';
    if (fromElsewhere) {
      throw new DomainError('CROSS_SITE_REQUEST', 'This request comes from another website and is refused.', [{ origin: origin ?? null }]);
    }
    const length = Number(req.headers['content-length'] ?? 0);
    const hasBody = length > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !ACCEPTED_BODY.test(req.headers['content-type'] ?? '')) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json (or multipart/form-data for files).');
    }
    return true;
  }

  private isOwnOrigin(origin: string, host: string | undefined): boolean {
    const normalised = safeOrigin(origin);
    if (!normalised) return false;
    return this.allowedOrigins.has(normalised) || (host !== undefined && new URL(normalised).host === host.toLowerCase());
  }
}

/** The origin of a URL (scheme://host[:port]), or '' for anything else — including the literal "null". */
function safeOrigin(value: string): string {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}
