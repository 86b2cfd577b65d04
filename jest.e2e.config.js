// The browser journeys: Debian Chromium driven by playwright-core against the real local cloud.
const base = require('./jest.config.js');
module.exports = {
  projects: [{ ...base.projects[0], displayName: 'e2e', roots: ['<rootDir>/tests/e2e'] }],
  maxWorkers: 1,
  testTimeout: 300000,
};
