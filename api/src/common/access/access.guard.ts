import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-error';
import { ACCESS_KEY, type AccessRule } from './access.decorators';

/** Deny by default: a route is reachable only through the access rule it declares. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw new DomainError('FORBIDDEN', 'This route declares no access rule and is closed.', 403);
    if (rule.kind === 'public') return true;
    // Sign-in arrives with the identity module; until then only public routes are open.
    throw new DomainError('UNAUTHENTICATED', 'Sign in to use this route.', 401);
  }
}
