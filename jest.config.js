// Jest configuration: ts-jest on the real engine, tests run one file at a time per worker.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.check.json' }] },
  testTimeout: 60000,
  maxWorkers: 2,
};
