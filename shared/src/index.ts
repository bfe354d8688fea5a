export * from './enums';
export * from './sectors';
export * from './regions';
export * from './credit-code';
export * from './errors';
export type { paths as ApiPaths, components as ApiComponents } from './api/schema';
export * from './labels';
export * from './notifications';
