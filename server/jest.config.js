// Two projects: `unit` (specs beside the code) and `integration` (HTTP suites against the real app on a
// real database). `npm run test:postgres` selects `integration` with DATABASE_URL pointing at PostgreSQL.
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@claimdesk/shared$': '<rootDir>/../shared/src' },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      testTimeout: 30000,
    },
  ],
};
