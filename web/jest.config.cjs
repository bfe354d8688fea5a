const path = require('node:path');
const { base, swc } = require('../jest.base.js');

// Component tests: React in jsdom, through SWC with the automatic JSX runtime.
const [swcJest, options] = swc;
module.exports = {
  ...base,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  // Ant Design's CommonJS builds require some of its packages' ES modules: compile those too.
  transformIgnorePatterns: ['/node_modules/(?!(@ant-design|@rc-component|rc-[a-z-]+|@babel/runtime)/)'],
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      swcJest,
      { ...options, jsc: { ...options.jsc, transform: { ...options.jsc.transform, react: { runtime: 'automatic' } } } },
    ],
  },
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '\\.css$': 'identity-obj-proxy',
  },
  setupFiles: [path.join(__dirname, 'test', 'setup.ts')],
  setupFilesAfterEnv: ['@testing-library/jest-dom'],
};
