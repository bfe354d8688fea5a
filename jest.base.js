// Shared Jest settings: TypeScript through SWC (decorator metadata for Nest DI), and the
// ESM-only packages (NestJS 12, meilisearch, file-type, ...) compiled to CommonJS too.
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2023',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const esmPackages = [
  '@nestjs',
  'meilisearch',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  '@standard-schema',
];

module.exports = {
  swc,
  base: {
    transform: { '^.+\\.(t|j|mj)sx?$': swc },
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    moduleNameMapper: {
      '^@scenebridge/shared$': path.join(__dirname, 'shared/src/index.ts'),
    },
    cacheDirectory: path.join(__dirname, '.cache/jest'),
    testEnvironment: 'node',
  },
};
