const { base } = require('../jest.base.js');

module.exports = {
  ...base,
  displayName: 'api:unit',
  rootDir: __dirname,
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
