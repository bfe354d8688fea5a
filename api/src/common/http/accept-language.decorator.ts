import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The request's Accept-Language header (optional; not listed as a required API parameter). */
export const AcceptLanguage = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<Request>().headers['accept-language'];
  return typeof value === 'string' ? value : undefined;
});
