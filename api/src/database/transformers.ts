import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric comes back as a string; money in 万元 is a number in the application. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
