import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import type { Principal } from './principal';
import { PrincipalResolver } from './principal-resolver';
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

const solver: Principal = {
  userId: 'u1',
  email: 'a@example.com',
  displayName: 'A',
  platformRole: null,
  roles: ['solver'],
  organization: { id: 'o1', kind: 'enterprise', name: 'Org', status: 'verified' },
  memberRole: 'owner',
  sessionId: 's1',
};

/** Accepts the token "good" as the solver above; anything else is refused. */
class FakeResolver extends PrincipalResolver {
  async resolve(token: string): Promise<Principal> {
    if (token === 'good') return solver;
    throw new DomainError('UNAUTHENTICATED', 'bad token');
  }

  userIdOf(token: string): string | null {
    return token === 'good' ? solver.userId : null;
  }
}

function contextFor(
  controller: object,
  handler: string,
  authorization?: string,
): { context: ExecutionContext; req: { headers: Record<string, string>; principal?: Principal | null } } {
  const type = controller.constructor;
  const req = { headers: authorization ? { authorization } : {} } as { headers: Record<string, string>; principal?: Principal | null };
  const context = {
    getHandler: () => (type.prototype as Record<string, unknown>)[handler],
    getClass: () => type,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { context, req };
}

describe('AccessGuard (deny by default)', () => {
  const guard = new AccessGuard(new Reflector(), new FakeResolver());

  it('lets anyone through a @Public() route', async () => {
    await expect(guard.canActivate(contextFor(new ProbeController(), 'open').context)).resolves.toBe(true);
  });

  it('honours a rule declared on the controller class', async () => {
    await expect(guard.canActivate(contextFor(new PublicClassController(), 'list').context)).resolves.toBe(true);
  });

  it('refuses a route that declares no rule with 403 FORBIDDEN, even for a signed-in caller', async () => {
    await expect(guard.canActivate(contextFor(new ProbeController(), 'undecided', 'Bearer good').context)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
  });

  it.each(['members', 'admins'])('asks an anonymous caller of the %s route to sign in (401)', async (handler) => {
    await expect(guard.canActivate(contextFor(new ProbeController(), handler).context)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
  });

  it('refuses an invalid token on a signed-in route with 401', async () => {
    await expect(guard.canActivate(contextFor(new ProbeController(), 'members', 'Bearer forged').context)).rejects.toMatchObject({
      status: 401,
    });
  });

  it('admits a valid token on a signed-in route and exposes the principal', async () => {
    const { context, req } = contextFor(new ProbeController(), 'members', 'Bearer good');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(req.principal).toBe(solver);
  });

  it('refuses a signed-in caller without the required role with 403', async () => {
    await expect(guard.canActivate(contextFor(new ProbeController(), 'admins', 'Bearer good').context)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
  });

  it('treats an invalid token on a public route as anonymous', async () => {
    const { context, req } = contextFor(new ProbeController(), 'open', 'Bearer forged');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(req.principal).toBeNull();
  });
});
