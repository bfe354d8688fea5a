import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { Public, Roles, SignedIn } from './access.decorators';
import { AccessGuard } from './access.guard';

@Controller('probe')
class ProbeController {
  @Get('open')
  @Public()
  open() {}

  @Get('undecided')
  undecided() {}

  @Get('members')
  @SignedIn()
  members() {}

  @Get('admins')
  @Roles('admin')
  admins() {}
}

@Public()
@Controller('public-class')
class PublicClassController {
  @Get()
  list() {}
}

function contextFor(controller: object, handler: string): ExecutionContext {
  const type = controller.constructor;
  return {
    getHandler: () => (type.prototype as Record<string, unknown>)[handler],
    getClass: () => type,
  } as unknown as ExecutionContext;
}

describe('AccessGuard (deny by default)', () => {
  const guard = new AccessGuard(new Reflector());

  it('lets anyone through a @Public() route', () => {
    expect(guard.canActivate(contextFor(new ProbeController(), 'open'))).toBe(true);
  });

  it('honours a rule declared on the controller class', () => {
    expect(guard.canActivate(contextFor(new PublicClassController(), 'list'))).toBe(true);
  });

  it('refuses a route that declares no rule with 403 FORBIDDEN', () => {
    expect(() => guard.canActivate(contextFor(new ProbeController(), 'undecided'))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', status: 403 }) as DomainError,
    );
  });

  it.each(['members', 'admins'])('asks an anonymous caller of the %s route to sign in (401)', (handler) => {
    expect(() => guard.canActivate(contextFor(new ProbeController(), handler))).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED', status: 401 }) as DomainError,
    );
  });
});
