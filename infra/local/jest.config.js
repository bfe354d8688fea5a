const { base } = require('../../jest.base.js');

module.exports = { ...base, displayName: 'infra', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
