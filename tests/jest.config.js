const { base } = require('../jest.base.js');

// End-to-end suites: the production build of the API and web app, started the way production
// starts it, against real PostgreSQL and Meilisearch, driven through HTTP and real Chromium.
module.exports = {
  ...base,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 240_000,
  maxWorkers: 2,
};
