import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../errors/domain-error';
import { requestIdOf } from '../http/request-id';
import type { Principal, RequestContext } from './principal';

export interface RequestWithPrincipal extends Request {
  principal?: Principal | null;
}

export function contextOf(req: RequestWithPrincipal): RequestContext {
  const agent = req.headers['user-agent'];
  return {
    principal: req.principal ?? null,
    requestId: requestIdOf(req),
    ip: req.ip ?? null,
    userAgent: typeof agent === 'string' ? agent.slice(0, 300) : null,
  };
}

/** The request context (principal may be null on public routes). */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext =>
  contextOf(context.switchToHttp().getRequest()),
);

/** The request context of a signed-in route (the guard guarantees the principal). */
export const SignedInCtx = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const ctx = contextOf(context.switchToHttp().getRequest());
  if (!ctx.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in to use this route.');
  return ctx;
});
