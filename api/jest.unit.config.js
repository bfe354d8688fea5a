const { base } = require('../jest.base.js');

module.exports = { ...base, displayName: 'api:unit', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
