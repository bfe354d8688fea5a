const { base } = require('../jest.base.js');

module.exports = { ...base, displayName: 'shared', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
