import { toStrictDate } from './validators';

describe('strict dates', () => {
  it('turns ISO 8601 date-times into dates', () => {
    expect((toStrictDate({ value: '2027-01-31T18:00:00+08:00' }) as Date).toISOString()).toBe('2027-01-31T10:00:00.000Z');
    expect((toStrictDate({ value: '2027-01-31T10:00:00.250Z' }) as Date).getTime()).toBe(Date.parse('2027-01-31T10:00:00.250Z'));
  });

  it.each(['2027-02-31T00:00:00Z', '+275760-09-13T00:00:00Z', 'tomorrow', '2027-01-31 18:00', '2027-01-31', '2027-01-31T18:00:00', 12345])(
    'refuses %j',
    (value) => {
      expect(Number.isNaN((toStrictDate({ value }) as Date).getTime())).toBe(true);
    },
  );

  it('leaves an absent value absent', () => {
    expect(toStrictDate({ value: undefined })).toBeUndefined();
    expect(toStrictDate({ value: null })).toBeNull();
  });
});
