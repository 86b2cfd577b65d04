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
  };
}

/**
 * The pages project: tests/pages/**\/*.test.tsx render pages in jsdom with Testing Library;
 * @tarojs/components and @tarojs/taro are small mocks (tests/pages/mocks), stylesheets are
 * nothing, and each test file mocks src/services/api with canned answers.
 */
const pagesProject = {
  displayName: 'pages',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/pages'],
  testMatch: ['**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    '^@core/(.*)$': '<rootDir>/core/$1',
    '^@tarojs/components$': '<rootDir>/tests/pages/mocks/taro-components.tsx',
    '^@tarojs/taro$': '<rootDir>/tests/pages/mocks/taro.ts',
    '\\.(css|scss|less)$': '<rootDir>/tests/pages/mocks/style.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/tests/pages/setup.ts'],
  clearMocks: true,
};

module.exports = {
  projects: [...['unit', 'contract', 'integration', 'reliability'].map(nodeProject), pagesProject],
  maxWorkers: 2,
  // Integration suites seed a whole county in beforeAll; on a busy 2-core machine that can take seconds.
  testTimeout: 60000,
};
