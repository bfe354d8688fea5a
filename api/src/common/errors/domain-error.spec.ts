import { ERRORS } from '@scenebridge/shared';
import { DomainError } from './domain-error';

describe('DomainError', () => {
  it('takes its status from the registry: a code answers the same status wherever it is thrown', () => {
    expect(new DomainError('EMAIL_TAKEN', 'taken').status).toBe(409);
    expect(new DomainError('CONFLICT_OF_INTEREST', 'recused').status).toBe(403);
    expect(new DomainError('DEADLINE_PASSED', 'late', [{ deadline: 'x' }])).toMatchObject({ status: 422, details: [{ deadline: 'x' }] });
    expect(new DomainError('SEARCH_UNAVAILABLE', 'down').status).toBe(ERRORS.SEARCH_UNAVAILABLE.status);
  });
});
