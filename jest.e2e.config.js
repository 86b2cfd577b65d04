// The browser journeys: Debian Chromium driven by playwright-core against the real local cloud.
const base = require('./jest.config.js');
module.exports = {
  projects: [{ ...base.projects[0], displayName: 'e2e', roots: ['<rootDir>/tests/e2e'] }],
  // The H5 build, once, with no timeout (tests/e2e/global-setup.ts); transformed like the tests.
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  transform: base.projects[0].transform,
  maxWorkers: 1,
  testTimeout: 300000,
};
