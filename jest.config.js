// jest runs every suite: `npm test` (unit, contract, integration, pages) and `npm run test:e2e`.
// ts-jest with isolatedModules compiles each file alone (about 4x faster than full type checks;
// `npm run typecheck` does those).
const tsJest = [
  'ts-jest',
  { tsconfig: { isolatedModules: true, jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, target: 'ES2022' } },
];

/** A node project: tests/<name>/**\/*.test.ts. */
function nodeProject(name) {
  return {
    displayName: name,
    testEnvironment: 'jest-environment-node-single-context',
    roots: ['<rootDir>/tests/' + name],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.tsx?$': tsJest },
    moduleNameMapper: { '^@core/(.*)$': '<rootDir>/core/$1' },
    // Integration suites seed a whole county in beforeAll; on a busy 2-core machine that can take seconds.
    testTimeout: 60000,
  };
}

module.exports = {
  projects: ['unit', 'contract', 'integration', 'reliability'].map(nodeProject),
  maxWorkers: 2,
  testTimeout: 60000,
};
