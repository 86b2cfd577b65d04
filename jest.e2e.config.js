// The browser journeys: Debian Chromium driven by playwright-core against the real local cloud.
const base = require('./jest.config.js');
module.exports = {
  projects: [{ ...base.projects[0], displayName: 'e2e', roots: ['<rootDir>/tests/e2e'] }],
  // The H5 build, once, with no timeout (tests/e2e/global-setup.ts); transformed like the tests.
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  transform: base.projects[0].transform,
  maxWorkers: 1,
  // A journey whose hook timed out can leave its server or browser behind: end the run anyway,
  // so CI reports the failure instead of hanging until its limit.
  forceExit: true,
  testTimeout: 300000,
};
