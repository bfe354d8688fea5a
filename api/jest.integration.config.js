const { base } = require('../jest.base.js');

// Integration tests run against a real PostgreSQL and Meilisearch that globalSetup starts on
// free ports with throw-away data (never .data/); migrations run once there.
module.exports = {
  ...base,
  displayName: 'api:integration',
  setupFiles: ['reflect-metadata'],
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
