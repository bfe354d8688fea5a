import { Injectable, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  normalizeIp,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { bearerToken } from '../access/access.guard';
import { PrincipalResolver } from '../access/principal-resolver';

/** The limit every request counts against, whatever the route (its headers are the plain X-RateLimit-*). */
export const GENERAL_LIMIT = 'default';
/** A second, stricter limit for sign-in, registration, password links and invitations. */
export const STRICT_LIMIT = 'strict';

const STRICT_KEY = 'rateLimit:strict';

/** Puts a route under the strict limit as well (guessing passwords, mass registration, mass invitations). */
export const StrictRateLimit = () => SetMetadata(STRICT_KEY, true);

/**
 * One rate limit per client across all routes: a signed-in person (the user of a valid access
 * token) or else the client address (IPv6 by /64 network). Routes marked with
 * `@StrictRateLimit()` also count against the strict limit. A refused request answers
 * 429 RATE_LIMITED with `Retry-After` (seconds).
 *
 * Counters live in the memory of each API process: behind N replicas a client gets at most
 * N times the limit.
 */
@Injectable()
export class ClientRateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly principals: PrincipalResolver,
  ) {
    super(options, storage, reflector);
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name === STRICT_LIMIT) {
      const strict = this.reflector.getAllAndOverride<boolean | undefined>(STRICT_KEY, [
        request.context.getHandler(),
        request.context.getClass(),
      ]);
      if (!strict) return true;
    }
    return super.handleRequest(request);
  }

  protected override getTracker(req: Request): Promise<string> {
    const token = bearerToken(req.headers.authorization);
    const userId = token ? this.principals.userIdOf(token) : null;
    return Promise.resolve(userId ? `user:${userId}` : `ip:${normalizeIp(req.ip ?? 'unknown')}`);
  }

  /** The same key on every route: the limit is the client's, not the route's. */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    return super.throwThrottlingException(context, detail);
  }
}
