import { Type } from 'class-transformer';
import { IsEmail, IsString, MinLength, ValidateNested } from 'class-validator';
import { DomainError } from './errors/domain-error';
import { createValidationPipe } from './validation';

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
