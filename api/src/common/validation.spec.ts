import { Type } from 'class-transformer';
import { IsEmail, IsString, MinLength, ValidateNested } from 'class-validator';
import { DomainError } from './errors/domain-error';
import { createValidationPipe, TextIntegrityPipe } from './validation';

class OrganizationInput {
  @IsString()
  @MinLength(2)
  name!: string;
}

class RegisterInput {
  @IsEmail()
  email!: string;

  @ValidateNested()
  @Type(() => OrganizationInput)
  organization!: OrganizationInput;
}

describe('global validation pipe', () => {
  const pipe = createValidationPipe();
  const transform = (value: unknown) => pipe.transform(value, { type: 'body', metatype: RegisterInput });

  it('passes valid input through as a DTO instance', async () => {
    const result = await transform({ email: 'a@example.com', organization: { name: '示例单位' } });
    expect(result).toBeInstanceOf(RegisterInput);
  });

  it('reports every invalid field with its dotted path as VALIDATION_FAILED', async () => {
    const error = await transform({ email: 'not-mail', organization: { name: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    const fields = (error as DomainError).details!.map((d) => (d as { field: string }).field);
    expect(fields).toEqual(['email', 'organization.name']);
  });

  it('refuses fields the DTO does not declare', async () => {
    const error = (await transform({ email: 'a@example.com', organization: { name: '示例' }, role: 'admin' }).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(error.details).toEqual([expect.objectContaining({ field: 'role', rules: ['whitelistValidation'] })]);
  });
});

describe('text integrity pipe', () => {
  const pipe = new TextIntegrityPipe();
  const run = (value: unknown, type: 'body' | 'query' | 'param' = 'body', data?: string) => {
    try {
      pipe.transform(value, { type, data });
      return null;
    } catch (error) {
      return error as DomainError;
    }
  };

  it('lets ordinary text through, Chinese and emoji included', () => {
    expect(run({ title: '路口信号配时 😀', tags: ['计算机视觉'], nested: { note: 'ok' } })).toBeNull();
  });

  it('refuses a NUL character or a broken surrogate anywhere, naming the field', () => {
    expect(run({ organization: { name: 'a\u0000b' } })).toMatchObject({
      code: 'INVALID_CHARACTERS',
      status: 400,
      details: [{ field: 'organization.name', code: 'INVALID_CHARACTERS' }],
    });
    expect(run({ tags: ['ok', '\ud800'] })?.details).toEqual([{ field: 'tags.1', code: 'INVALID_CHARACTERS' }]);
    expect(run('x\u0000', 'param', 'id')?.details).toEqual([{ field: 'id', code: 'INVALID_CHARACTERS' }]);
    expect(run({ q: 'a\udc00' }, 'query')?.code).toBe('INVALID_CHARACTERS');
  });
});
