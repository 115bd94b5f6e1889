// Jest configuration: ts-jest on the real engines (embedded, and Neo4j started by the global setup), one file at a time per worker.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.check.json' }] },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['<rootDir>/test/setup-analysis.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
};
