import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-error';
import { ACCESS_KEY, type AccessRule } from './access.decorators';
import { PrincipalResolver } from './principal-resolver';
import type { RequestWithPrincipal } from './request-context.decorator';

/**
 * Deny by default: a route is reachable only through the access rule it declares. Signed-in
 * routes need a valid bearer token; role routes also need one of the roles. Public routes
 * still learn who is calling when a valid token comes along (an invalid one is ignored there).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw new DomainError('FORBIDDEN', 'This route declares no access rule and is closed.');
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const token = bearerToken(req.headers.authorization);

    if (rule.kind === 'public') {
      req.principal = token ? await this.principals.resolve(token).catch(() => null) : null;
      return true;
    }
    if (!token) throw new DomainError('UNAUTHENTICATED', 'Sign in to use this route.');
    const principal = await this.principals.resolve(token);
    req.principal = principal;
    if (rule.kind === 'roles' && !rule.roles.some((role) => principal.roles.includes(role))) {
      throw new DomainError('FORBIDDEN', 'Your role does not allow this.');
    }
    return true;
  }
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}
