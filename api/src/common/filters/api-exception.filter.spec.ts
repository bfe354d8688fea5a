import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError } from '../errors/domain-error';
import { ApiExceptionFilter } from './api-exception.filter';

describe('ApiExceptionFilter.toBody', () => {
  const filter = new ApiExceptionFilter();

  it('maps a domain error to its code, status, message and details', () => {
    const error = new DomainError('DEADLINE_PASSED', 'The deadline has passed.', [{ deadline: '2026-12-01T00:00:00+08:00' }]);
    expect(filter.toBody(error, 'req-1')).toEqual({
      statusCode: 422,
      code: 'DEADLINE_PASSED',
      message: 'The deadline has passed.',
      details: [{ deadline: '2026-12-01T00:00:00+08:00' }],
      requestId: 'req-1',
    });
  });

  it('uses the standard status of well-known domain codes', () => {
    expect(filter.toBody(new DomainError('NOT_FOUND', 'No such scenario.'), 'r').statusCode).toBe(404);
    expect(filter.toBody(new DomainError('CONFLICT', 'Already submitted.'), 'r').statusCode).toBe(409);
  });

  it('reports an unknown route as ROUTE_NOT_FOUND and a missing record as NOT_FOUND', () => {
    expect(filter.toBody(new NotFoundException('Cannot GET /api/v1/x'), 'r').code).toBe('ROUTE_NOT_FOUND');
    expect(filter.toBody(new NotFoundException('gone'), 'r').code).toBe('NOT_FOUND');
  });

  it('recognises body-parser failures wrapped by the HTTP adapter', () => {
    const parse = new BadRequestException('Unexpected token', {
      cause: Object.assign(new SyntaxError('x'), { type: 'entity.parse.failed' }),
    });
    expect(filter.toBody(parse, 'r')).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    expect(filter.toBody(new HttpException('request entity too large', 413), 'r')).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const uri = new BadRequestException('URI malformed', { cause: new URIError('URI malformed') });
    expect(filter.toBody(uri, 'r')).toMatchObject({ statusCode: 400, code: 'MALFORMED_URL' });
  });

  it('answers rate limiting as 429 RATE_LIMITED', () => {
    expect(filter.toBody(new ThrottlerException(), 'r')).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
  });

  it('hides the details of unexpected errors behind 500 INTERNAL_ERROR', () => {
    const body = filter.toBody(new Error('password authentication failed for user "postgres"'), 'req-9');
    expect(body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR', requestId: 'req-9' });
    expect(body.message).not.toContain('postgres');
  });
});
