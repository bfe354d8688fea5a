import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Request ids: a well-formed incoming X-Request-Id (from a proxy) is kept so logs line up
 * across systems; anything else is replaced by a fresh UUID. The id is echoed in the
 * response header and in every error body.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The id assigned to this request by pino-http (see assignRequestId). */
export function requestIdOf(req: unknown): string {
  const id = (req as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : 'unknown';
}
